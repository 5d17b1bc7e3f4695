import FolioCore
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// Tags come from the display tree: parts of one element (groups sharing an
/// id) become one structure element; artifacts get no element.
@Suite struct StructureTagTests {
    func text(_ words: String, y: Double) throws -> DisplayItem {
        let font = try #require(TestSupport.fonts.font(family: "Noto Serif"))
        let shaped = Shaper.shape(words, font: font, size: 10, features: FontFeature.defaults)
        return .text(GlyphRun(shaped, color: .black), origin: Point(x: 0, y: y))
    }

    /// The structure tree as `pdfinfo -struct` prints it, without the attributes' lines.
    func structure(of items: [DisplayItem]) throws -> [String] {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("tags.pdf")
        let page = Page(size: Size(width: 300, height: 200), items: items)
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(
            DisplayList(info: DocumentInfo(title: "tags", author: "tests"), pages: [page]), to: url)
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
        return try run("pdfinfo", ["-struct", url.path]).stdout.split(separator: "\n").map(String.init)
    }

    @Test func aParagraphContinuedInTheNextColumnIsOneElement() throws {
        let part = { (id: Int?, words: String) in
            DisplayItem.group([try self.text(words, y: 20)], .element(StructureElement(.paragraph, id: id)))
        }
        // Two frames (columns), the paragraph's first lines in one and its last in the other.
        let joined = try structure(of: [
            .group([try part(7, "First part")], offset: Point(x: 10, y: 10)),
            .group([try part(7, "second part"), try part(8, "Next paragraph")], offset: Point(x: 150, y: 10)),
        ])
        #expect(joined.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("P") }.count == 2, "\(joined)")
        // Without a shared id the parts are two elements.
        let separate = try structure(of: [
            .group([try part(nil, "First part")], offset: Point(x: 10, y: 10)),
            .group([try part(nil, "second part"), try part(nil, "Next paragraph")], offset: Point(x: 150, y: 10)),
        ])
        #expect(separate.filter { $0.trimmingCharacters(in: .whitespaces).hasPrefix("P") }.count == 3, "\(separate)")
    }

    @Test func aBackgroundCoveringAPageOfWholePointsKeepsTheTags() throws {
        // 300 × 200 pt, like US Letter's 612 × 792: a fill over the whole page once dropped the open tags.
        let lines = try structure(of: [
            .group([.rectangle(Rect(x: 0, y: 0, width: 300, height: 200), fill: RGBColor(hex: "#0b6e75"), stroke: nil,
                               cornerRadius: 0)], .artifact(.background)),
            .group([try text("Body", y: 50)], .role(.paragraph)),
        ])
        #expect(lines.contains { $0.contains("P (block)") })
    }

    @Test func artifactsGetNoElementAndElementsInThemAreIgnored() throws {
        let lines = try structure(of: [
            .group([.rectangle(Rect(x: 0, y: 0, width: 300, height: 200), fill: RGBColor(hex: "#eef6f6"), stroke: nil,
                               cornerRadius: 0)],
                   .artifact(.background)),
            .group([try text("Body", y: 50)], .role(.paragraph)),
            .group([.group([try text("Page 1", y: 190)], .role(.paragraph))], .artifact(.pagination)),
        ])
        #expect(lines.map { $0.trimmingCharacters(in: .whitespaces) }.filter { !$0.isEmpty } == ["Document", "P (block)"],
                "\(lines)")
    }
}
