import FolioCore
import Foundation

/// Sets paragraphs: font fallback, shaping (cached), break opportunities,
/// hyphenation, line breaking and justification. One typesetter may serve
/// several documents at once.
public final class Typesetter: @unchecked Sendable {
    public let fonts: FontLibrary
    public let cache: ShapeCache
    public var parameters: LineBreakingParameters
    /// Each language's hyphenation exceptions (`Languages/<code>/hyphenation.txt`).
    public let hyphenationExceptions: HyphenationExceptionLibrary
    private let words = WordCache()
    private let memo: ParagraphMemo
    private var fallbacks: [TextStyle: FontFallback] = [:]
    private var styleKeys: [TextStyle: Int] = [:]
    private let lock = NSLock()
    /// Paragraphs made on another core for the layout running now, if any.
    private var ahead: ParagraphsAhead?

    /// Ragged lines may fall short by up to this many ems at badness 100 (TeX's
    /// common ragged-right setting).
    static let raggedStretchEms = 3.0

    /// - Parameters:
    ///   - memoCapacity: paragraphs kept prepared and set (0: none,
    ///     as a benchmark of the typesetting itself needs). The default holds a
    ///     few pages' retries (column balancing, a heading kept with its text,
    ///     a row a frame had no room for). A later pass does not need more: a
    ///     report's contents pass takes the counting pass's pages over after the
    ///     contents (`PageEndState`), and a long document's passes start again
    ///     at page 1, long after the memo held it. Measured against 1,000: the
    ///     report 1,324.4 against 1,322.3 M instructions and 1.9 MiB less at its
    ///     peak; the synthetic 500-page report about 7 MiB less at the same CPU time.
    ///   - hyphenationExceptions: the `Languages/` folder's exception lists (none by default).
    public init(fonts: FontLibrary, cache: ShapeCache = ShapeCache(), parameters: LineBreakingParameters = .init(),
                memoCapacity: Int = 300, hyphenationExceptions: HyphenationExceptionLibrary = .init()) {
        self.fonts = fonts
        self.hyphenationExceptions = hyphenationExceptions
        self.cache = cache
        self.parameters = parameters
        memo = ParagraphMemo(capacity: memoCapacity)
    }

    /// The paragraph's items (boxes, glue, penalties) for a measure of `width`.
    public func items(_ spans: [StyledText], width: Double, style: ParagraphStyle,
                      report: @escaping (Diagnostic) -> Void) throws -> [ParagraphItem] {
        let narrowest = width - style.leftIndent - max(style.firstLineIndent, 0)
        var builder = ParagraphBuilder(fallback: fallback(for:), styleKey: styleKey(for:), cache: cache, words: words,
                                       hyphenator: hyphenator(for:),
                                       exceptions: hyphenationExceptions.exceptions(for:),
                                       hyphenation: style.hyphenation, maxBoxWidth: max(narrowest, 1), report: report)
        return try builder.build(spans)
    }

    /// Takes paragraphs made ahead from `store` (nil: none) while a layout runs.
    public func takeParagraphs(from store: ParagraphsAhead?) {
        lock.withLock { ahead = store }
    }

    /// Prepares a paragraph and sets it from its first line at `width`, as the
    /// layout would, into `store` (reporting nothing: its problems are kept and
    /// reported when the layout takes it). Nothing when the memo has it.
    public func prepareAhead(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText?,
                             into store: ParagraphsAhead) {
        let key = ParagraphMemo.Key(spans, width: width, style: style, marker: marker)
        // A paragraph without text is left to the layout, which has nothing to make.
        guard memo.prepared(key) == nil, let made = try? makePrepared(key, spans, report: { _ in }),
              let paragraph = made.paragraph else { return }
        let set = (key: ParagraphMemo.SetKey(paragraph: key, width: width, start: 0, linesBefore: 0),
                   paragraph: makeSet(paragraph, width: width, from: 0, linesBefore: 0))
        store.store(made, set: set, for: key)
    }

    /// Builds the words of a paragraph into the word cache (shaped, cut at
    /// hyphenation points), ahead of its layout: the paragraph's items are made
    /// at no particular measure and dropped. Reports nothing; a word with a
    /// problem is not stored, so its layout builds and reports it again.
    public func buildWords(of spans: [StyledText], style: ParagraphStyle) {
        _ = try? items(spans, width: .greatestFiniteMagnitude, style: style) { _ in }
    }

    /// Breaks `spans` into lines of `width` points. A `marker` (a list's bullet
    /// or number) hangs in the left indent of the first line, ending half an em
    /// before the text. Problems that do not stop the paragraph (uncovered
    /// characters, over-long words) go to `report`. Throws when a style's font
    /// family does not exist.
    public func typeset(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText? = nil,
                        report: @escaping (Diagnostic) -> Void) throws -> TypesetParagraph {
        let key = ParagraphMemo.Key(spans, width: width, style: style, marker: marker)
        guard let prepared = try prepare(key, spans, report: report) else {
            return TypesetParagraph(lines: [], demerits: 0)
        }
        return set(prepared, width: width)
    }

    /// A paragraph made ready to set: its items and what its lines need. The
    /// page layout sets it at a frame's width, and sets the rest again from any
    /// line when the paragraph continues in a frame of another width. Nil for
    /// a paragraph without text.
    public func prepare(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText? = nil,
                        report: @escaping (Diagnostic) -> Void) throws -> PreparedParagraph? {
        try prepare(ParagraphMemo.Key(spans, width: width, style: style, marker: marker), spans, report: report)
    }

    /// `prepare`, looked up in the memo first, then among the paragraphs made
    /// ahead (which go into the memo, set included); its problems are reported
    /// again on a hit.
    private func prepare(_ key: ParagraphMemo.Key, _ spans: [StyledText],
                         report: @escaping (Diagnostic) -> Void) throws -> PreparedParagraph? {
        if let known = memo.prepared(key) {
            known.problems.forEach(report)
            return known.paragraph
        }
        if let early = lock.withLock({ ahead })?.take(key) {
            memo.store(early.prepared, for: key)
            memo.store(early.set.paragraph, for: early.set.key)
            early.prepared.problems.forEach(report)
            return early.prepared.paragraph
        }
        let made = try makePrepared(key, spans, report: report)
        memo.store(made, for: key)
        return made.paragraph
    }

    /// The paragraph of `key` prepared, with the problems met, which also go to `report`.
    private func makePrepared(_ key: ParagraphMemo.Key, _ spans: [StyledText],
                              report: @escaping (Diagnostic) -> Void) throws -> ParagraphMemo.Prepared {
        var problems: [Diagnostic] = []
        var paragraph = try makePrepared(spans, width: key.width, style: key.style,
                                         marker: key.marker.map { StyledText($0.text, style: $0.style, link: $0.link,
                                                                              location: $0.location) }) {
            problems.append($0)
            report($0)
        }
        paragraph?.memoKey = key
        return .init(paragraph: paragraph, problems: problems)
    }

    private func makePrepared(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText?,
                              report: @escaping (Diagnostic) -> Void) throws -> PreparedParagraph? {
        guard let first = spans.first else { return nil }
        let main = try fallback(for: first.style).chain[0]
        let ascent = main.ascender * first.style.size
        let descent = main.descender * first.style.size
        return PreparedParagraph(
            items: try items(spans, width: width, style: style, report: report), style: style,
            fill: lineFill(style, size: first.style.size), baseline: (style.leading - ascent - descent) / 2 + ascent,
            marker: try marker.map { try markerRuns($0, endingAt: style.leftIndent + style.firstLineIndent,
                                                    report: report) })
    }

    /// Sets `paragraph` at `width` from item `start` (0, or a line's `nextItem`
    /// when the paragraph continues); `linesBefore` lines of it are already set
    /// elsewhere, which matters for widows and orphans.
    public func set(_ paragraph: PreparedParagraph, width: Double, from start: Int = 0,
                    linesBefore: Int = 0) -> TypesetParagraph {
        guard let key = paragraph.memoKey.map({ ParagraphMemo.SetKey(paragraph: $0, width: width, start: start,
                                                                      linesBefore: linesBefore) }) else {
            return makeSet(paragraph, width: width, from: start, linesBefore: linesBefore)
        }
        if let known = memo.set(key) { return known }
        let set = makeSet(paragraph, width: width, from: start, linesBefore: linesBefore)
        memo.store(set, for: key)
        return set
    }

    private func makeSet(_ paragraph: PreparedParagraph, width: Double, from start: Int,
                         linesBefore: Int) -> TypesetParagraph {
        var style = paragraph.style
        if start > 0 { style.firstLineIndent = 0 }
        let items = start == 0 ? paragraph.items : Array(paragraph.items[start...])
        let measure = lineWidths(width, style)
        let lineMeasure = LineMeasure(items: items, fill: paragraph.fill, expansion: style.expansion,
                                      letterSpacing: style.letterSpacing,
                                      protrusion: style.protrusion ? ProtrudingEdges(alignment: style.alignment) : .none)
        var parameters = parameters
        parameters.minLastLine = style.minLastLine
        parameters.maxConsecutiveHyphens = style.maxConsecutiveHyphens
        var breaks = switch style.method {
        case .totalFit: KnuthPlassBreaker.breaks(lineMeasure, width: measure, parameters: parameters)
        case .firstFit: FirstFitBreaker.breaks(lineMeasure, width: measure)
        }
        if style.balanced { breaks = LineBalancer.balance(breaks, measure: lineMeasure, width: measure, parameters: parameters) }
        let setter = LineSetter(style: style, baseline: paragraph.baseline)
        var lines = setter.lines(items, measure: lineMeasure, breaks: breaks, width: measure, linesBefore: linesBefore)
        for index in lines.indices { lines[index].nextItem += start }
        if start == 0, let marker = paragraph.marker, !lines.isEmpty { lines[0].runs.insert(contentsOf: marker, at: 0) }
        return TypesetParagraph(
            lines: lines,
            demerits: KnuthPlassBreaker.demerits(of: breaks, measure: lineMeasure, width: measure, parameters: parameters))
    }

    /// The marker's glyph runs, right-aligned to end half an em before `textStart`.
    private func markerRuns(_ marker: StyledText, endingAt textStart: Double,
                            report: @escaping (Diagnostic) -> Void) throws -> [GlyphRun] {
        let shaped = try fallback(for: marker.style).runs(marker.text, location: marker.location, report: report).map {
            cache.shape($0.text, font: $0.font, style: marker.style)
        }
        var x = textStart - marker.style.size / 2 - shaped.reduce(0) { $0 + $1.width }
        return shaped.map { run in
            var glyphRun = GlyphRun(run, color: marker.style.color, link: marker.link)
            glyphRun.glyphs = glyphRun.glyphs.map { PositionedGlyph(id: $0.id, x: $0.x + x, y: $0.y, cluster: $0.cluster) }
            x += run.width
            return glyphRun
        }
    }

    /// Paragraphs the memo holds (prepared and set), for tests.
    var memoizedParagraphs: Int { memo.count }

    /// Words the word cache holds, for tests.
    var cachedWords: Int { words.count }

    /// Measure of each line: the column less the indents.
    public func lineWidths(_ width: Double, _ style: ParagraphStyle) -> (Int) -> Double {
        { line in width - style.leftIndent - (line == 0 ? style.firstLineIndent : 0) }
    }

    /// Justified paragraphs stretch their spaces; the others fill ragged.
    public func lineFill(_ style: ParagraphStyle, size: Double) -> LineFill {
        style.alignment == .justify ? .justified : .ragged(stretch: Self.raggedStretchEms * size)
    }

    func fallback(for style: TextStyle) throws -> FontFallback {
        if let cached = lock.withLock({ fallbacks[style] }) { return cached }
        let fallback = try FontFallback(style: style, library: fonts)
        lock.withLock { fallbacks[style] = fallback }
        return fallback
    }

    /// A small number per distinct style, so that word-cache keys hash a word, not a style.
    func styleKey(for style: TextStyle) -> Int {
        lock.withLock {
            if let key = styleKeys[style] { return key }
            styleKeys[style] = styleKeys.count
            return styleKeys.count - 1
        }
    }

    func hyphenator(for language: String) -> Hyphenator? {
        Hyphenator.shared(for: language)
    }
}
