import FolioCore

/// Vertical space between blocks; like TeX's \vskip it vanishes at the top of a frame.
public struct SpacerBlock: Block {
    public var origin: BlockOrigin
    public var height: Double

    public init(origin: BlockOrigin, height: Double) {
        self.origin = origin
        self.height = height
    }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        [FlowPiece(height: 0, items: [], spaceBefore: height, element: nil)]
    }
}

/// A horizontal rule across the frame.
public struct RuleBlock: WholeBlock {
    public var origin: BlockOrigin
    public var stroke: Stroke
    public var spaceAfter: Double
    /// A rule only arranges the page: an artifact, not content.
    public var role: StructureRole? { nil }

    public init(origin: BlockOrigin, stroke: Stroke, spaceAfter: Double) {
        self.origin = origin
        self.stroke = stroke
        self.spaceAfter = spaceAfter
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let y = stroke.width / 2
        return BlockFragment(height: stroke.width,
                             items: [.line(from: Point(x: 0, y: y), to: Point(x: width, y: y), stroke: stroke)])
    }
}

/// Ruled lines to write on (a handout's notes area): `lines` rules `spacing`
/// apart, the first one `spacing` below the top.
public struct NotesBlock: WholeBlock {
    public var origin: BlockOrigin
    public var lines: Int
    public var spacing: Double
    public var stroke: Stroke
    public var spaceAfter: Double
    /// Lines to write on are decoration to a screen reader: an artifact.
    public var role: StructureRole? { nil }

    public init(origin: BlockOrigin, lines: Int, spacing: Double, stroke: Stroke, spaceAfter: Double) {
        self.origin = origin
        self.lines = lines
        self.spacing = spacing
        self.stroke = stroke
        self.spaceAfter = spaceAfter
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let rules = (1...max(lines, 1)).map { index -> DisplayItem in
            let y = Double(index) * spacing
            return .line(from: Point(x: 0, y: y), to: Point(x: width, y: y), stroke: stroke)
        }
        return BlockFragment(height: Double(max(lines, 1)) * spacing + stroke.width / 2, items: rules)
    }
}

/// Blocks set whole inside a box with a background, a border, padding and
/// rounded corners; kept together in one frame.
public struct BoxBlock: WholeBlock {
    public var origin: BlockOrigin
    public var content: [any Block]
    public var background: RGBColor?
    public var border: Stroke?
    public var padding: EdgeInsets
    public var cornerRadius: Double
    public var spaceAfter: Double

    public init(origin: BlockOrigin, content: [any Block], background: RGBColor?, border: Stroke?,
                padding: EdgeInsets, cornerRadius: Double, spaceAfter: Double) {
        self.origin = origin
        self.content = content
        self.background = background
        self.border = border
        self.padding = padding
        self.cornerRadius = cornerRadius
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { content.flatMap(\.anchors) }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let inner = try FrameFiller.stack(content, width: width - padding.left - padding.right, context: context)
        let height = padding.top + inner.height + padding.bottom
        let frame = DisplayItem.rectangle(Rect(x: 0, y: 0, width: width, height: height), fill: background,
                                          stroke: border, cornerRadius: cornerRadius)
        return BlockFragment(height: height,
                             items: [.group([frame], .artifact(.background)),
                                     .group(inner.items, offset: Point(x: padding.left, y: padding.top))],
                             anchors: inner.anchors)
    }
}

/// Blocks side by side: each column's blocks set whole at its share of the width.
public struct SideBySideBlock: WholeBlock {
    public var origin: BlockOrigin
    public var columns: [[any Block]]
    public var gutter: Double
    public var spaceAfter: Double

    public init(origin: BlockOrigin, columns: [[any Block]], gutter: Double, spaceAfter: Double) {
        self.origin = origin
        self.columns = columns
        self.gutter = gutter
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { columns.flatMap { $0.flatMap(\.anchors) } }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let count = Double(max(columns.count, 1))
        let columnWidth = (width - gutter * (count - 1)) / count
        var items: [DisplayItem] = []
        var anchors: [HeadingAnchor] = []
        var height = 0.0
        for (index, column) in columns.enumerated() {
            let fragment = try FrameFiller.stack(column, width: columnWidth, context: context)
            items.append(.group(fragment.items, offset: Point(x: Double(index) * (columnWidth + gutter), y: 0)))
            anchors += fragment.anchors
            height = max(height, fragment.height)
        }
        return BlockFragment(height: height, items: items, anchors: anchors)
    }
}

/// Several blocks that flow as one entry of a story (the rows of a staff grid):
/// their pieces in order, each breakable where its own rules allow.
public struct StoryBlock: Block {
    public var origin: BlockOrigin
    public var blocks: [any Block]

    public init(origin: BlockOrigin, blocks: [any Block]) {
        self.origin = origin
        self.blocks = blocks
    }

    public var anchors: [HeadingAnchor] { blocks.flatMap(\.anchors) }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        for (index, block) in blocks.enumerated() {
            let rest = Array(blocks[(index + 1)...])
            for var piece in try block.pieces(width: width, context: context) {
                // Resume with the rest of this block, then the blocks after it.
                if let inner = piece.rest {
                    piece.rest = StoryBlock(origin: origin, blocks: [inner] + rest)
                } else if !rest.isEmpty {
                    piece.rest = StoryBlock(origin: origin, blocks: rest)
                }
                pieces.append(piece)
            }
        }
        return pieces
    }
}
