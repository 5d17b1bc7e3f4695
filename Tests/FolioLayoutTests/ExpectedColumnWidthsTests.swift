import FolioCore
import FolioLayout
import FolioText
import Testing

/// The column width `TextAhead` expects each block in, from the masters the
/// story's page breaks ask for, as pagination goes on.
@Suite struct ExpectedColumnWidthsTests {
    let origin = BlockOrigin(kind: "test", location: nil)
    let size = Size(width: 400, height: 600)

    func text() -> TextBlock { TextBlock(origin: origin, paragraphs: [], spaceAfter: 0) }

    @Test func widthsFollowTheMastersThePageBreaksName() {
        let cover = MasterPage(name: "cover", size: size, margins: EdgeInsets(all: 50))
        let body = MasterPage(name: "body", size: size, margins: EdgeInsets(all: 20), columns: 2, gutter: 20)
        let single = MasterPage(name: "single", size: size, margins: EdgeInsets(all: 20))
        var panels = MasterPage(name: "panels", size: size, margins: EdgeInsets(all: 20))
        panels.frames = [Rect(x: 0, y: 0, width: 100, height: 600), Rect(x: 100, y: 0, width: 300, height: 600)]
        let paginator = Paginator(masters: ["cover": cover, "body": body, "single": single, "panels": panels],
                                  firstMaster: "cover", nextMaster: "body")
        let story: [any Block] = [
            text(), BreakBlock(kind: .page(master: nil), origin: origin),
            text(), BreakBlock(kind: .page(master: "single"), origin: origin),
            text(), BreakBlock(kind: .page(master: nil), origin: origin),
            text(), BreakBlock(kind: .page(master: "panels"), origin: origin), text(),
        ]
        let widths = paginator.expectedColumnWidths(of: story)
        #expect(widths[0] == 300, "the cover")
        #expect(widths[2] == 170, "the next master's columns: (360 - 20) / 2")
        #expect(widths[4] == 360 && widths[6] == 360, "a named master holds until another is named")
        #expect(widths[8] == nil, "frames of their own")
    }
}
