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

/// Blocks set inside a box with a background, a border, padding and rounded
/// corners; kept together in one frame unless taller than a frame, when it is
/// cut between its blocks' lines and goes on in a box of its own.
public struct BoxBlock: SplittableBlock {
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
    public func paragraphsToSet(width: Double?) -> [ParagraphToSet] {
        content.flatMap { $0.paragraphsToSet(width: width.map { $0 - padding.left - padding.right }) }
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        boxed(try FrameFiller.stack(content, width: width - padding.left - padding.right, context: context),
              width: width)
    }

    public func split(width: Double, height: Double,
                      context: LayoutContext) throws -> (first: FlowPiece, rest: any Block)? {
        let (inner, rest) = try FrameFiller.fit(content, width: width - padding.left - padding.right,
                                                height: height - padding.top - padding.bottom, context: context)
        guard let rest, inner.height > 0 else { return nil }
        var next = self
        next.content = rest
        return (part(boxed(inner, width: width), last: false), next)
    }

    /// The content inside the box's padding, over its background.
    private func boxed(_ inner: BlockFragment, width: Double) -> BlockFragment {
        let height = padding.top + inner.height + padding.bottom
        let frame = DisplayItem.rectangle(Rect(x: 0, y: 0, width: width, height: height), fill: background,
                                          stroke: border, cornerRadius: cornerRadius)
        return BlockFragment(height: height,
                             items: [.group([frame], .artifact(.background)),
                                     .group(LinkContrast.legible(inner.items, on: background),
                                            offset: Point(x: padding.left, y: padding.top))],
                             anchors: inner.anchors)
    }
}

/// Blocks side by side, each column's blocks at its share of the width; kept
/// in one frame unless taller than a frame, when each column is cut where its
/// own content allows and goes on in the next frame.
public struct SideBySideBlock: SplittableBlock {
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
    public func paragraphsToSet(width: Double?) -> [ParagraphToSet] {
        columns.flatMap { $0.flatMap { $0.paragraphsToSet(width: width.map(columnWidth)) } }
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let columnWidth = columnWidth(width)
        return placed(try columns.map { try FrameFiller.stack($0, width: columnWidth, context: context) },
                      columnWidth: columnWidth)
    }

    public func split(width: Double, height: Double,
                      context: LayoutContext) throws -> (first: FlowPiece, rest: any Block)? {
        let columnWidth = columnWidth(width)
        let parts = try columns.map { try FrameFiller.fit($0, width: columnWidth, height: height, context: context) }
        guard parts.contains(where: { $0.rest != nil }), parts.contains(where: { $0.fragment.height > 0 }) else {
            return nil
        }
        var next = self
        next.columns = parts.map { $0.rest ?? [] }
        return (part(placed(parts.map(\.fragment), columnWidth: columnWidth), last: false), next)
    }

    private func columnWidth(_ width: Double) -> Double {
        let count = Double(max(columns.count, 1))
        return (width - gutter * (count - 1)) / count
    }

    /// The columns' fragments next to each other.
    private func placed(_ fragments: [BlockFragment], columnWidth: Double) -> BlockFragment {
        let items = fragments.enumerated().map { index, fragment in
            DisplayItem.group(fragment.items, offset: Point(x: Double(index) * (columnWidth + gutter), y: 0))
        }
        return BlockFragment(height: fragments.map(\.height).max() ?? 0, items: items,
                             anchors: fragments.flatMap(\.anchors))
    }
}

/// Several blocks that flow as one entry of a story (the rows of a staff grid):
/// their pieces in order, each breakable where its own rules allow.
public struct StoryBlock: Block {
    public var origin: BlockOrigin
    public var blocks: [any Block]
    /// The rest of a block set in part in an earlier frame, before `blocks[next...]`.
    private var resumed: (any Block)?
    /// The first of `blocks` still to set: the story going on in the next frame
    /// shares `blocks` instead of copying what is left of them.
    private var next = 0
    /// The pieces of `blocks[next]`, made by the frame before, which had no room
    /// for them (a staff grid's row below the last that fitted), and the place
    /// they were made for: the next frame takes them instead of laying the
    /// block out again when its place is the same.
    private var ahead: Ahead?

    private struct Ahead {
        var pieces: [FlowPiece]
        var frame: Rect
        var pageSize: Size
        var width: Double

        func fits(width: Double, context: LayoutContext) -> Bool {
            self.width == width && frame == context.frame && pageSize == context.pageSize
        }
    }

    public init(origin: BlockOrigin, blocks: [any Block]) {
        self.origin = origin
        self.blocks = blocks
    }

    public var anchors: [HeadingAnchor] { (resumed?.anchors ?? []) + blocks[next...].flatMap(\.anchors) }
    public func paragraphsToSet(width: Double?) -> [ParagraphToSet] {
        (resumed?.paragraphsToSet(width: width) ?? []) + blocks[next...].flatMap { $0.paragraphsToSet(width: width) }
    }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try pieces(width: width, context: context, filling: .infinity)
    }

    /// Whole blocks' pieces until they fill `height`.
    public func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        var filled = 0.0
        // The block to set and the index of the one after it.
        func entry(_ index: Int) -> (block: any Block, after: Int)? {
            index < blocks.count ? (blocks[index], index + 1) : nil
        }
        var part = resumed.map { (block: $0, after: next) } ?? entry(next)
        var reusable = resumed == nil ? ahead.flatMap { $0.fits(width: width, context: context) ? $0.pieces : nil } : nil
        while let current = part, filled <= height {
            let (block, after) = current
            let own = try reusable ?? block.pieces(width: width, context: context, filling: height - filled)
            reusable = nil
            // The story from this block on, for the frame that comes to it: it keeps these pieces.
            if let last = pieces.indices.last, var story = pieces[last].rest as? StoryBlock, story.resumed == nil {
                story.ahead = Ahead(pieces: own, frame: context.frame, pageSize: context.pageSize, width: width)
                pieces[last].rest = story
            }
            for var piece in own {
                // Resume with the rest of this block, then the blocks after it.
                var rest = self
                rest.ahead = nil
                rest.resumed = piece.rest
                rest.next = after
                piece.rest = rest.resumed == nil && after == blocks.count ? nil : rest
                pieces.append(piece)
                filled += piece.height
            }
            // A block that stopped early goes on in the next frame before the blocks after it.
            if own.last?.rest != nil { break }
            part = entry(after)
        }
        return pieces
    }
}
