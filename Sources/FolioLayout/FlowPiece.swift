/// The role of content in the PDF's structure tree (ISO 32000-1, 14.8.4).
public enum StructureRole: Hashable, Sendable {
    case paragraph
    case heading(level: Int)
    case listItem
    case figure
    case table
    case blockQuote
    /// A generic grouping (cards, tiles, bands).
    case division

    /// The standard structure type written for it.
    public var tagName: String {
        switch self {
        case .paragraph: "P"
        case let .heading(level): "H\(min(max(level, 1), 6))"
        case .listItem: "LI"
        case .figure: "Figure"
        case .table: "Table"
        case .blockQuote: "BlockQuote"
        case .division: "Div"
        }
    }
}

/// Which structure element a piece belongs to: a new one starts at the first
/// piece of a paragraph or block; a piece that continues one in a new frame
/// reopens it there.
public struct FlowElement: Hashable, Sendable {
    public var role: StructureRole
    public var startsHere: Bool

    public init(role: StructureRole, startsHere: Bool) {
        self.role = role
        self.startsHere = startsHere
    }
}

/// A heading's place for navigation: the contents, the PDF outline and links.
public struct HeadingAnchor: Hashable, Sendable {
    public var title: String
    public var level: Int
    /// Destination name, unique in the document.
    public var destination: String
    /// Listed in a table of contents (cover titles are not).
    public var inContents: Bool

    public init(title: String, level: Int, destination: String, inContents: Bool = true) {
        self.title = title
        self.level = level
        self.destination = destination
        self.inContents = inContents
    }
}

/// Where a floated figure goes in its frame.
public enum FloatPlacement: String, Sendable, CaseIterable {
    case top, bottom
}

/// A piece of a story the paginator places whole: a line of text, a card.
public struct FlowPiece: Sendable {
    public var height: Double
    /// Items relative to the piece's top-left corner at the frame's left edge.
    public var items: [DisplayItem]
    /// Cost of a frame break right after this piece; `forbidden` (10,000) keeps
    /// it with what follows (widows, orphans, keep-with-next).
    public var penaltyAfter: Double
    /// Space above the piece unless it starts a frame.
    public var spaceBefore: Double
    /// Space below the piece unless it ends a frame.
    public var spaceAfter: Double
    /// The block's content left after this piece, to resume in the next frame;
    /// nil after the block's last piece.
    public var rest: (any Block)?
    public var element: FlowElement
    /// Set on the first piece of a heading.
    public var anchor: HeadingAnchor?
    /// Set on a figure floated to the top or bottom of its frame.
    public var float: FloatPlacement?

    public init(height: Double, items: [DisplayItem], penaltyAfter: Double = 0, spaceBefore: Double = 0,
                spaceAfter: Double = 0, rest: (any Block)? = nil, element: FlowElement, anchor: HeadingAnchor? = nil) {
        self.height = height
        self.items = items
        self.penaltyAfter = penaltyAfter
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.rest = rest
        self.element = element
        self.anchor = anchor
    }

    /// TeX's \penalty10000: no break.
    public static let forbidden = 10_000.0
}
