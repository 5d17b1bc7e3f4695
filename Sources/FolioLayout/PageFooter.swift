import FolioCore

/// Static text below the frame: a hairline rule, then text on the left and right.
public struct PageFooter: Sendable {
    public var left: Paragraph?
    public var right: Paragraph?
    public var rule: Stroke?
    /// Distance from the frame's bottom edge to the rule.
    public var distance: Double
    /// Where the layout declares the footer, for messages.
    public var origin: BlockOrigin

    public init(left: Paragraph?, right: Paragraph?, rule: Stroke?, distance: Double, origin: BlockOrigin) {
        self.left = left
        self.right = right
        self.rule = rule
        self.distance = distance
        self.origin = origin
    }

    /// The footer's items on the page, and its bottom edge (to check it fits the margin).
    func layout(frame: Rect, context: LayoutContext) throws -> (items: [DisplayItem], bottom: Double) {
        let top = frame.maxY + distance
        var items: [DisplayItem] = []
        var textTop = top
        if let rule {
            items.append(.line(from: Point(x: frame.x, y: top), to: Point(x: frame.maxX, y: top), stroke: rule))
            textTop += rule.width + 3
        }
        var bottom = textTop
        for paragraph in [left, right].compactMap({ $0 }) {
            let set = try ParagraphStack([paragraph]).layout(width: frame.width, context: context)
            items += set.items.map { $0.offsetBy(dx: frame.x, dy: textTop) }
            bottom = max(bottom, textTop + set.height)
        }
        return (items, bottom)
    }
}
