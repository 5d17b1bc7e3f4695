import FolioCore

/// A run of shaped text with the paint and link it carries.
public struct StyledRun: Sendable {
    public var run: ShapedRun
    public var color: RGBColor
    public var link: String?
}

/// Knuth and Plass's paragraph model ("Breaking Paragraphs into Lines", 1981):
/// boxes are unbreakable material, glue is stretchable space where a line may
/// break, penalties are other break points with a cost.
public enum ParagraphItem: Sendable {
    /// Unbreakable content: a shaped word or part of one.
    case box(Box)
    /// Space; a line may break at glue that follows a box.
    case glue(Glue)
    /// A break point with a cost: a hyphenation point, a break after a dash,
    /// or a forced break (end of paragraph, hard line break).
    case penalty(Penalty)

    public struct Box: Sendable {
        public let width: Double
        public let content: StyledRun
        /// What line breaking asks of every box on every setting, found once
        /// when the box is made (and kept with it in the word cache).
        let facts: BoxFacts

        public init(width: Double, content: StyledRun) {
            self.width = width
            self.content = content
            facts = BoxFacts(content.run)
        }
    }

    public struct Glue: Sendable {
        public var width: Double
        public var stretch: Double
        public var shrink: Double
        /// The shaped space drawn (stretched) so that text extraction sees a space;
        /// nil for glue that is only spacing (between ideographs, say).
        public var space: StyledRun?
    }

    public struct Penalty: Sendable {
        /// Width added to the line when it breaks here (a hyphen's).
        public var width: Double
        /// Cost of breaking here; `forced` or less makes a break, `forbidden` or more prevents it.
        public var cost: Double
        /// Flagged breaks (hyphens) are penalised when they come on consecutive lines.
        public var flagged: Bool
        /// The hyphen drawn at the line's end when it breaks here.
        public let hyphen: StyledRun?
        /// How far the hyphen may hang into the right margin, found once.
        let hyphenProtrusion: Double

        public init(width: Double, cost: Double, flagged: Bool, hyphen: StyledRun?) {
            self.width = width
            self.cost = cost
            self.flagged = flagged
            self.hyphen = hyphen
            hyphenProtrusion = hyphen.map { MarginProtrusion.right(of: $0.run) } ?? 0
        }

        /// Ends a paragraph or a line unconditionally (TeX's -10000).
        public static let forced = Penalty(width: 0, cost: -10_000, flagged: false, hyphen: nil)
        /// Prevents a break at the glue that follows (TeX's 10000).
        public static let forbidden = Penalty(width: 0, cost: 10_000, flagged: false, hyphen: nil)
    }

    /// Width of the item when it does not end a line (a penalty's width counts only at a break).
    public var width: Double {
        switch self {
        case let .box(box): box.width
        case let .glue(glue): glue.width
        case .penalty: 0
        }
    }

    public var isForcedBreak: Bool {
        if case let .penalty(penalty) = self { return penalty.cost <= Penalty.forced.cost }
        return false
    }
}

/// Facts about a box's text that the line breaker needs on every setting of
/// its paragraph: computed once per box instead of reading its text each time.
struct BoxFacts: Sendable {
    /// Chinese (or Japanese, Korean) text: justified by its inter-character
    /// glue as CLREQ asks, so a line holding it is not expanded.
    let isCJK: Bool
    /// How far the box's first mark may hang into the left margin at a line's
    /// start, and its last mark into the right margin at a line's end, in points.
    let leftProtrusion: Double
    let rightProtrusion: Double
    /// Gaps between the box's clusters (letters, or a ligature's letters as
    /// one), which justification may letter-space.
    let clusterGaps: Int

    init(_ run: ShapedRun) {
        isCJK = run.text.unicodeScalars.contains { $0.isIdeographic || $0.isCJKPunctuation }
        clusterGaps = run.glyphs.indices.dropFirst().count { run.glyphs[$0].cluster != run.glyphs[$0 - 1].cluster }
        leftProtrusion = MarginProtrusion.left(of: run)
        rightProtrusion = MarginProtrusion.right(of: run)
    }
}
