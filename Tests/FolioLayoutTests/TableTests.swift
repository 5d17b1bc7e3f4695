import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

@Suite struct TableTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Sans", size: 8, features: FontFeature.defaults + [FontFeature("tnum")])

    func cell(_ text: String) -> Paragraph {
        Paragraph(spans: [StyledText(text, style: style)], style: ParagraphStyle(leading: 10))
    }

    func table(rows: Int, columns: [TableBlock.Column]) -> TableBlock {
        TableBlock(origin: BlockOrigin(kind: "table", location: nil), columns: columns,
                   header: [[cell("Item"), cell("Value")]],
                   rows: (1...rows).map { [cell("Row \($0)"), cell("\($0 * 7).5")] },
                   appearance: .init(padding: EdgeInsets(all: 2), rule: Stroke(color: .black, width: 0.5),
                                     frameRule: nil, headerFill: nil, stripeFill: .white),
                   spaceAfter: 0)
    }

    func texts(_ page: Page) -> [String] {
        page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
    }

    @Test func headerRepeatsOnEveryPage() throws {
        let master = MasterPage(name: "default", size: Size(width: 300, height: 200), margins: EdgeInsets(all: 20))
        let document = try Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
            .paginate([table(rows: 30, columns: [.init(width: .fraction(2)), .init(width: .fraction(1))])],
                      typesetter: typesetter) { _ in }
        #expect(document.pages.count >= 3)
        var rows: [String] = []
        for page in document.pages {
            let content = texts(page)
            #expect(Array(content.prefix(2)) == ["Item", "Value"], "the header opens every page")
            rows += content.filter { $0.hasPrefix("Row ") }
        }
        #expect(rows == (1...30).map { "Row \($0)" }, "every row once, in order, none split")
    }

    @Test func columnWidthsFollowTheirSpecification() throws {
        let block = table(rows: 3, columns: [.init(width: .fixed(100)), .init(width: .content)])
        let context = LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 500),
                                    frame: Rect(x: 0, y: 0, width: 400, height: 400)) { _ in }
        let widths = try block.columnWidths(total: 400, context: context)
        #expect(widths[0] == 100)
        // The widest cell ("Value" or "21.5") plus 4 pt of padding, far below an equal share.
        #expect(widths[1] > 10 && widths[1] < 40)
        let fractions = table(rows: 3, columns: [.init(width: .fraction(3)), .init(width: .fraction(1))])
        #expect(try fractions.columnWidths(total: 400, context: context) == [300, 100])
    }

    @Test func decimalColumnLinesUpTheSeparators() throws {
        let block = TableBlock(origin: BlockOrigin(kind: "table", location: nil),
                               columns: [.init(width: .fixed(100), alignment: .decimal)], header: [],
                               rows: [[cell("3.25")], [cell("128.5")], [cell("7")]],
                               appearance: .init(padding: EdgeInsets(all: 0), rule: nil, frameRule: nil,
                                                 headerFill: nil, stripeFill: nil), spaceAfter: 0)
        let context = LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 500),
                                    frame: Rect(x: 0, y: 0, width: 100, height: 400)) { _ in }
        var separators: [Double] = []
        for piece in try block.pieces(width: 100, context: context) {
            for case let .text(run, origin) in piece.items.flattened {
                let digits = Array(run.text.utf8)
                guard let dot = digits.firstIndex(of: UInt8(ascii: ".")) else {
                    // "7" has no separator: its end sits where the others' separators are.
                    let end = run.glyphs.last.map { $0.x + run.font.advance(of: $0.id) * run.size } ?? 0
                    separators.append(origin.x + end)
                    continue
                }
                separators.append(origin.x + (run.glyphs.first { $0.cluster == dot }?.x ?? 0))
            }
        }
        #expect(separators.count == 3)
        let first = try #require(separators.first)
        for separator in separators { #expect(abs(separator - first) < 0.01, "\(separators)") }
    }
}
