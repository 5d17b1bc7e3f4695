import Dispatch
import FolioText
import Synchronization

/// Builds a story's words into the typesetter's word cache on another core
/// while the first layout pass runs on this one.
///
/// Building a word (shaping it in its fallback fonts, finding its hyphenation
/// points) is most of what preparing a paragraph costs the first time, and the
/// first pass is the one that cannot overlap the drawing: pages are drawn only
/// once the page total and the glyphs of the font subsets are known. The
/// second core has nothing else to do meanwhile. It starts from the story's end,
/// so that it and the layout, which starts from the beginning, meet instead of
/// building the same words. The words are the same whoever builds them, so the
/// document is too (the word cache's items depend only on the word and its style).
public final class WordsAhead: Sendable {
    private let stopped = Atomic<Bool>(false)

    /// Starts building the words of `story`'s paragraphs, last first; nothing
    /// when the story has no running text.
    public init(story: [any Block], typesetter: Typesetter) {
        let paragraphs = story.flatMap(\.paragraphsToSet)
        guard !paragraphs.isEmpty else { return }
        DispatchQueue.global(qos: .userInitiated).async { [self] in
            for paragraph in paragraphs.reversed() {
                if stopped.load(ordering: .relaxed) { return }
                typesetter.buildWords(of: paragraph.spans, style: paragraph.style)
            }
        }
    }

    /// Stops after the paragraph being built: the pass is over, and the other
    /// core now draws.
    public func stop() {
        stopped.store(true, ordering: .relaxed)
    }
}
