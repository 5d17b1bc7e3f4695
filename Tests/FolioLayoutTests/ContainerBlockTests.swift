import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

@Suite struct ContainerBlockTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Sans", size: 9)

    var context: LayoutContext {
        LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 500),
                      frame: Rect(x: 0, y: 0, width: 300, height: 400)) { _ in }
    }

    func text(_ words: String) -> TextBlock {
        TextBlock(origin: BlockOrigin(kind: "text", location: nil),
                  paragraphs: [Paragraph(spans: [StyledText(words, style: style)], style: ParagraphStyle(leading: 12))],
                  spaceAfter: 0)
    }

    @Test func boxPadsItsContentInsideItsBackground() throws {
        let box = BoxBlock(origin: BlockOrigin(kind: "box", location: nil), content: [text("Inside the box")],
                           background: .white, border: Stroke(color: .black, width: 1), padding: EdgeInsets(all: 10),
                           cornerRadius: 4, spaceAfter: 0)
        let fragment = try box.layout(width: 300, context: context)
        #expect(fragment.height == 12 + 20)
        guard case let .rectangle(rect, _, _, radius) = try #require(fragment.items.flattened.first) else {
            Issue.record("the box's background comes first")
            return
        }
        #expect(rect == Rect(x: 0, y: 0, width: 300, height: 32) && radius == 4)
        let texts = fragment.items.flattened.filter { if case .text = $0 { true } else { false } }
        for item in texts { #expect(rect.inset(by: EdgeInsets(all: 9.99)).contains(item.bounds, tolerance: 2)) }
        // The nested paragraph keeps its tag inside the box.
        #expect(fragment.items.structureOutline == ["P"])
    }

    @Test func sideBySideColumnsShareTheWidth() throws {
        let block = SideBySideBlock(origin: BlockOrigin(kind: "side-by-side", location: nil),
                                    columns: [[text("Left")], [text("Right column with more words to wrap twice")]],
                                    gutter: 20, spaceAfter: 0)
        let fragment = try block.layout(width: 300, context: context)
        let origins: [(String, Point)] = fragment.items.flattened.compactMap {
            if case let .text(run, origin) = $0 { (run.text, origin) } else { nil }
        }
        #expect(origins.first { $0.0 == "Left" }?.1.x == 0)
        #expect(origins.filter { $0.0 != "Left" }.allSatisfy { $0.1.x == 160 }, "the second column starts after 140 + 20")
        #expect(fragment.height >= 24, "as tall as the taller column")
    }

    @Test func spacerVanishesAtTheTopOfAFrame() throws {
        let master = MasterPage(name: "default", size: Size(width: 300, height: 300), margins: EdgeInsets(all: 20))
        let story: [any Block] = [SpacerBlock(origin: BlockOrigin(kind: "spacer", location: nil), height: 50),
                                  text("First"), SpacerBlock(origin: BlockOrigin(kind: "spacer", location: nil), height: 30),
                                  text("Second")]
        let page = try #require(try Paginator(masters: ["default": master], firstMaster: "default",
                                              nextMaster: "default").paginate(story, typesetter: typesetter) { _ in }
            .pages.first)
        let tops: [Double] = page.items.flattened.compactMap { if case let .text(_, origin) = $0 { origin.y } else { nil } }
        #expect(tops.count == 2)
        // "First" sits at the frame's top; "Second" one line plus 30 pt below.
        #expect(abs(tops[1] - tops[0] - 42) < 0.01)
        #expect(tops[0] < 20 + 12)
    }
}
