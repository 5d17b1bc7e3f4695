import FolioCore
import FolioText

/// The one composition routine: fills a region (a page's frame, a column, a
/// box, a card, a table cell) with pieces of a sequence of blocks. When the
/// next piece does not fit, the region ends after the last piece that allows a
/// break after it (TeX's page builder, without its look-ahead), so widow,
/// orphan and keep rules hold wherever content is placed. Items come out in
/// the region's own coordinates, grouped by structure element.
struct FrameFiller {
    let frame: Rect
    let context: LayoutContext
    /// The frame's items, relative to its top-left corner.
    private(set) var items: [DisplayItem] = []
    /// The structure open before this frame; after `fill`, what is open after it.
    var carried = ElementGrouper.Carried()
    /// Level-1 headings open sections (Sect): on in page frames, off inside blocks.
    var sections = true
    /// The master's baseline grid, for page frames of a master that has one.
    var grid: BaselineGrid?
    /// Headings placed, and whether each is the first thing in the frame.
    private(set) var anchors: [(anchor: HeadingAnchor, atFrameTop: Bool)] = []
    /// How far down the frame its content reaches.
    private(set) var contentHeight = 0.0

    init(frame: Rect, context: LayoutContext) {
        self.frame = frame
        self.context = context
    }

    /// Blocks set one under another at `width` with their spacing, in a region
    /// without a bottom (content inside a box, a card, a cell, a band): the
    /// same composition as a page's frame, so roles, anchors and keeps hold.
    static func stack(_ blocks: [any Block], width: Double, context: LayoutContext) throws -> BlockFragment {
        var filler = FrameFiller(frame: Rect(x: 0, y: 0, width: width, height: .infinity), context: context)
        filler.sections = false
        _ = try filler.fill(blocks, from: Paginator.Cursor(index: 0, rest: nil))
        return BlockFragment(height: filler.contentHeight, items: filler.items, anchors: filler.anchors.map(\.anchor))
    }

    struct Outcome {
        var cursor: Paginator.Cursor
        /// Set when an explicit break ended the frame.
        var requestedBreak: BreakBlock.Kind?
        /// Floating figures that did not fit here, for the next frame.
        var deferredFloats: [FlowPiece] = []
    }

    private struct Placed {
        var piece: FlowPiece
        var y: Double
        var after: Paginator.Cursor
    }

    /// A figure floated to the frame's top or bottom, and how many pieces were
    /// placed when it was met (a break back before it puts it back in the story).
    private struct Float {
        var piece: FlowPiece
        var placedBefore: Int
        var deferred: Bool
    }

    /// Space between a floated figure and the text.
    static let floatGap = 8.0

    mutating func fill(_ story: [any Block], from start: Paginator.Cursor,
                       carriedFloats: [FlowPiece] = []) throws -> Outcome {
        var placed: [Placed] = []
        var floats = carriedFloats.map { Float(piece: $0, placedBefore: 0, deferred: false) }
        var lastLegal: Int?
        var y = 0.0, pendingSpace = 0.0
        var cursor = start
        var outcome: Outcome?
        func floatHeight() -> Double {
            let height = floats.filter { !$0.deferred }.reduce(0) { $0 + $1.piece.height + Self.floatGap }
            return grid?.next(from: height) ?? height
        }
        // Carried floats that do not fit an empty frame together go on waiting; one that
        // fits no frame at all is an error (it would wait forever).
        if let tall = carriedFloats.first(where: { $0.height > frame.height + 0.01 }) {
            throw DiagnosticError(.error("a floated figure is \(Measure.millimetres(tall.height - frame.height)) "
                + "taller than its frame (\(Measure.millimetres(frame.height)))"))
        }
        while floatHeight() > frame.height + 0.01, let last = floats.lastIndex(where: { !$0.deferred }) {
            floats[last].deferred = true
        }
        blocks: while let block = cursor.block(in: story) {
            if let pause = block as? BreakBlock {
                cursor = Paginator.Cursor(index: cursor.index + 1, rest: nil)
                if placed.isEmpty, case .frame = pause.kind { continue }
                outcome = Outcome(cursor: cursor, requestedBreak: pause.kind)
                break
            }
            let pieces = try block.pieces(width: frame.width, context: context,
                                          filling: frame.height - y - floatHeight())
            var before = cursor
            for piece in pieces {
                if piece.float != nil, frame.height.isFinite {
                    // Floats go to the frame's top or bottom if they fit beside what is placed, else wait.
                    let fits = y + floatHeight() + piece.height + Self.floatGap <= frame.height + 0.01
                        && !floats.contains(where: \.deferred)
                    floats.append(Float(piece: piece, placedBefore: placed.count, deferred: !fits))
                    continue
                }
                var space = placed.isEmpty ? 0 : max(pendingSpace, piece.spaceBefore)
                if let grid, grid.aligns(height: piece.height) { space = grid.next(from: y + space) - y }
                if y + space + piece.height + floatHeight() > frame.height + 0.01 {
                    // Taller than a whole frame: cut the block where its own content allows
                    // (a row of cards between paragraphs), here, the rest going on in the next frame.
                    if piece.height > frame.height - floatHeight() + 0.01, let whole = piece.whole,
                       let (first, rest) = try whole.split(width: frame.width,
                                                           height: frame.height - floatHeight() - y - space,
                                                           context: context) {
                        let remainder = piece.rest.map { StoryBlock(origin: block.origin, blocks: [rest, $0]) } ?? rest
                        let after = Paginator.Cursor(index: cursor.index, rest: remainder)
                        placed.append(Placed(piece: first, y: y + space, after: after))
                        outcome = Outcome(cursor: after, requestedBreak: nil)
                        break blocks
                    }
                    if placed.isEmpty {
                        throw DiagnosticError(.error(
                            "the \(block.origin) is \(Measure.millimetres(piece.height - frame.height)) taller than "
                                + "its frame (\(Measure.millimetres(frame.height))) and cannot be split",
                            at: block.origin.location))
                    }
                    if let lastLegal {
                        placed.removeSubrange((lastLegal + 1)...)
                        // Floats met after the break point come again with the story.
                        floats.removeAll { $0.placedBefore > lastLegal + 1 }
                        outcome = Outcome(cursor: placed[lastLegal].after, requestedBreak: nil)
                    } else {
                        // Nothing may break here by the rules; break anyway rather than run off the frame.
                        outcome = Outcome(cursor: before, requestedBreak: nil)
                    }
                    break blocks
                }
                y += space
                let after = piece.rest.map { Paginator.Cursor(index: cursor.index, rest: $0) }
                    ?? Paginator.Cursor(index: cursor.index + 1, rest: nil)
                placed.append(Placed(piece: piece, y: y, after: after))
                if piece.penaltyAfter < FlowPiece.forbidden { lastLegal = placed.count - 1 }
                y += piece.height
                pendingSpace = piece.spaceAfter
                before = after
            }
            // A block that gave only the pieces this frame needed goes on with its rest.
            cursor = pieces.last?.rest.map { Paginator.Cursor(index: cursor.index, rest: $0) }
                ?? Paginator.Cursor(index: cursor.index + 1, rest: nil)
        }
        emit(placed, floats: floats.filter { !$0.deferred }.map(\.piece))
        var result = outcome ?? Outcome(cursor: cursor, requestedBreak: nil)
        result.deferredFloats = floats.filter(\.deferred).map(\.piece)
        return result
    }

    /// The placed pieces as the frame's items, grouped by structure element
    /// (see `ElementGrouper`). Top floats first (in reading order), then the
    /// text below them, then bottom floats.
    private mutating func emit(_ placed: [Placed], floats: [FlowPiece]) {
        var top = 0.0
        for piece in floats where piece.float == .top {
            items.append(Self.standalone(piece, at: top))
            top += piece.height + Self.floatGap
        }
        if top > 0, let grid { top = grid.next(from: top) }
        var grouper = ElementGrouper(ids: context.elementIDs, sections: sections, carried: carried)
        for (index, entry) in placed.enumerated() {
            anchors += entry.piece.anchors.map { ($0, index == 0 && top == 0) }
            grouper.add(entry.piece.items.map { $0.offsetBy(dx: 0, dy: top + entry.y) }, element: entry.piece.element)
        }
        items += grouper.finish()
        carried = grouper.carried
        contentHeight = top + (placed.last.map { $0.y + $0.piece.height } ?? 0)
        var bottom = frame.height
        for piece in floats.reversed() where piece.float == .bottom {
            bottom -= piece.height
            items.append(Self.standalone(piece, at: bottom))
            bottom -= Self.floatGap
        }
    }

    /// Blocks flowed into a region `height` tall: what fits, and the blocks left
    /// (nil when everything fits). For blocks that split across frames.
    static func fit(_ blocks: [any Block], width: Double, height: Double,
                    context: LayoutContext) throws -> (fragment: BlockFragment, rest: [any Block]?) {
        var filler = FrameFiller(frame: Rect(x: 0, y: 0, width: width, height: max(height, 0)), context: context)
        filler.sections = false
        let outcome = try filler.fill(blocks, from: Paginator.Cursor(index: 0, rest: nil))
        let fragment = BlockFragment(height: filler.contentHeight, items: filler.items,
                                     anchors: filler.anchors.map(\.anchor))
        let cursor = outcome.cursor
        guard cursor.block(in: blocks) != nil else { return (fragment, nil) }
        let following = blocks.dropFirst(cursor.index + (cursor.rest == nil ? 0 : 1))
        return (fragment, (cursor.rest.map { [$0] } ?? []) + following)
    }

    /// A floated piece as its own element, its top at `y`.
    private static func standalone(_ piece: FlowPiece, at y: Double) -> DisplayItem {
        let semantics = piece.element.map {
            Semantics.element(StructureElement($0.role, alternativeText: $0.alternativeText))
        } ?? .none
        return .group(piece.items, offset: Point(x: 0, y: y), semantics)
    }
}

