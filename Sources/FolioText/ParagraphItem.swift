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
        public var width: Double
        public var content: StyledRun
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
        public var hyphen: StyledRun?

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
