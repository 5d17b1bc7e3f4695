import FolioLayout
import FolioText

extension Paragraph {
    /// A paragraph of `text` at 10 pt leading; as a `heading`, a level-1 heading
    /// (its text its destination) kept with what follows. For layout tests.
    public static func test(_ text: String, style: TextStyle, heading: Bool = false) -> Paragraph {
        var paragraph = Paragraph(spans: [StyledText(text, style: style)], style: ParagraphStyle(leading: 10))
        if heading {
            paragraph.anchor = HeadingAnchor(title: text, level: 1, destination: text)
            paragraph.keepWithNext = true
        }
        return paragraph
    }
}
