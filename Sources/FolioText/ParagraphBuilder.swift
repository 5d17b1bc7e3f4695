import FolioCore

/// Turns styled text into Knuth–Plass items. Break opportunities come from
/// UAX #14 (ICU); words are shaped (through the cache) in the font each
/// character falls back to and cut at Liang hyphenation points; spaces become
/// glue; Chinese gets stretchable inter-character glue and CLREQ's quarter-em
/// space next to Latin letters and digits.
struct ParagraphBuilder {
    /// TeX's \hyphenpenalty and \exhyphenpenalty. The first is raised from TeX's
    /// 50: with font expansion a line has more room, and at 50 a quarter of
    /// the report's 231 pt lines ended in a hyphen (issue 14 asks for at most 15 %).
    static let hyphenPenalty = 150.0
    static let explicitHyphenPenalty = 50.0
    /// Stretch between ideographs, in ems, so that Chinese lines justify.
    static let ideographicStretch = 0.1

    let fallback: (TextStyle) throws -> FontFallback
    let styleKey: (TextStyle) -> Int
    let cache: ShapeCache
    let words: WordCache
    let hyphenator: (String) -> Hyphenator?
    /// A language's exception list (`Languages/<code>/hyphenation.txt`), which overrides the patterns.
    let exceptions: (String) throws -> HyphenationExceptions
    let hyphenation: HyphenationSettings?
    /// Longest box allowed; longer words are cut between letters (reported).
    let maxBoxWidth: Double
    let report: (Diagnostic) -> Void

    private var items: [ParagraphItem] = []
    /// Problems reported so far; a word that caused one is not cached, so that
    /// every occurrence is reported with its own location.
    private let reports = ReportCounter()

    init(fallback: @escaping (TextStyle) throws -> FontFallback, styleKey: @escaping (TextStyle) -> Int,
         cache: ShapeCache, words: WordCache,
         hyphenator: @escaping (String) -> Hyphenator?,
         exceptions: @escaping (String) throws -> HyphenationExceptions,
         hyphenation: HyphenationSettings?, maxBoxWidth: Double, report: @escaping (Diagnostic) -> Void) {
        self.fallback = fallback
        self.styleKey = styleKey
        self.cache = cache
        self.words = words
        self.hyphenator = hyphenator
        self.exceptions = exceptions
        self.hyphenation = hyphenation
        self.maxBoxWidth = maxBoxWidth
        let reports = self.reports
        self.report = { diagnostic in
            reports.count += 1
            report(diagnostic)
        }
    }

    /// The items of a paragraph, ending with TeX's \parfillskip and a forced break.
    mutating func build(_ spans: [StyledText]) throws -> [ParagraphItem] {
        let text = try ParagraphText(spans, prepare: prepare)
        let language = spans.first?.style.language ?? "en"
        let urls = URLBreaks.tokens(in: text.string)
        let protected = HyphenationRules.protectedTokens(in: text.string) + urls
        let scalars = text.string.unicodeScalars
        var start = scalars.startIndex
        // Words with explicit hyphens (soft or visible) break only there, as in TeX.
        var previousEndedWithHyphen = false
        for opportunity in opportunities(in: text.string, language: language, urls: urls) {
            // A segment is a word and the spaces after it (UAX #14 keeps them together).
            var contentEnd = opportunity.index
            while contentEnd > start, scalars[scalars.index(before: contentEnd)].isBreakingSpace {
                contentEnd = scalars.index(before: contentEnd)
            }
            let content = text.string[start..<contentEnd]
            let trailing = scalars[contentEnd..<opportunity.index]
            let last = contentEnd > start ? scalars[scalars.index(before: contentEnd)] : nil
            let endsWithHyphen = last.map { $0 == .softHyphen || $0.isDash } ?? false
            let hyphenate = !endsWithHyphen && !previousEndedWithHyphen
                && !protected.contains { $0.overlaps(start..<contentEnd) }
                && !HyphenationRules.isName(content, in: text.string)
            try appendContent(content, of: text, hyphenate: hyphenate)
            previousEndedWithHyphen = endsWithHyphen && trailing.isEmpty
            if opportunity.index == scalars.endIndex { break }
            if trailing.contains(where: \.isLineEnd) {
                items.append(.penalty(.forced))
            } else if !trailing.isEmpty {
                appendSpace(text.spans[text.spanIndex(at: contentEnd)], before: scalars[opportunity.index])
            } else if let last {
                appendBreak(after: last, before: scalars[opportunity.index],
                            span: text.spans[text.spanIndex(at: scalars.index(before: contentEnd))])
            }
            start = opportunity.index
        }
        while case .glue = items.last { items.removeLast() }
        if case .penalty = items.last { items.removeLast() }
        keepLastIdeographWithItsNeighbour()
        items.append(.glue(.init(width: 0, stretch: .infinity, shrink: 0, space: nil)))
        items.append(.penalty(.forced))
        return items
    }

    /// UAX #14's break opportunities (ICU), and after each `/` and `.` inside URLs.
    private func opportunities(in string: String, language: String,
                               urls: [Range<String.Index>]) -> [BreakOpportunity] {
        let found = LineBreakOpportunities.find(in: string, locale: language)
        guard !urls.isEmpty else { return found }
        let known = Set(found.map(\.index))
        let added = URLBreaks.opportunities(in: string, urls: urls).filter { !known.contains($0) }
            .map { BreakOpportunity(index: $0, isMandatory: false) }
        return (found + added).sorted { $0.index < $1.index }
    }

    /// A Chinese paragraph never ends on a line holding one character (CLREQ
    /// 3.1.7, avoiding a lone character on the last line): the break before the
    /// last ideograph (with any punctuation after it) is forbidden.
    private mutating func keepLastIdeographWithItsNeighbour() {
        guard let glueIndex = items.lastIndex(where: { if case .glue = $0 { true } else { false } }),
              case let .glue(glue) = items[glueIndex], glue.space == nil, glue.width == 0, glue.stretch > 0,
              glueIndex > 0, case .box = items[glueIndex - 1],
              items[(glueIndex + 1)...].allSatisfy({ if case .box = $0 { true } else { false } })
        else { return }
        items.insert(.penalty(.forbidden), at: glueIndex)
    }

    /// Fonts, space glue, hyphen and cache key of a span, made once per paragraph.
    private func prepare(_ span: StyledText) throws -> ParagraphText.Span {
        let fonts = try fallback(span.style)
        let space = cache.shape(" ", font: fonts.chain[0], style: span.style)
        let hyphen = cache.shape("-", font: fonts.chain[0], style: span.style)
        let width = space.width
        // TeX's interword glue for a text face: stretch 1/2, shrink 1/3 of the space.
        return ParagraphText.Span(
            text: span, fonts: fonts,
            space: .glue(.init(width: width, stretch: width / 2, shrink: width / 3,
                               space: StyledRun(run: space, color: span.style.color, link: span.link))),
            hyphen: .init(width: hyphen.width, cost: Self.hyphenPenalty, flagged: true,
                          hyphen: StyledRun(run: hyphen, color: span.style.color, link: span.link)),
            styleKey: styleKey(span.style))
    }

    // MARK: - Breaks between segments

    /// Interword glue; runs of space collapse and a paragraph never starts with one.
    /// A space before an en or em dash does not break: a line never starts with
    /// a dash used as punctuation (the dash stays with the word before, as TeX's
    /// `~---` keeps it).
    private mutating func appendSpace(_ span: ParagraphText.Span, before next: Unicode.Scalar) {
        guard case .box = items.last else { return }
        if next.isPunctuationDash { items.append(.penalty(.forbidden)) }
        items.append(span.space)
    }

    /// A break opportunity without a space: after a dash or soft hyphen, or in CJK text.
    private mutating func appendBreak(after last: Unicode.Scalar, before next: Unicode.Scalar,
                                      span: ParagraphText.Span) {
        let em = span.text.style.size
        if next.isPunctuationDash {
            return // no break before an unspaced en or em dash either; UAX #14 allows one before "—"
        } else if last == .softHyphen {
            items.append(.penalty(span.hyphen))
        } else if last.isDash {
            items.append(.penalty(.init(width: 0, cost: Self.explicitHyphenPenalty, flagged: true, hyphen: nil)))
        } else if MixedScriptSpacing.needed(between: last, and: next) {
            items.append(MixedScriptSpacing.glue(em: em))
        } else if last.isIdeographic || next.isIdeographic || last.isCJKPunctuation {
            items.append(.glue(.init(width: 0, stretch: Self.ideographicStretch * em, shrink: 0, space: nil)))
        } else {
            items.append(.penalty(.init(width: 0, cost: 0, flagged: false, hyphen: nil)))
        }
    }

    // MARK: - Words

    /// A segment's text up to its trailing space, from the word cache when the
    /// same word in the same style was built before.
    private mutating func appendContent(_ content: Substring, of text: ParagraphText, hyphenate: Bool) throws {
        guard let last = content.indices.last else { return }
        let spanIndex = text.spanIndex(at: content.startIndex)
        guard spanIndex == text.spanIndex(at: last) else {
            return try buildContent(content, of: text, hyphenate: hyphenate)
        }
        let key = WordCache.Key(text: String(content), style: text.spans[spanIndex].styleKey,
                                link: text.spans[spanIndex].text.link,
                                hyphenation: hyphenate ? hyphenation : nil)
        if let cached = words.items(for: key, fitting: maxBoxWidth) {
            items += cached
            return
        }
        let (firstItem, reportsBefore) = (items.count, reports.count)
        try buildContent(content, of: text, hyphenate: hyphenate)
        if reports.count == reportsBefore { words.store(Array(items[firstItem...]), for: key) }
    }

    /// Boxes for a segment's text, with hyphenation points, no-break spaces and
    /// mixed-script spacing inside.
    private mutating func buildContent(_ content: Substring, of text: ParagraphText, hyphenate: Bool) throws {
        let hyphenPoints = hyphenate ? try hyphenationPoints(in: content, language: text.spans[0].text.style.language) : []
        var pieceStart = content.startIndex
        var previous: Unicode.Scalar?
        let scalars = content.unicodeScalars
        var index = scalars.startIndex
        while index < scalars.endIndex {
            let scalar = scalars[index]
            let spanChanges = index > content.startIndex && text.spanIndex(at: index) != text.spanIndex(at: pieceStart)
            if scalar.isNoBreakSpace {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                items.append(.penalty(.forbidden))
                items.append(text.spans[text.spanIndex(at: index)].space)
                pieceStart = scalars.index(after: index)
            } else if let previous, MixedScriptSpacing.needed(between: previous, and: scalar) {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                items.append(.penalty(.forbidden))
                items.append(MixedScriptSpacing.glue(em: text.spans[text.spanIndex(at: index)].text.style.size))
                pieceStart = index
            } else if spanChanges {
                try appendPiece(content[pieceStart..<index], of: text, hyphenPoints: hyphenPoints)
                pieceStart = index
            }
            previous = scalar
            index = scalars.index(after: index)
        }
        try appendPiece(content[pieceStart..<content.endIndex], of: text, hyphenPoints: hyphenPoints)
    }

    /// Text of one span and script: shaped per fallback font, cut at hyphenation points.
    private mutating func appendPiece(_ piece: Substring, of text: ParagraphText, hyphenPoints: Set<String.Index>) throws {
        guard !piece.isEmpty else { return }
        let context = text.spans[text.spanIndex(at: piece.startIndex)]
        let span = context.text
        let runs = context.fonts.runs(String(piece), location: span.location, report: report)
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
                if index > 0 { pieceItems.append(.penalty(context.hyphen)) }
                pieceItems.append(.box(.init(width: part.width,
                                             content: StyledRun(run: part, color: span.style.color, link: span.link))))
            }
            runStart = runEnd
        }
        if pieceItems.contains(where: { $0.width > maxBoxWidth }) {
            report(.warning("\"\(piece)\" is wider than its \(Int(saturating: maxBoxWidth.rounded())) pt measure; "
                + "it is broken between letters", at: span.location))
            appendCut(piece, span: span, fonts: context.fonts)
        } else {
            items += pieceItems
        }
    }

    /// Last resort for a word wider than the measure: greedy pieces cut between
    /// grapheme clusters, joined by zero-width break opportunities.
    private mutating func appendCut(_ text: Substring, span: StyledText, fonts: FontFallback) {
        func shaped(_ text: String) -> [ShapedRun] {
            fonts.runs(text, location: nil, report: { _ in }).map {
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

    /// Liang hyphenation points in the letter runs of `content` (or the
    /// language's exceptions for a word they list), as indices before which a
    /// hyphen may go; none when the paragraph does not hyphenate.
    private func hyphenationPoints(in content: Substring, language: String?) throws -> Set<String.Index> {
        guard let settings = hyphenation, let hyphenator = hyphenator(language ?? "en") else { return [] }
        let listed = try exceptions(language ?? "en")
        var points: Set<String.Index> = []
        var wordStart: String.Index?
        var index = content.startIndex
        // ASCII text is walked by bytes (each is a character): stepping by
        // `Character` costs a grapheme-cluster break and a property lookup each.
        let bytes = content.utf8, isASCII = bytes.allSatisfy { $0 < 0x80 }
        while true {
            let isLetter = index < content.endIndex && (isASCII ? bytes[index].isASCIILetter : content[index].isLetter
                && !(content[index].unicodeScalars.first?.isIdeographic ?? false))
            if isLetter, wordStart == nil { wordStart = index }
            if !isLetter, let start = wordStart {
                let word = content[start..<index]
                if HyphenationRules.mayHyphenate(word: word) {
                    let found = listed.points(in: String(word)).map { points in
                        points.filter { $0 >= settings.leftMin && word.count - $0 >= settings.rightMin }
                    } ?? hyphenator.points(in: String(word), leftMin: settings.leftMin, rightMin: settings.rightMin)
                    for offset in found {
                        points.insert(isASCII ? bytes.index(start, offsetBy: offset) : word.index(start, offsetBy: offset))
                    }
                }
                wordStart = nil
            }
            guard index < content.endIndex else { break }
            index = isASCII ? bytes.index(after: index) : content.index(after: index)
        }
        return points
    }
}
