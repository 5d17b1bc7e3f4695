/// Running text: paragraphs, headings and lists set in the frame's width.
public struct TextBlock: Block {
    public var origin: BlockOrigin
    public var spaceAfter: Double
    public var paragraphs: [Paragraph]

    public init(origin: BlockOrigin, paragraphs: [Paragraph], spaceAfter: Double) {
        self.origin = origin
        self.paragraphs = paragraphs
        self.spaceAfter = spaceAfter
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        try ParagraphStack(paragraphs).layout(width: width, context: context)
    }
}
