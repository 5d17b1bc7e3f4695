import Foundation

/// The items of words already built: shaped in their fallback fonts, cut at
/// hyphenation points. Prose repeats its words, so each is built once; only
/// break opportunities and line breaking are done per paragraph.
/// Thread-safe: documents rendered in parallel share it.
final class WordCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        /// The span's style, as numbered by the typesetter.
        var style: Int
        /// The span's link, which the cached runs carry.
        var link: String?
        var hyphenation: HyphenationSettings?
        var maxBoxWidth: Double
    }

    private var words: [Key: [ParagraphItem]] = [:]
    private let lock = NSLock()

    func items(for key: Key) -> [ParagraphItem]? {
        lock.withLock { words[key] }
    }

    func store(_ items: [ParagraphItem], for key: Key) {
        lock.withLock { words[key] = items }
    }
}
