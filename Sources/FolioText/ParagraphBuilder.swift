import FolioCore

/// Turns styled text into boxes, glue and penalties: words are shaped (through
/// the cache) in the font each character falls back to; spaces become glue.
///
/// Break opportunities here are interim and simple — spaces, after a hyphen or
/// dash inside a word, between ideographs (not before closing or after opening
/// CJK punctuation) and hard breaks (U+2028) — until the UAX #14 breaker lands.
struct ParagraphBuilder {
    let fonts: (TextStyle) throws -> FontFallback
    let cache: ShapeCache
    /// Longest box allowed; longer words are cut at grapheme boundaries (reported).
    let maxBoxWidth: Double
    let report: (Diagnostic) -> Void

    private(set) var items: [ParagraphItem] = []
    private var pending = ""

    init(fonts: @escaping (TextStyle) throws -> FontFallback, cache: ShapeCache, maxBoxWidth: Double,
         report: @escaping (Diagnostic) -> Void) {
        self.fonts = fonts
        self.cache = cache
        self.maxBoxWidth = maxBoxWidth
        self.report = report
    }

    mutating func append(_ span: StyledText) throws {
        let fallback = try fonts(span.style)
        var previous: Character?
        for character in span.text {
            if character == "\u{2028}" {
                try flush(span, fallback)
                items.append(.penalty(width: 0, cost: ParagraphItem.forcedBreak, flagged: false))
            } else if character.isWhitespace {
                try flush(span, fallback)
                appendSpace(span, fallback)
            } else {
                if let previous, Self.breakAllowed(between: previous, and: character) {
                    try flush(span, fallback)
                    items.append(.glue(width: 0, stretch: 0, shrink: 0, space: nil))
                }
                pending.append(character)
            }
            previous = character
        }
        try flush(span, fallback)
    }

    /// Ends the paragraph: TeX's `\parfillskip` glue and a forced break.
    mutating func finish() -> [ParagraphItem] {
        while case .glue = items.last { items.removeLast() }
        items.append(.glue(width: 0, stretch: .infinity, shrink: 0, space: nil))
        items.append(.penalty(width: 0, cost: ParagraphItem.forcedBreak, flagged: false))
        return items
    }

    private mutating func appendSpace(_ span: StyledText, _ fallback: FontFallback) {
        // Collapse runs of white space, and drop space at the start of a line.
        switch items.last {
        case .none, .glue, .penalty: return
        case .box: break
        }
        let font = fallback.chain[0]
        let space = cache.shape(" ", font: font, size: span.style.size, features: span.style.features)
        let width = space.width
        // TeX's interword glue for a roman font: stretch 1/2, shrink 1/3 of the space.
        items.append(.glue(width: width, stretch: width / 2, shrink: width / 3,
                           space: StyledRun(run: space, color: span.style.color, link: span.link)))
    }

    private mutating func flush(_ span: StyledText, _ fallback: FontFallback) throws {
        guard !pending.isEmpty else { return }
        let text = pending
        pending = ""
        let runs = fallback.runs(text, location: span.location, report: report).map {
            cache.shape($0.text, font: $0.font, size: span.style.size, features: span.style.features)
        }
        let width = runs.reduce(0) { $0 + $1.width }
        if width <= maxBoxWidth {
            for run in runs {
                items.append(.box(width: run.width, content: StyledRun(run: run, color: span.style.color, link: span.link)))
            }
        } else {
            report(.warning("\"\(text)\" is wider than its \(Int(maxBoxWidth.rounded())) pt measure; "
                + "it is broken between letters", at: span.location))
            appendCut(text, span, fallback)
        }
    }

    /// Last resort for a word wider than the measure: greedy pieces cut between
    /// grapheme clusters, joined by zero-width break opportunities.
    private mutating func appendCut(_ text: String, _ span: StyledText, _ fallback: FontFallback) {
        var piece = ""
        func shaped(_ text: String) -> [ShapedRun] {
            fallback.runs(text, location: nil, report: { _ in }).map {
                cache.shape($0.text, font: $0.font, size: span.style.size, features: span.style.features)
            }
        }
        func emit(_ text: String) {
            for run in shaped(text) {
                items.append(.box(width: run.width, content: StyledRun(run: run, color: span.style.color, link: span.link)))
            }
        }
        for character in text {
            let candidate = piece + String(character)
            if !piece.isEmpty, shaped(candidate).reduce(0, { $0 + $1.width }) > maxBoxWidth {
                emit(piece)
                items.append(.glue(width: 0, stretch: 0, shrink: 0, space: nil))
                piece = String(character)
            } else {
                piece = candidate
            }
        }
        emit(piece)
    }

    static func breakAllowed(between before: Character, and after: Character) -> Bool {
        if (before == "-" || before == "\u{2013}" || before == "\u{2014}") && after.isLetter { return true }
        guard before.isIdeographic || after.isIdeographic else { return false }
        return !noLineStart.contains(after) && !noLineEnd.contains(before)
    }

    /// Kinsoku shori: characters that may not begin a line.
    private static let noLineStart: Set<Character> = Set("，。、．：；！？）」』】〕〉》”’…—·%％")
    /// Characters that may not end a line.
    private static let noLineEnd: Set<Character> = Set("（「『【〔〈《“‘")
}

private extension Character {
    /// Han ideographs, kana and full-width CJK punctuation, between which Chinese breaks.
    var isIdeographic: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0xFF00...0xFFEF,
             0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }
}
