import FolioCore
import Foundation

/// Sets paragraphs: font fallback, shaping (cached), break opportunities,
/// hyphenation, line breaking and justification. One typesetter may serve
/// several documents at once.
public final class Typesetter: @unchecked Sendable {
    public let fonts: FontLibrary
    public let cache: ShapeCache
    public var parameters: LineBreakingParameters
    private let words = WordCache()
    private var fallbacks: [TextStyle: FontFallback] = [:]
    private var styleKeys: [TextStyle: Int] = [:]
    private let lock = NSLock()

    /// Ragged lines may fall short by up to this many ems at badness 100 (TeX's
    /// common ragged-right setting).
    static let raggedStretchEms = 3.0

    public init(fonts: FontLibrary, cache: ShapeCache = ShapeCache(), parameters: LineBreakingParameters = .init()) {
        self.fonts = fonts
        self.cache = cache
        self.parameters = parameters
    }

    /// The paragraph's items (boxes, glue, penalties) for a measure of `width`.
    public func items(_ spans: [StyledText], width: Double, style: ParagraphStyle,
                      report: @escaping (Diagnostic) -> Void) throws -> [ParagraphItem] {
        let narrowest = width - style.leftIndent - max(style.firstLineIndent, 0)
        var builder = ParagraphBuilder(fallback: fallback(for:), styleKey: styleKey(for:), cache: cache, words: words,
                                       hyphenator: hyphenator(for:),
                                       hyphenation: style.hyphenation, maxBoxWidth: max(narrowest, 1), report: report)
        return try builder.build(spans)
    }

    /// Breaks `spans` into lines of `width` points. A `marker` (a list's bullet
    /// or number) hangs in the left indent of the first line, ending half an em
    /// before the text. Problems that do not stop the paragraph (uncovered
    /// characters, over-long words) go to `report`. Throws when a style's font
    /// family does not exist.
    public func typeset(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText? = nil,
                        report: @escaping (Diagnostic) -> Void) throws -> TypesetParagraph {
        guard let first = spans.first else { return TypesetParagraph(lines: [], demerits: 0) }
        let items = try items(spans, width: width, style: style, report: report)
        let measure = lineWidths(width, style)
        let fill = lineFill(style, size: first.style.size)
        let lineMeasure = LineMeasure(items: items, fill: fill)
        let breaks = switch style.method {
        case .totalFit: KnuthPlassBreaker.breaks(lineMeasure, width: measure, parameters: parameters)
        case .firstFit: FirstFitBreaker.breaks(lineMeasure, width: measure)
        }
        let main = try fallback(for: first.style).chain[0]
        let ascent = main.ascender * first.style.size
        let descent = main.descender * first.style.size
        let setter = LineSetter(style: style, baseline: (style.leading - ascent - descent) / 2 + ascent)
        var lines = setter.lines(items, measure: lineMeasure, breaks: breaks, width: measure)
        if let marker, !lines.isEmpty {
            lines[0].runs.insert(contentsOf: try markerRuns(marker, endingAt: style.leftIndent + style.firstLineIndent,
                                                            report: report), at: 0)
        }
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
