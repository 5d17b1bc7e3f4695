import FolioCore

/// Turns styled text into Knuth–Plass items. Break opportunities come from
/// UAX #14 (ICU); words are shaped (through the cache) in the font each
/// character falls back to and cut at Liang hyphenation points; spaces become
/// glue; Chinese gets stretchable inter-character glue and CLREQ's quarter-em
/// space next to Latin letters and digits.
struct ParagraphBuilder {
    /// TeX's \hyphenpenalty and \exhyphenpenalty.
    static let hyphenPenalty = 50.0
    static let explicitHyphenPenalty = 50.0
    /// Stretch between ideographs, in ems, so that Chinese lines justify.
    static let ideographicStretch = 0.1

    let fallback: (TextStyle) throws -> FontFallback
    let cache: ShapeCache
    let hyphenator: (String) -> Hyphenator?
    let hyphenation: HyphenationSettings?
    /// Longest box allowed; longer words are cut between letters (reported).
    let maxBoxWidth: Double
    let report: (Diagnostic) -> Void

    private var items: [ParagraphItem] = []

    init(fallback: @escaping (TextStyle) throws -> FontFallback, cache: ShapeCache,
         hyphenator: @escaping (String) -> Hyphenator?, hyphenation: HyphenationSettings?, maxBoxWidth: Double,
         report: @escaping (Diagnostic) -> Void) {
        self.fallback = fallback
        self.cache = cache
        self.hyphenator = hyphenator
        self.hyphenation = hyphenation
        self.maxBoxWidth = maxBoxWidth
        self.report = report
    }

    /// The items of a paragraph, ending with TeX's \parfillskip and a forced break.
    mutating func build(_ spans: [StyledText]) throws -> [ParagraphItem] {
        let text = ParagraphText(spans)
        let language = spans.first?.style.language ?? "en"
        let protected = Self.unhyphenatableTokens(in: text.string)
        var start = text.string.startIndex
        // Words with explicit hyphens (soft or visible) break only there, as in TeX.
        var previousEndedWithHyphen = false
        for opportunity in LineBreakOpportunities.find(in: text.string, locale: language) {
            let segment = text.string[start..<opportunity.index]
            let content = segment.prefix { !Self.isCollapsibleSpace($0) }
            let trailing = segment[content.endIndex...]
            let endsWithHyphen = content.last.map { $0 == Character.softHyphen || $0.isDash } ?? false
            let hyphenate = !endsWithHyphen && !previousEndedWithHyphen
                && !protected.contains { $0.overlaps(content.startIndex..<content.endIndex) }
            try appendContent(content, of: text, hyphenate: hyphenate)
            previousEndedWithHyphen = endsWithHyphen && trailing.isEmpty
            if opportunity.index == text.string.endIndex { break }
            if trailing.contains(where: \.isNewline) || trailing.contains("\u{2028}") {
                items.append(.penalty(.forced))
            } else if !trailing.isEmpty {
                try appendSpace(text.span(at: trailing.startIndex))
            } else if let last = content.last, let next = text.string[opportunity.index...].first {
                try appendBreak(after: last, before: next, span: text.span(at: content.index(before: content.endIndex)))
            }
            start = opportunity.index
        }
        while case .glue = items.last { items.removeLast() }
        if case .penalty = items.last { items.removeLast() }
        items.append(.glue(.init(width: 0, stretch: .infinity, shrink: 0, space: nil)))
        items.append(.penalty(.forced))
        return items
    }

    /// Ranges of the space-delimited tokens that must not be hyphenated (URLs, e-mail, numbers).
    private static func unhyphenatableTokens(in string: String) -> [Range<String.Index>] {
        string.split(whereSeparator: isCollapsibleSpace)
            .filter { !HyphenationRules.mayHyphenate(token: $0) }
            .map { $0.startIndex..<$0.endIndex }
    }

    /// Spaces and line separators that end a segment; no-break spaces stay in words.
    private static func isCollapsibleSpace(_ character: Character) -> Bool {
        character.isWhitespace && !Character.noBreakSpaces.contains(character)
    }

    // MARK: - Breaks between segments

    /// Interword glue; runs of space collapse and a paragraph never starts with one.
    private mutating func appendSpace(_ span: StyledText) throws {
        guard case .box = items.last else { return }
        items.append(try spaceGlue(span))
    }

    /// A space in the span's main font as glue (TeX's: stretch 1/2, shrink 1/3 of the space).
    private func spaceGlue(_ span: StyledText) throws -> ParagraphItem {
        let font = try fallback(span.style).chain[0]
        let space = cache.shape(" ", font: font, style: span.style)
        let width = space.width
        return .glue(.init(width: width, stretch: width / 2, shrink: width / 3,
                           space: StyledRun(run: space, color: span.style.color, link: span.link)))
    }

    /// A break opportunity without a space: after a dash or soft hyphen, or in CJK text.
    private mutating func appendBreak(after last: Character, before next: Character, span: StyledText) throws {
        let em = span.style.size
        if last == Character.softHyphen {
            items.append(.penalty(try hyphenPenalty(span)))
        } else if last.isDash {
            items.append(.penalty(.init(width: 0, cost: Self.explicitHyphenPenalty, flagged: true, hyphen: nil)))
        } else if MixedScriptSpacing.needed(between: last, and: next) {
            items.append(.glue(.init(width: MixedScriptSpacing.width * em, stretch: MixedScriptSpacing.stretch * em,
                                     shrink: MixedScriptSpacing.shrink * em, space: nil)))
        } else if last.isIdeographic || next.isIdeographic || last.isCJKPunctuation {
            items.append(.glue(.init(width: 0, stretch: Self.ideographicStretch * em, shrink: 0, space: nil)))
        } else {
            items.append(.penalty(.init(width: 0, cost: 0, flagged: false, hyphen: nil)))
        }
    }

    private func hyphenPenalty(_ span: StyledText) throws -> ParagraphItem.Penalty {
        let font = try fallback(span.style).chain[0]
        let hyphen = cache.shape("-", font: font, style: span.style)
        return .init(width: hyphen.width, cost: Self.hyphenPenalty, flagged: true,
                     hyphen: StyledRun(run: hyphen, color: span.style.color, link: span.link))
    }

    // MARK: - Words

    /// A segment's text up to its trailing space: boxes, with hyphenation points,
    /// no-break spaces and mixed-script spacing inside.
    private mutating func appendContent(_ content: Substring, of text: ParagraphText, hyphenate: Bool) throws {
        guard !content.isEmpty else { return }
        let hyphenPoints = hyphenate ? hyphenationPoints(in: content, language: text.spans[0].style.language) : []
        var pieceStart = content.startIndex
        var previous: Character?
        var index = content.startIndex
        while index < content.endIndex {
            let character = content[index]
            let spanChanges = index > content.startIndex && text.spanIndex(at: index) != text.spanIndex(at: pieceStart)
            if Character.noBreakSpaces.contains(character) {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                items.append(.penalty(.forbidden))
                items.append(try spaceGlue(text.span(at: index)))
                pieceStart = content.index(after: index)
            } else if let previous, MixedScriptSpacing.needed(between: previous, and: character) {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                let em = text.span(at: index).style.size
                items.append(.penalty(.forbidden))
                items.append(.glue(.init(width: MixedScriptSpacing.width * em, stretch: MixedScriptSpacing.stretch * em,
                                         shrink: MixedScriptSpacing.shrink * em, space: nil)))
                pieceStart = index
            } else if spanChanges {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                pieceStart = index
            }
            previous = character
            index = content.index(after: index)
        }
        try appendPiece(content[pieceStart..<content.endIndex], of: text, hyphenPoints: hyphenPoints)
    }

    /// Text of one span and script: shaped per fallback font, cut at hyphenation points.
    private mutating func appendPiece(_ piece: Substring, of text: ParagraphText, hyphenPoints: Set<String.Index>) throws {
        guard !piece.isEmpty else { return }
        let span = text.span(at: piece.startIndex)
        let runs = try fallback(span.style).runs(String(piece), location: span.location, report: report)
        var runStart = piece.startIndex
        var pieceItems: [ParagraphItem] = []
        for fontRun in runs {
            var shaped = cache.shape(fontRun.text, font: fontRun.font, style: span.style)
            let runEnd = piece.utf8.index(runStart, offsetBy: fontRun.text.utf8.count)
            // Cut at each hyphenation point inside this run, last first so offsets stay valid.
            var tails: [ShapedRun] = []
            for point in hyphenPoints.filter({ $0 > runStart && $0 < runEnd }).sorted(by: >) {
                let offset = piece.utf8.distance(from: runStart, to: point)
                if let (head, tail) = shaped.split(atUTF8Offset: offset) {
                    shaped = head
                    tails.insert(tail, at: 0)
                }
            }
            for (index, part) in ([shaped] + tails).enumerated() {
                if index > 0 { pieceItems.append(.penalty(try hyphenPenalty(span))) }
                pieceItems.append(.box(.init(width: part.width,
                                             content: StyledRun(run: part, color: span.style.color, link: span.link))))
            }
            runStart = runEnd
        }
        if pieceItems.contains(where: { $0.width > maxBoxWidth }) {
            report(.warning("\"\(piece)\" is wider than its \(Int(maxBoxWidth.rounded())) pt measure; "
                + "it is broken between letters", at: span.location))
            try appendCut(piece, span: span)
        } else {
            items += pieceItems
        }
    }

    /// Last resort for a word wider than the measure: greedy pieces cut between
    /// grapheme clusters, joined by zero-width break opportunities.
    private mutating func appendCut(_ text: Substring, span: StyledText) throws {
        let fallback = try fallback(span.style)
        func shaped(_ text: String) -> [ShapedRun] {
            fallback.runs(text, location: nil, report: { _ in }).map {
                cache.shape($0.text, font: $0.font, style: span.style)
            }
        }
        var piece = ""
        var pieces: [String] = []
        for character in text {
            let candidate = piece + String(character)
            if !piece.isEmpty, shaped(candidate).reduce(0, { $0 + $1.width }) > maxBoxWidth {
                pieces.append(piece)
                piece = String(character)
            } else {
                piece = candidate
            }
        }
        pieces.append(piece)
        for (index, part) in pieces.enumerated() {
            if index > 0 { items.append(.penalty(.init(width: 0, cost: 0, flagged: false, hyphen: nil))) }
            for run in shaped(part) {
                items.append(.box(.init(width: run.width,
                                        content: StyledRun(run: run, color: span.style.color, link: span.link))))
            }
        }
    }

    /// Liang hyphenation points in the letter runs of `content`, as indices
    /// before which a hyphen may go; none when the paragraph does not hyphenate.
    private func hyphenationPoints(in content: Substring, language: String?) -> Set<String.Index> {
        guard let settings = hyphenation, let hyphenator = hyphenator(language ?? "en") else { return [] }
        var points: Set<String.Index> = []
        var wordStart: String.Index?
        var index = content.startIndex
        while true {
            let isLetter = index < content.endIndex && content[index].isLetter && !content[index].isIdeographic
            if isLetter, wordStart == nil { wordStart = index }
            if !isLetter, let start = wordStart {
                let word = content[start..<index]
                if HyphenationRules.mayHyphenate(word: word) {
                    for offset in hyphenator.points(in: String(word), leftMin: settings.leftMin,
                                                    rightMin: settings.rightMin) {
                        points.insert(word.index(word.startIndex, offsetBy: offset))
                    }
                }
                wordStart = nil
            }
            guard index < content.endIndex else { break }
            index = content.index(after: index)
        }
        return points
    }
}

/// A paragraph's spans joined into one string, for the break iterator, with a
/// way back from a position to its span.
struct ParagraphText {
    let spans: [StyledText]
    let string: String
    /// Where each span starts in `string`.
    private let starts: [String.Index]

    init(_ spans: [StyledText]) {
        self.spans = spans
        var string = ""
        var utf8Starts: [Int] = []
        for span in spans {
            utf8Starts.append(string.utf8.count)
            string += span.text
        }
        self.string = string
        self.starts = utf8Starts.map { string.utf8.index(string.startIndex, offsetBy: $0) }
    }

    func spanIndex(at index: String.Index) -> Int {
        (starts.lastIndex { $0 <= index }) ?? 0
    }

    /// The span containing `index`.
    func span(at index: String.Index) -> StyledText {
        spans[spanIndex(at: index)]
    }
}
