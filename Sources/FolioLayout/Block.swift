import FolioCore
import FolioText

/// What a block needs to lay itself out.
public struct LayoutContext {
    public var typesetter: Typesetter
    public var pageSize: Size
    /// The frame the block is placed in, in page coordinates.
    public var frame: Rect
    /// Receives problems that do not stop the layout (missing glyphs, say).
    public var report: (Diagnostic) -> Void

    public init(typesetter: Typesetter, pageSize: Size, frame: Rect, report: @escaping (Diagnostic) -> Void) {
        self.typesetter = typesetter
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

    public init(height: Double, items: [DisplayItem]) {
        self.height = height
        self.items = items
    }
}

/// A unit of content in a story: text, a band, a row of tiles, a card. The
/// paginator asks it for pieces at a frame's width and may break between them.
public protocol Block: Sendable {
    /// The block's kind and where the layout declares it, for messages.
    var origin: BlockOrigin { get }
    /// The block's content at `width` as pieces a frame break may fall between.
    func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece]
}

/// A block laid out in one piece and never split across frames (keep-together).
public protocol WholeBlock: Block {
    /// Space below the block before the next one, in points.
    var spaceAfter: Double { get }
    /// Structure role of the block in the PDF's tag tree.
    var role: StructureRole { get }
    /// Lays the block out at `width` points.
    func layout(width: Double, context: LayoutContext) throws -> BlockFragment
}

extension WholeBlock {
    public var role: StructureRole { .division }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        let fragment = try layout(width: width, context: context)
        return [FlowPiece(height: fragment.height, items: fragment.items, spaceAfter: spaceAfter,
                          element: FlowElement(role: role, startsHere: true))]
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
