import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

/// What a block hands `TextAhead` before layout: the paragraphs it will set,
/// in order, from where a block continued in a new frame goes on.
@Suite struct ParagraphsToSetTests {
    let style = TextStyle(family: "Noto Sans", size: 9)
    let origin = BlockOrigin(kind: "test", location: nil)

    func paragraph(_ text: String) -> Paragraph {
        Paragraph(spans: [StyledText(text, style: style)], style: ParagraphStyle(leading: 12))
    }

    func texts(_ block: any Block) -> [String] {
        block.paragraphsToSet(width: nil).map { $0.paragraph.spans.map(\.text).joined() }
    }

    @Test func textAndStoriesHandOnTheirParagraphsTablesNone() {
        let text = TextBlock(origin: origin, paragraphs: [paragraph("One"), paragraph("Two")], spaceAfter: 0)
        let table = TableBlock(origin: origin, columns: [.init(width: .fraction(1)), .init(width: .fraction(1))],
                               header: [[paragraph("Item"), paragraph("Value")]],
                               rows: [[paragraph("Beds"), paragraph("24")], [paragraph("Staff"), paragraph("61")]],
                               appearance: .init(padding: EdgeInsets(all: 2), rule: nil, frameRule: nil,
                                                 headerFill: nil, stripeFill: nil), spaceAfter: 0)
        #expect(texts(text) == ["One", "Two"])
        #expect(texts(table).isEmpty, "a table's cells are not handed on")
        #expect(texts(StoryBlock(origin: origin, blocks: [table, text, text])) == texts(text) + texts(text))
        #expect(texts(RuleBlock(origin: origin, stroke: Stroke(color: .black, width: 1), spaceAfter: 0)).isEmpty)
    }

    @Test func eachParagraphComesWithTheMeasureItsBlockSetsItAt() {
        let text = TextBlock(origin: origin, paragraphs: [paragraph("Inside")], spaceAfter: 0)
        let box = BoxBlock(origin: origin, content: [text], background: nil, border: nil,
                           padding: EdgeInsets(top: 4, left: 10, bottom: 4, right: 6), cornerRadius: 0, spaceAfter: 0)
        let columns = SideBySideBlock(origin: origin, columns: [[text], [box]], gutter: 20, spaceAfter: 0)
        #expect(text.paragraphsToSet(width: 200).map(\.width) == [200])
        #expect(box.paragraphsToSet(width: 200).map(\.width) == [184], "less the box's padding")
        #expect(columns.paragraphsToSet(width: 200).map(\.width) == [90, 74], "a column of (200 - 20) / 2, then a box in one")
        #expect(StoryBlock(origin: origin, blocks: [box]).paragraphsToSet(width: nil).map(\.width) == [nil])
    }

    @Test func aTextBlockGoingOnInANewFrameHandsOnTheRest() throws {
        let block = TextBlock(origin: origin, paragraphs: (1...40).map { paragraph("Paragraph \($0)") }, spaceAfter: 0)
        let context = LayoutContext(typesetter: TestSupport.typesetter(), pageSize: Size(width: 300, height: 300),
                                    frame: Rect(x: 0, y: 0, width: 200, height: 100)) { _ in }
        let pieces = try block.pieces(width: 200, context: context, filling: 100)
        let rest = try #require(pieces.last?.rest)
        #expect(texts(rest).first == "Paragraph \(pieces.count + 1)")
        #expect(texts(rest).last == "Paragraph 40")
    }
}
