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
    /// The structure element the piece is part of; nil for pieces outside the
    /// structure (space, decoration marked as artifacts).
    public var element: FlowElement?
    /// Headings in the piece (their destinations are among its items): the
    /// first line of a heading, or headings inside a box or a card.
    public var anchors: [HeadingAnchor]
    /// The block this piece is the whole of, when that block can be cut to fit a
    /// frame (a box, a card, a row of cards taller than a page).
    public var whole: (any SplittableBlock)?
    /// Set on a figure floated to the top or bottom of its frame.
    public var float: FloatPlacement?

    public init(height: Double, items: [DisplayItem], penaltyAfter: Double = 0, spaceBefore: Double = 0,
                spaceAfter: Double = 0, rest: (any Block)? = nil, element: FlowElement?, anchors: [HeadingAnchor] = []) {
        self.height = height
        self.items = items
        self.penaltyAfter = penaltyAfter
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.rest = rest
        self.element = element
        self.anchors = anchors
    }

    /// TeX's \penalty10000: no break.
    public static let forbidden = 10_000.0
}
