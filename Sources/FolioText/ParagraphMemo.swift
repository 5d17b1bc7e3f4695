import FolioCore
import Foundation

/// Paragraphs already prepared and set, by content, style and measure.
///
/// Page layout sets the same paragraph many times: column balancing tries a
/// page a dozen times, a heading kept with its text backs up, a frame sets the
/// row it has no room for. Each repeat is a lookup here. The
/// problems met while preparing are kept and reported again on every hit, so
/// each document still hears of its own uncovered characters. Bounded: it is
/// emptied when full, which costs one re-layout, not memory without end.
final class ParagraphMemo: @unchecked Sendable {
    /// What a paragraph's items depend on.
    struct Key: Hashable {
        struct Span: Hashable {
            var text: String
            var style: TextStyle
            var link: String?
            var location: SourceLocation?
        }

        let spans: [Span]
        let width: Double
        let style: ParagraphStyle
        let marker: Span?
        /// The hash of all of the above, found once: a key is looked up and
        /// stored, and is part of every `SetKey`, so its text would otherwise
        /// be hashed again each time.
        private let contentHash: Int

        init(_ spans: [StyledText], width: Double, style: ParagraphStyle, marker: StyledText?) {
            func span(_ text: StyledText) -> Span {
                Span(text: text.text, style: text.style, link: text.link, location: text.location)
            }
            self.spans = spans.map(span)
            self.width = width
            self.style = style
            self.marker = marker.map(span)
            var hasher = Hasher()
            hasher.combine(self.spans)
            hasher.combine(width)
            hasher.combine(style)
            hasher.combine(self.marker)
            contentHash = hasher.finalize()
        }

        static func == (lhs: Key, rhs: Key) -> Bool {
            lhs.contentHash == rhs.contentHash && lhs.width == rhs.width && lhs.spans == rhs.spans
                && lhs.style == rhs.style && lhs.marker == rhs.marker
        }

        func hash(into hasher: inout Hasher) {
            hasher.combine(contentHash)
        }
    }

    /// A set paragraph: the prepared one, from item `start`, after `linesBefore` lines.
    struct SetKey: Hashable {
        var paragraph: Key
        var width: Double
        var start: Int
        var linesBefore: Int
    }

    struct Prepared {
        var paragraph: PreparedParagraph?
        var problems: [Diagnostic]
    }

    private var prepared: [Key: Prepared] = [:]
    private var set: [SetKey: TypesetParagraph] = [:]
    private let capacity: Int
    private let lock = NSLock()

    init(capacity: Int) {
        self.capacity = capacity
    }

    /// Paragraphs held now (prepared and set).
    var count: Int { lock.withLock { prepared.count + set.count } }

    func prepared(_ key: Key) -> Prepared? {
        lookUp(key, in: \.prepared)
    }

    func store(_ value: Prepared, for key: Key) {
        insert(value, for: key, into: \.prepared)
    }

    func set(_ key: SetKey) -> TypesetParagraph? {
        lookUp(key, in: \.set)
    }

    func store(_ value: TypesetParagraph, for key: SetKey) {
        insert(value, for: key, into: \.set)
    }

    private func lookUp<K, V>(_ key: K, in table: ReferenceWritableKeyPath<ParagraphMemo, [K: V]>) -> V? {
        guard capacity > 0 else { return nil }
        return lock.withLock { self[keyPath: table][key] }
    }

    /// Stores under the lock; a full table is emptied first.
    private func insert<K, V>(_ value: V, for key: K, into table: ReferenceWritableKeyPath<ParagraphMemo, [K: V]>) {
        guard capacity > 0 else { return }
        lock.withLock {
            if self[keyPath: table].count >= capacity { self[keyPath: table].removeAll(keepingCapacity: true) }
            self[keyPath: table][key] = value
        }
    }
}
