import FolioCore

/// A row of profile cards of equal height (a staff grid's, a directory's): each
/// card as tall as the row's tallest, in `places` equal places (a short last row
/// keeps the others' card width). A row taller than a frame is cut card by card
/// as side-by-side columns are, its parts no longer equalized.
public struct CardRowBlock: SplittableBlock {
    public var origin: BlockOrigin
    public var cards: [ProfileCardBlock]
    public var places: Int
    public var gutter: Double
    public var spaceAfter: Double

    public init(origin: BlockOrigin, cards: [ProfileCardBlock], places: Int, gutter: Double, spaceAfter: Double) {
        self.origin = origin
        self.cards = cards
        self.places = places
        self.gutter = gutter
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { cards.flatMap(\.anchors) }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let cardWidth = self.cardWidth(width)
        // Each card is set once; only its height waits for the tallest.
        let set = try cards.map { try $0.set(width: cardWidth, context: context) }
        let tallest = set.map(\.height).max() ?? 0
        let items = try set.enumerated().map { index, card -> DisplayItem in
            .group(try card.card(minimumHeight: tallest, context: context).items,
                   offset: Point(x: Double(index) * (cardWidth + gutter), y: 0))
        }
        return BlockFragment(height: tallest, items: items, anchors: anchors)
    }

    public func split(width: Double, height: Double,
                      context: LayoutContext) throws -> (first: FlowPiece, rest: any Block)? {
        try columns.split(width: width, height: height, context: context)
    }

    /// The same cards as side-by-side columns (with empty places), to cut across frames.
    private var columns: SideBySideBlock {
        SideBySideBlock(origin: origin, columns: cards.map { [$0] } + Array(repeating: [], count: max(0, places - cards.count)),
                        gutter: gutter, spaceAfter: spaceAfter)
    }

    private func cardWidth(_ width: Double) -> Double {
        let count = Double(max(places, cards.count, 1))
        return (width - gutter * (count - 1)) / count
    }
}
