import FolioText

/// A paragraph ready to set: inline text, paragraph settings and spacing.
public struct Paragraph: Sendable {
    public var spans: [StyledText]
    public var style: ParagraphStyle
    /// Extra space above the paragraph (dropped at the top of a block).
    public var spaceBefore: Double
    /// Extra space below the paragraph (dropped at the bottom of a block).
    public var spaceAfter: Double
    /// A list item's bullet or number, hung in the left indent of the first line.
    public var marker: StyledText?

    public init(spans: [StyledText], style: ParagraphStyle, spaceBefore: Double = 0, spaceAfter: Double = 0,
                marker: StyledText? = nil) {
        self.spans = spans
        self.style = style
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.marker = marker
    }
}

/// Sets a sequence of paragraphs into a column and positions their lines.
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
                for run in line.runs {
                    items.append(.text(run, origin: Point(x: 0, y: y + line.baseline)))
                }
                y += line.height
            }
            pendingSpace = paragraph.spaceAfter
        }
        return BlockFragment(height: y, items: items)
    }
}
