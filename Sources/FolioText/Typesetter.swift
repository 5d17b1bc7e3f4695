import FolioCore
import Foundation

/// Sets paragraphs: font fallback, shaping (cached), line breaking and
/// justification. One typesetter may serve several documents at once.
public final class Typesetter: @unchecked Sendable {
    public let fonts: FontLibrary
    public let cache: ShapeCache
    private var fallbacks: [TextStyle: FontFallback] = [:]
    private let lock = NSLock()

    public init(fonts: FontLibrary, cache: ShapeCache = ShapeCache()) {
        self.fonts = fonts
        self.cache = cache
    }

    /// Breaks `spans` into lines of `width` points. Problems that do not stop
    /// the paragraph (uncovered characters, over-long words) go to `report`.
    /// Throws when a style's font family does not exist.
    public func typeset(_ spans: [StyledText], width: Double, style: ParagraphStyle,
                        report: @escaping (Diagnostic) -> Void) throws -> TypesetParagraph {
        guard let first = spans.first else { return TypesetParagraph(lines: []) }
        var builder = ParagraphBuilder(fonts: fallback(for:), cache: cache,
                                       maxBoxWidth: max(width - style.firstLineIndent, 1), report: report)
        for span in spans { try builder.append(span) }
        let items = builder.finish()
        let breaks = FirstFitBreaker.breaks(items) { $0 == 0 ? width - style.firstLineIndent : width }
        let main = try fallback(for: first.style).chain[0]
        let ascent = main.ascender * first.style.size
        let descent = main.descender * first.style.size
        let setter = LineSetter(alignment: style.alignment, leading: style.leading,
                                firstLineIndent: style.firstLineIndent,
                                baseline: (style.leading - ascent - descent) / 2 + ascent)
        return TypesetParagraph(lines: setter.lines(items, breaks: breaks, width: width))
    }

    func fallback(for style: TextStyle) throws -> FontFallback {
        if let cached = lock.withLock({ fallbacks[style] }) { return cached }
        let fallback = try FontFallback(style: style, library: fonts)
        lock.withLock { fallbacks[style] = fallback }
        return fallback
    }
}
