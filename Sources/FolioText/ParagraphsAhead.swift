import Foundation

/// Paragraphs prepared and set on another core before the layout asks for
/// them, a bounded number at a time: the layout's `Typesetter.prepare` takes
/// each from here into its memo (`Typesetter.prepareAhead`).
///
/// The layout and the other core go through a story in the same order, so a
/// paragraph the layout takes means those made before it were passed over (set
/// at another width than guessed, say): they are let go of, and their room
/// is made again. What is made here is what the layout would have made (the
/// memo's results depend only on the paragraph and its width), so the
/// document is the same whichever core made a paragraph.
public final class ParagraphsAhead: @unchecked Sendable {
    /// A paragraph set from its first line, under its memo key.
    typealias SetParagraph = (key: ParagraphMemo.SetKey, paragraph: TypesetParagraph)

    private struct Entry {
        var prepared: ParagraphMemo.Prepared
        var set: SetParagraph
        var sequence: Int
    }

    /// Guards everything below, and wakes a `reserve` waiting for room.
    private let condition = NSCondition()
    private var entries: [ParagraphMemo.Key: Entry] = [:]
    private var sequence = 0
    /// Paragraphs that may still be made before the layout takes some.
    private var room: Int
    private var closed = false

    /// - Parameter capacity: paragraphs that may wait to be taken.
    public init(capacity: Int) {
        room = capacity
    }

    /// Takes room for one more paragraph, waiting for it when `blocking`;
    /// false when there is none, or once closed.
    public func reserve(blocking: Bool) -> Bool {
        condition.lock()
        defer { condition.unlock() }
        while blocking, room == 0, !closed { condition.wait() }
        guard room > 0, !closed else { return false }
        room -= 1
        return true
    }

    /// Lets go of every paragraph waiting and wakes a `reserve` waiting for room.
    public func close() {
        condition.lock()
        closed = true
        entries.removeAll()
        condition.broadcast()
        condition.unlock()
    }

    func store(_ prepared: ParagraphMemo.Prepared, set: SetParagraph, for key: ParagraphMemo.Key) {
        condition.lock()
        defer { condition.unlock() }
        guard !closed else { return }
        sequence += 1
        entries[key] = Entry(prepared: prepared, set: set, sequence: sequence)
    }

    /// The paragraph made for `key`, taken out, with those made before it let go of.
    func take(_ key: ParagraphMemo.Key) -> (prepared: ParagraphMemo.Prepared, set: SetParagraph)? {
        condition.lock()
        defer { condition.unlock() }
        guard let found = entries.removeValue(forKey: key) else { return nil }
        let passed = entries.filter { $0.value.sequence < found.sequence }.map(\.key)
        passed.forEach { entries.removeValue(forKey: $0) }
        room += passed.count + 1
        condition.broadcast()
        return (found.prepared, found.set)
    }
}
