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
    /// Unbreakable content, e.g. a shaped word or part of one.
    case box(width: Double, content: StyledRun)
    /// Space; a line may break here when the glue follows a box. `space` is the
    /// shaped space character drawn (stretched) so that text extraction sees it;
    /// nil for zero-width break opportunities (after a hyphen, between ideographs).
    case glue(width: Double, stretch: Double, shrink: Double, space: StyledRun?)
    /// A break point with a cost; `-infinity` forces a break (end of paragraph, hard break).
    case penalty(width: Double, cost: Double, flagged: Bool)

    public var width: Double {
        switch self {
        case let .box(width, _), let .glue(width, _, _, _), let .penalty(width, _, _): width
        }
    }

    /// Penalty at or below this value forces a break, as in TeX.
    public static let forcedBreak = -10_000.0
}
