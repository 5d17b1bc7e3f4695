import FolioText

/// A paragraph ready to set: inline text, paragraph settings and spacing.
public struct Paragraph: Sendable {
    public var spans: [StyledText]
    public var style: ParagraphStyle
    /// Extra space above the paragraph (dropped at the top of a frame or block).
    public var spaceBefore: Double
    /// Extra space below the paragraph (dropped at the bottom of a frame or block).
    public var spaceAfter: Double
    /// A list item's bullet or number, hung in the left indent of the first line.
    public var marker: StyledText?
    /// The paragraph's role in the PDF's structure tree.
    public var role: StructureRole
    /// Set for headings: where the contents, the outline and links point.
    public var anchor: HeadingAnchor?
    /// Keep the paragraph in the same frame as the next one (headings).
    public var keepWithNext: Bool

    public init(spans: [StyledText], style: ParagraphStyle, spaceBefore: Double = 0, spaceAfter: Double = 0,
                marker: StyledText? = nil, role: StructureRole = .paragraph, anchor: HeadingAnchor? = nil,
                keepWithNext: Bool = false) {
        self.spans = spans
        self.style = style
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.marker = marker
        self.role = role
        self.anchor = anchor
        self.keepWithNext = keepWithNext
    }
}

/// Sets a sequence of paragraphs into a column and positions their lines;
/// for blocks laid out whole (bands, tiles, cards).
public struct ParagraphStack {
    public var paragraphs: [Paragraph]

    public init(_ paragraphs: [Paragraph]) {
        self.paragraphs = paragraphs
    }

    /// The paragraphs set at `width`, stacked from y = 0 with their spacing
    /// (collapsed between paragraphs: the larger of after and before wins).
    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        var items: [DisplayItem] = []
        var y = 0.0
        var pendingSpace = 0.0
        for (index, paragraph) in paragraphs.enumerated() {
            if index > 0 { y += max(pendingSpace, paragraph.spaceBefore) }
            let set = try context.typesetter.typeset(paragraph.spans, width: width, style: paragraph.style,
                                                     marker: paragraph.marker, report: context.report)
            for line in set.lines {
                items += line.items(at: y)
                y += line.height
            }
            pendingSpace = paragraph.spaceAfter
        }
        return BlockFragment(height: y, items: items)
    }
}

extension TypesetLine {
    /// The line's runs as display items, its top at `y` from the frame's left edge.
    func items(at y: Double) -> [DisplayItem] {
        runs.map { .text($0, origin: Point(x: 0, y: y + baseline)) }
    }
}
