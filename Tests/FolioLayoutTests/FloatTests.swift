import FolioCore
import FolioImages
import FolioLayout
import FolioTestSupport
import FolioText
import Foundation
import Testing

@Suite struct FloatTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif", size: 8)
    let master = MasterPage(name: "default", size: Size(width: 300, height: 240), margins: EdgeInsets(all: 20))

    /// A PNG header is all layout reads of an image: 100 × 50 pixels.
    func image() throws -> ImageFile {
        var bytes: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        bytes += Array("IHDR".utf8) + [0, 0, 0, 100, 0, 0, 0, 50, 8, 2, 0, 0, 0]
        return try ImageFile(path: "figure.png", data: Data(bytes))
    }

    func lines(_ count: Int, _ label: String) -> TextBlock {
        TextBlock(origin: BlockOrigin(kind: "text", location: nil), paragraphs: (1...count).map {
            Paragraph(spans: [StyledText("\(label)\($0)", style: style)], style: ParagraphStyle(leading: 10))
        }, spaceAfter: 0)
    }

    func figure(_ float: FloatPlacement, height: Double) throws -> FigureBlock {
        var figure = FigureBlock(origin: BlockOrigin(kind: "figure", location: nil), image: try image(), width: nil,
                                 height: height, fit: .stretch, caption: nil, alternativeText: "a figure",
                                 spaceAfter: 0)
        figure.float = float
        return figure
    }

    func paginate(_ story: [any Block]) throws -> PaginatedDocument {
        try Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
            .paginate(story, typesetter: typesetter) { _ in }
    }

    func imageRects(_ page: Page) -> [Rect] {
        page.items.flattened.compactMap { if case let .image(_, rect, _) = $0 { rect } else { nil } }
    }

    func lineTops(_ page: Page) -> [(String, Double)] {
        page.items.flattened.compactMap { if case let .text(run, origin) = $0 { (run.text, origin.y) } else { nil } }
    }

    @Test func topFloatGoesAboveTheTextOfItsFrame() throws {
        let document = try paginate([lines(3, "a"), try figure(.top, height: 60), lines(3, "b")])
        let page = try #require(document.pages.first)
        #expect(imageRects(page) == [Rect(x: 20, y: 20, width: 260, height: 60)])
        // The text starts below the figure and its 8 pt gap, in reading order.
        let tops = lineTops(page)
        #expect(tops.map(\.0) == ["a1", "a2", "a3", "b1", "b2", "b3"])
        #expect(tops.allSatisfy { $0.1 > 20 + 60 + 8 })
    }

    @Test func bottomFloatSitsAtTheFrameFoot() throws {
        let page = try #require(try paginate([lines(2, "a"), try figure(.bottom, height: 50), lines(2, "b")]).pages.first)
        #expect(imageRects(page) == [Rect(x: 20, y: 240 - 20 - 50, width: 260, height: 50)])
        #expect(lineTops(page).count == 4)
    }

    @Test func floatWithoutRoomWaitsForTheNextFrameWhileTextFillsThisOne() throws {
        // 16 lines fill most of the 200 pt frame; a 120 pt figure cannot join them.
        let document = try paginate([lines(16, "a"), try figure(.top, height: 120), lines(6, "b")])
        #expect(document.pages.count == 2)
        #expect(imageRects(document.pages[0]).isEmpty)
        #expect(imageRects(document.pages[1]) == [Rect(x: 20, y: 20, width: 260, height: 120)])
        // The text after the figure goes on filling page 1 before the figure appears.
        #expect(lineTops(document.pages[0]).map(\.0).contains("b1"))
    }
}
