import FolioCore

/// A coloured band carrying a title, e.g. the head of a handout. With `bleed`
/// the colour runs to the page's left, right and (for a first block) top edges,
/// while its text stays on the frame's grid.
public struct BandBlock: WholeBlock {
    public var origin: BlockOrigin
    public var spaceAfter: Double
    public var paragraphs: [Paragraph]
    public var background: RGBColor
    public var padding: EdgeInsets
    public var bleed: Bool

    public init(origin: BlockOrigin, paragraphs: [Paragraph], background: RGBColor, padding: EdgeInsets,
                bleed: Bool, spaceAfter: Double) {
        self.origin = origin
        self.paragraphs = paragraphs
        self.background = background
        self.padding = padding
        self.bleed = bleed
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { paragraphs.compactMap(\.anchor) }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let text = try paragraphs.composed(width: width - padding.left - padding.right, origin: origin,
                                           context: context)
        let height = padding.top + text.height + padding.bottom
        var area = Rect(x: 0, y: 0, width: width, height: height)
        if bleed {
            // The frame's top-left is at context.frame.origin on the page; reach the page edges.
            let top = context.frame.y
            area = Rect(x: -context.frame.x, y: -top, width: context.pageSize.width, height: height + top)
        }
        let items: [DisplayItem] = [
            .group([.rectangle(area, fill: background, stroke: nil, cornerRadius: 0)], .artifact(.background)),
            .group(LinkContrast.legible(text.items, on: background), offset: Point(x: padding.left, y: padding.top)),
        ]
        return BlockFragment(height: height, items: items, anchors: text.anchors)
    }
}
