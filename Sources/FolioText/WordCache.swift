import Foundation

/// The items of words already built: shaped in their fallback fonts, cut at
/// hyphenation points. Prose repeats its words, so each is built once; only
/// break opportunities and line breaking are done per paragraph.
/// Thread-safe: documents rendered in parallel share it, and a document's
/// words are built ahead of its layout on another core (`Typesetter.buildWords`).
final class WordCache: @unchecked Sendable {
    struct Key: Hashable {
        var text: String
        /// The span's style, as numbered by the typesetter.
        var style: Int
        /// The span's link, which the cached runs carry.
        var link: String?
        var hyphenation: HyphenationSettings?
    }

    /// A word's items, and the widest of them.
    private struct Word {
        var items: [ParagraphItem]
        var widest: Double
    }

    private var words: [Key: Word] = [:]
    private let lock = NSLock()

    /// The word's items, when it was built and none of them is wider than
    /// `maxBoxWidth`. A word is built the same at any measure it fits (only
    /// one wider than its measure is cut, and reported, and such a word is not
    /// stored), so the measure is not part of the key: a word set in columns
    /// of several widths, or built before its measure was known, is built once.
    func items(for key: Key, fitting maxBoxWidth: Double) -> [ParagraphItem]? {
        guard let word = lock.withLock({ words[key] }), word.widest <= maxBoxWidth else { return nil }
        return word.items
    }

    /// Words held now.
    var count: Int { lock.withLock { words.count } }

    func store(_ items: [ParagraphItem], for key: Key) {
        let word = Word(items: items, widest: items.reduce(0) { max($0, $1.width) })
        lock.withLock { words[key] = word }
    }
}
