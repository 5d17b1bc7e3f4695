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
    /// BCP 47 language of the text when it is not the document's (its element's /Lang).
    public var language: String?

    public init(spans: [StyledText], style: ParagraphStyle, spaceBefore: Double = 0, spaceAfter: Double = 0,
                marker: StyledText? = nil, role: StructureRole = .paragraph, anchor: HeadingAnchor? = nil,
                keepWithNext: Bool = false, language: String? = nil) {
        self.spans = spans
        self.style = style
        self.spaceBefore = spaceBefore
        self.spaceAfter = spaceAfter
        self.marker = marker
        self.role = role
        self.anchor = anchor
        self.keepWithNext = keepWithNext
        self.language = language
    }
}

extension [Paragraph] {
    /// The paragraphs set at `width` one under another with their spacing
    /// (collapsed between paragraphs: the larger of after and before wins),
    /// composed like any story, so roles, heading anchors and lists hold
    /// inside bands, cards, tiles and cells too.
    public func composed(width: Double, origin: BlockOrigin, context: LayoutContext) throws -> BlockFragment {
        try FrameFiller.stack([TextBlock(origin: origin, paragraphs: self, spaceAfter: 0)], width: width,
                              context: context)
    }
}

extension TypesetLine {
    /// The line's runs as display items, its top at `y` from the frame's left edge.
    func items(at y: Double) -> [DisplayItem] {
        runs.map { .text($0, origin: Point(x: 0, y: y + baseline)) }
    }
}
