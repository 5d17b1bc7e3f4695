import FolioCore

extension ProfileCardBlock {
    /// How far (points) a card's drawing may reach past its edges before it is
    /// said to print over its neighbour: rounding, and a glyph's side bearing.
    static let overflowTolerance = 0.5

    /// A warning (an error with `--strict`) when the laid-out card reaches past
    /// its own width: a card too narrow for its padding, avatar and words (three
    /// columns in a 26 mm cell, say) would otherwise print over the card beside
    /// it or off the page, silently (issue 16, point 7). The name is made
    /// smaller first, down to 70 % (`shrunkToFit`); what still overflows is reported.
    func reportOverflow(_ card: BlockFragment, width: Double, context: LayoutContext) {
        var left = 0.0, right = 0.0, seen = false
        card.items.forEachLeaf { item, offset in
            let box = item.bounds
            guard box.width > 0 || box.height > 0 else { return }
            left = seen ? min(left, offset.x + box.x) : offset.x + box.x
            right = seen ? max(right, offset.x + box.maxX) : offset.x + box.maxX
            seen = true
        }
        let over = max(right - width, -left)
        guard over > Self.overflowTolerance else { return }
        let millimetres = { (points: Double) in String(format: "%.1f", points / 72 * 25.4) }
        context.report(.warning(
            "the \(origin)'s cards are \(millimetres(width)) mm wide, but what they hold (padding, avatar, gap and "
                + "the longest word) reaches \(millimetres(over)) mm past their edge, over the next card or off the "
                + "page; use fewer columns, a wider frame, or a smaller avatar, padding or type",
            at: origin.location))
    }
}
