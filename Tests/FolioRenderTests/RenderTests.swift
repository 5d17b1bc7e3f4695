import FolioCore
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

@Suite struct RenderTests {
    let date = Date(timeIntervalSince1970: 1_767_225_600)

    /// A small hand-made display list: a box, a line and a linked line of text.
    func sampleList(link: String? = "https://example.org/a'b") throws -> DisplayList {
        let font = try #require(TestSupport.fonts.font(family: "Noto Serif"))
        let shaped = Shaper.shape("Office of Thoracic Surgery", font: font, size: 12, features: FontFeature.defaults)
        let page = Page(size: Size(width: 300, height: 200), items: [
            .rectangle(Rect(x: 10, y: 10, width: 100, height: 40), fill: RGBColor(hex: "#0b6e75"), stroke: nil,
                       cornerRadius: 4),
            .line(from: Point(x: 10, y: 60), to: Point(x: 290, y: 60), stroke: Stroke(color: .black, width: 0.5)),
            .ellipse(Rect(x: 200, y: 100, width: 40, height: 40), fill: .black, stroke: nil),
            .text(GlyphRun(shaped, color: .black, link: link), origin: Point(x: 20, y: 90)),
        ])
        return DisplayList(info: DocumentInfo(title: "Render test", author: "Folio tests"), pages: [page])
    }

    @Test func writesAValidPDFWithTextThatExtracts() throws {
        let directory = try TestSupport.temporaryDirectory()
        let url = directory.appendingPathComponent("sample.pdf")
        try PDFRenderer(date: date).write(try sampleList(), to: url)
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")
        let text = try run("pdftotext", [url.path, "-"])
        #expect(text.stdout.contains("Office of Thoracic Surgery"))
        let info = try run("pdfinfo", [url.path]).stdout
        #expect(info.contains("Title:           Render test"))
        #expect(info.contains("Author:          Folio tests"))
        #expect(info.contains("Tagged:          yes"))
        // The link survives, its quote escaped for cairo and unescaped in the PDF.
        let objects = try run("qpdf", ["--qdf", "--object-streams=disable", url.path, "-"]).stdout
        #expect(objects.contains("/URI (https://example.org/a'b)"))
        // No temporary file is left beside the PDF.
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["sample.pdf"])
    }

    @Test func pagesMayDifferInSize() throws {
        var list = try sampleList()
        var landscape = list.pages[0]
        landscape.size = Size(width: 400, height: 250)
        list.pages += [landscape, list.pages[0]]
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("sizes.pdf")
        try PDFRenderer(date: date).write(list, to: url)
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
        let info = try run("pdfinfo", ["-f", "1", "-l", "3", url.path]).stdout
        #expect(info.contains("Page    1 size:  300 x 200 pts"))
        #expect(info.contains("Page    2 size:  400 x 250 pts"))
        #expect(info.contains("Page    3 size:  300 x 200 pts"))
    }

    @Test func sameInputGivesIdenticalBytes() throws {
        let directory = try TestSupport.temporaryDirectory()
        let first = directory.appendingPathComponent("1.pdf"), second = directory.appendingPathComponent("2.pdf")
        try PDFRenderer(date: date).write(try sampleList(), to: first)
        try PDFRenderer(date: date).write(try sampleList(), to: second)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
    }

    @Test func unwritablePathIsAnErrorNotACrash() throws {
        let blocker = try TestSupport.temporaryDirectory().appendingPathComponent("file")
        try Data("x".utf8).write(to: blocker)
        // A directory cannot be created below a plain file.
        #expect(throws: (any Error).self) {
            try PDFRenderer(date: date).write(try sampleList(), to: blocker.appendingPathComponent("out.pdf"))
        }
        #expect(throws: RenderError.self) {
            _ = try OutputFile(target: blocker.appendingPathComponent("x.pdf"))
        }
    }

    @Test func failedRenderLeavesTheEarlierPDFUntouched() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("keep.pdf")
        try PDFRenderer(date: date).write(try sampleList(), to: url)
        let before = try Data(contentsOf: url)
        let empty = DisplayList(info: DocumentInfo(title: "t", author: "a"), pages: [])
        #expect(throws: RenderError.self) { try PDFRenderer(date: date).write(empty, to: url) }
        #expect(try Data(contentsOf: url) == before)
        #expect(try FileManager.default.contentsOfDirectory(atPath: url.deletingLastPathComponent().path) == ["keep.pdf"])
    }

    @Test func surfaceStatusIsCheckedAfterFinish() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("s.pdf")
        let file = try OutputFile(target: url)
        let surface = try PDFSurface(file: file, width: 100, height: 100)
        try surface.setMetadata(.title, "t")
        try surface.finish()
        try file.commit()
        // A finished surface refuses further work, and the binding reports it.
        #expect(throws: RenderError.self) { try surface.setPageSize(width: 50, height: 50) }
    }
}

@Suite struct JPEGTests {
    @Test func decodesAJPEG() throws {
        let url = try #require(Bundle.module.url(forResource: "gradient", withExtension: "jpg", subdirectory: "Fixtures"))
        let image = try JPEGImage(data: Data(contentsOf: url))
        #expect(image.width == 8 && image.height == 6)
        #expect(image.pixels.count == image.stride * image.height)
        // Top rows are red, bottom rows blue (ImageMagick's gradient:red-blue); little-endian 0x00RRGGBB.
        #expect(image.pixels[2] > 200 && image.pixels[0] < 60)
        let lastRow = (image.height - 1) * image.stride
        #expect(image.pixels[lastRow] > 200 && image.pixels[lastRow + 2] < 60)
    }

    @Test func damagedJPEGIsAnErrorNotAnExit() throws {
        let url = try #require(Bundle.module.url(forResource: "gradient", withExtension: "jpg", subdirectory: "Fixtures"))
        let truncated = try Data(contentsOf: url).prefix(40)
        #expect(throws: RenderError.self) { _ = try JPEGImage(data: truncated) }
        #expect(throws: RenderError.self) { _ = try JPEGImage(data: Data("not a jpeg".utf8)) }
        #expect(throws: RenderError.self) { _ = try JPEGImage(data: Data()) }
    }
}
