import Foundation

/// Shaped words keyed by font, size, features and text. Body text repeats its
/// words, and shaping is about 40 % of the time of a text page (DESIGN.md), so
/// every word is shaped once. Thread-safe: documents rendered in parallel share it.
public final class ShapeCache: @unchecked Sendable {
    private struct Key: Hashable {
        var font: ObjectIdentifier
        var size: Double
        var features: [FontFeature]
        var letterSpacing: Double
        var text: String
    }

    private var runs: [Key: ShapedRun] = [:]
    private let lock = NSLock()

    public init() {}

    /// `text` shaped in `font` at the size, features and letter-spacing of
    /// `style`, from the cache or shaped now.
    public func shape(_ text: String, font: Font, style: TextStyle) -> ShapedRun {
        let key = Key(font: ObjectIdentifier(font), size: style.size, features: style.features,
                      letterSpacing: style.letterSpacing, text: text)
        if let run = lock.withLock({ runs[key] }) { return run }
        let run = Shaper.shape(text, font: font, size: style.size, features: style.features,
                               letterSpacing: style.letterSpacing)
        lock.withLock { runs[key] = run }
        return run
    }
}
