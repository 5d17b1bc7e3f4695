/// Letter spacing as a further, small source of a justified line's stretch and
/// shrink, as InDesign's justification settings have it (Letter Spacing:
/// minimum, desired 0 %, maximum): a line may add or take away up to `stretch`
/// (`shrink`) of an em between every two letters of a word, so that its word
/// spaces vary less. Like font expansion (see `FontExpansion`), it is counted
/// before the breaks are chosen and used in proportion to the line's
/// adjustment ratio up to ratio 1 (pdfTeX's way with expansion: one ratio for
/// every source); beyond that only the spaces stretch.
///
/// Only the gaps inside a word are spaced (never the word spaces nor after a
/// line's last letter), so the line's edges stay straight and `pdftotext` still
/// reads whole words: 1 % of an em is a tenth of the gap at which it starts a
/// new word. Chinese is never letter-spaced this way: it justifies by the
/// space between ideographs (CLREQ), and a line holding it keeps its letters.
public struct JustificationLetterSpacing: Hashable, Sendable {
    /// Largest space added between two letters, in ems (0.01: 1 %).
    public var stretch: Double
    /// Largest space taken away between two letters, in ems.
    public var shrink: Double

    public init(stretch: Double, shrink: Double) {
        self.stretch = max(stretch, 0)
        self.shrink = max(shrink, 0)
    }

    /// None: letters keep their designed spacing.
    public static let none = JustificationLetterSpacing(stretch: 0, shrink: 0)

    public var isEnabled: Bool { stretch > 0 || shrink > 0 }

    /// The space between letters, in ems, for adjustment ratio `ratio`: its
    /// share of the range, at most the whole range.
    func ems(ratio: Double) -> Double {
        guard ratio.isFinite else { return ratio > 0 ? stretch : -shrink }
        return ratio >= 0 ? min(ratio, 1) * stretch : max(ratio, -1) * shrink
    }

    /// Letter gaps of the item at `index`, weighted by their font size (so that
    /// a line's gaps times an em fraction give points): a box's gaps between
    /// its clusters, plus the gap to the box before when the two touch (a word
    /// in two fonts); a penalty's gap when it joins two boxes of one word (a
    /// hyphenation point), which counts only when the line does not break there.
    static func gaps(of items: [ParagraphItem], at index: Int) -> (joining: Double, inside: Double) {
        switch items[index] {
        case let .box(box):
            guard !box.facts.isCJK else { return (0, 0) }
            let inside = Double(box.facts.clusterGaps) * box.content.run.size
            guard index > 0, case let .box(before) = items[index - 1], !before.facts.isCJK else { return (0, inside) }
            return (before.content.run.size, inside)
        case .penalty:
            guard index > 0, index + 1 < items.count, case let .box(before) = items[index - 1],
                  case let .box(after) = items[index + 1], !before.facts.isCJK, !after.facts.isCJK else { return (0, 0) }
            return (before.content.run.size, 0)
        case .glue:
            return (0, 0)
        }
    }
}
