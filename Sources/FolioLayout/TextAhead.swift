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
        let words = zip(story, widths).flatMap { $0.paragraphsToSet(width: $1) }
        let placed = words.compactMap { toSet in toSet.width.map { (toSet.paragraph, $0) } }
        guard !words.isEmpty else { return }
        typesetter.takeParagraphs(from: store)
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            var next = 0, back = words.count - 1
            while !stopped.load(ordering: .relaxed) {
                if next < placed.count, store.reserve(blocking: false) {
                    prepare(placed[next])
                    next += 1
                } else if back >= 0 {
                    typesetter.buildWords(of: words[back].paragraph.spans, style: words[back].paragraph.style)
                    back -= 1
                } else if next < placed.count, store.reserve(blocking: true) {
                    prepare(placed[next])
                    next += 1
                } else {
                    return
                }
            }
        }
    }

    private func prepare(_ placed: (paragraph: Paragraph, width: Double)) {
        typesetter.prepareAhead(placed.paragraph.spans, width: placed.width, style: placed.paragraph.style,
                                marker: placed.paragraph.marker, into: store)
    }

    /// Stops after the paragraph being made, and lets go of what waits: the
    /// pass is over, and the other core now draws.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
        typesetter.takeParagraphs(from: nil)
        store.close()
    }
}
