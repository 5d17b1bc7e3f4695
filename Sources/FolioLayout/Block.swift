import FolioCore
import FolioText

/// What a block needs to lay itself out.
public struct LayoutContext {
    public var typesetter: Typesetter
    /// Ids tying together the parts of structure elements split across frames.
    public var elementIDs: ElementIDs
    public var pageSize: Size
    /// The frame the block is placed in, in page coordinates.
    public var frame: Rect
    /// Receives problems that do not stop the layout (missing glyphs, say).
    public var report: (Diagnostic) -> Void

    public init(typesetter: Typesetter, pageSize: Size, frame: Rect, elementIDs: ElementIDs = ElementIDs(),
                report: @escaping (Diagnostic) -> Void) {
        self.typesetter = typesetter
        self.elementIDs = elementIDs
        self.pageSize = pageSize
        self.frame = frame
        self.report = report
    }
}

/// A laid-out block: its height in the flow and its items, relative to the
/// block's top-left corner in the frame (items may reach outside, e.g. a bleed).
public struct BlockFragment: Sendable {
    public var height: Double
    public var items: [DisplayItem]
    /// Headings inside the block (a box's or a card's), for the outline and the contents.
    public var anchors: [HeadingAnchor]

    public init(height: Double, items: [DisplayItem], anchors: [HeadingAnchor] = []) {
        self.height = height
        self.items = items
        self.anchors = anchors
    }
}

/// A unit of content in a story: text, a band, a row of tiles, a card. The
/// paginator asks it for pieces at a frame's width and may break between them.
public protocol Block: Sendable {
    /// The block's kind and where the layout declares it, for messages.
    var origin: BlockOrigin { get }
    /// The block's content at `width` as pieces a frame break may fall between.
    func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece]
    /// The block's first pieces at `width`: at least those whose heights add up
    /// to more than `height`, or all of them. A block that stops early gives
    /// its last piece a `rest`, and the frame goes on with that. A long block
    /// (a table of thousands of rows, a staff grid, a contents) so costs each
    /// frame what the frame shows, not all that is left of it, which kept the
    /// cost of a document quadratic in the block's length.
    func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece]
    /// Headings in the block, in order, for the contents (known before layout).
    var anchors: [HeadingAnchor] { get }
    /// The paragraphs of running text the block sets, in order, as far as they
    /// are known before layout, each with the measure it is set at when the
    /// block is laid out at `width` (nil: not known): another core makes them
    /// while the first pass runs (`TextAhead`). None by default. A table's cells
    /// are not handed on: they are short, their words (mostly figures) seldom
    /// repeat, and making them twice over cost a table more than it saved
    /// (table 5,000 rows: 1,180 → 1,256 ms CPU, no faster).
    func paragraphsToSet(width: Double?) -> [ParagraphToSet]
}

/// A paragraph a block will set, and at what measure if that is known.
public struct ParagraphToSet: Sendable {
    public var paragraph: Paragraph
    public var width: Double?
}

extension Block {
    public var anchors: [HeadingAnchor] { [] }
    public func paragraphsToSet(width: Double?) -> [ParagraphToSet] { [] }

    /// All pieces: for blocks that are short, or set whole anyway.
    public func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        try pieces(width: width, context: context)
    }
}

/// A block laid out in one piece and never split across frames (keep-together).
public protocol WholeBlock: Block {
    /// Space below the block before the next one, in points.
    var spaceAfter: Double { get }
    /// Structure role of the block in the PDF's tag tree; nil for decoration (an artifact).
    var role: StructureRole? { get }
    /// What a screen reader says for the block instead of its content (a chart's description).
    var alternativeText: String? { get }
    /// Lays the block out at `width` points.
    func layout(width: Double, context: LayoutContext) throws -> BlockFragment
}

extension WholeBlock {
    public var role: StructureRole? { .division }
    public var alternativeText: String? { nil }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        let fragment = try layout(width: width, context: context)
        let element = role.map { FlowElement(role: $0, alternativeText: alternativeText, startsHere: true) }
        return [FlowPiece(height: fragment.height,
                          items: element == nil ? [.group(fragment.items, .artifact(.layout))] : fragment.items,
                          spaceAfter: spaceAfter, element: element, anchors: fragment.anchors)]
    }
}

/// A block laid out whole that can still be cut between its paragraphs when
/// it is taller than a frame.
public protocol SplittableBlock: WholeBlock {
    /// The part of the block that fits `height` at `width`, as a piece, and the
    /// rest to go on in the next frame; nil when no part fits.
    func split(width: Double, height: Double, context: LayoutContext) throws -> (first: FlowPiece, rest: any Block)?
}

extension SplittableBlock {
    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        let fragment = try layout(width: width, context: context)
        var piece = FlowPiece(height: fragment.height, items: fragment.items, spaceAfter: spaceAfter,
                              element: role.map { FlowElement(role: $0, alternativeText: alternativeText,
                                                              startsHere: true) },
                              anchors: fragment.anchors)
        piece.whole = self
        return [piece]
    }

    /// A piece of `fragment`, one part of this block.
    func part(_ fragment: BlockFragment, last: Bool) -> FlowPiece {
        FlowPiece(height: fragment.height, items: fragment.items, spaceAfter: last ? spaceAfter : 0,
                  element: role.map { FlowElement(role: $0, alternativeText: alternativeText, startsHere: true) },
                  anchors: fragment.anchors)
    }
}

/// Names a block in messages: its kind and its place in the layout file.
public struct BlockOrigin: Hashable, Sendable, CustomStringConvertible {
    public var kind: String
    public var location: SourceLocation?

    public init(kind: String, location: SourceLocation?) {
        self.kind = kind
        self.location = location
    }

    public var description: String { "\(kind) block" }
}
