import Dispatch
import FolioText
import Synchronization

/// Makes a story's text ahead of its first layout pass on another core,
/// while the layout runs on this one.
///
/// The first pass is the one that cannot overlap the drawing (pages are drawn
/// once the page total and the glyphs of the font subsets are known), and the
/// second core has nothing else to do meanwhile. It prepares and sets the
/// paragraphs of the story's running text at the width of the column they
/// are expected in, in story order, at most `lead` ahead of the layout, which
/// takes them (`ParagraphsAhead`); while it may not go further, it builds the
/// words of the rest into the word cache, from the story's end back. A
/// paragraph the layout sets elsewhere than expected is made again by the
/// layout: what is made here is what the layout would make, so the document is
/// the same whoever made a paragraph.
public final class TextAhead: Sendable {
    /// Paragraphs made ahead that may wait for the layout: a few pages' worth,
    /// so that what waits costs little memory.
    static let lead = 48

    private let store = ParagraphsAhead(capacity: TextAhead.lead)
    private let stopped = Atomic<Bool>(false)
    private let typesetter: Typesetter

    /// Starts on `story`, whose block `i` is expected in a column `widths[i]`
    /// wide (nil: not known; only the words of its paragraphs are built).
    public init(story: [any Block], widths: [Double?], typesetter: Typesetter) {
        self.typesetter = typesetter
        let toSet = zip(story, widths).flatMap { $0.paragraphsToSet(width: $1) }
        guard !toSet.isEmpty else { return }
        typesetter.takeParagraphs(from: store)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            // Forward, `next`: paragraphs made as the layout will ask for them; backward,
            // `back`: only words, while the layout has no room for more, until the two meet.
            var next = 0, back = toSet.count - 1
            while !stopped.load(ordering: .relaxed) {
                if next < toSet.count, toSet[next].width == nil || store.reserve(blocking: false) {
                    make(toSet[next], wordsBuilt: next > back)
                    next += 1
                } else if back >= next {
                    typesetter.buildWords(of: toSet[back].paragraph.spans, style: toSet[back].paragraph.style)
                    back -= 1
                } else if next < toSet.count, store.reserve(blocking: true) {
                    make(toSet[next], wordsBuilt: true)
                    next += 1
                } else {
                    return
                }
            }
        }
    }

    /// Prepares and sets `toSet` at its measure; with none, builds its words
    /// unless the backward walk has (`wordsBuilt`).
    private func make(_ toSet: ParagraphToSet, wordsBuilt: Bool) {
        let paragraph = toSet.paragraph
        if let width = toSet.width {
            typesetter.prepareAhead(paragraph.spans, width: width, style: paragraph.style, marker: paragraph.marker,
                                    into: store)
        } else if !wordsBuilt {
            typesetter.buildWords(of: paragraph.spans, style: paragraph.style)
        }
    }

    /// Stops after the paragraph being made, and lets go of what waits: the
    /// pass is over, and the other core now draws.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
        typesetter.takeParagraphs(from: nil)
        store.close()
    }
}
