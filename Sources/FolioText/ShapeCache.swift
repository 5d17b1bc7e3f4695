import Foundation

/// Shaped words keyed by font, size, features and text. Body text repeats its
/// words, and shaping is about 40 % of the time of a text page (DESIGN.md), so
/// every word is shaped once. Thread-safe: documents rendered in parallel share it.
public final class ShapeCache: @unchecked Sendable {
    private struct Key: Hashable {
        var font: ObjectIdentifier
        var size: Double
        var features: [FontFeature]
        var text: String
    }

    private var runs: [Key: ShapedRun] = [:]
    private let lock = NSLock()

    public init() {}

    /// The shaped run for `text`, from the cache or shaped now.
    public func shape(_ text: String, font: Font, size: Double, features: [FontFeature]) -> ShapedRun {
        let key = Key(font: ObjectIdentifier(font), size: size, features: features, text: text)
        if let run = lock.withLock({ runs[key] }) { return run }
        let run = Shaper.shape(text, font: font, size: size, features: features)
        lock.withLock { runs[key] = run }
        return run
    }
}
