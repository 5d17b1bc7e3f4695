import FolioDocument
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// `folio build` writes pages as they are laid out; the PDF must be the one a
/// whole-document render gives, byte for byte.
@Suite struct StreamingTests {
    @Test(arguments: ["annual-report", "brochure-zh"]) func pageByPageEqualsWhole(_ name: String) throws {
        let root = TestSupport.packageRoot
        let builder = DocumentBuilder(typesetter: Typesetter(fonts: try FontLibrary(
            bundledDirectory: root.appendingPathComponent("Fonts"))))
        let layout = try builder.load(layout: root.appendingPathComponent("Layouts/\(name).yaml"),
                                      layoutPath: "Layouts/\(name).yaml")
        let data = root.appendingPathComponent("Data")
        let directory = try TestSupport.temporaryDirectory()
        let date = Date(timeIntervalSince1970: 1_767_225_600)

        let whole = directory.appendingPathComponent("whole.pdf")
        let document = try builder.build(layout, data: data, dataPath: "Data")
        try PDFRenderer(date: date).write(document.displayList, to: whole)

        let streamed = directory.appendingPathComponent("streamed.pdf")
        let writer = PDFWriter(url: streamed, date: date)
        _ = try builder.write(layout, data: data, dataPath: "Data", to: writer)
        #expect(!FileManager.default.fileExists(atPath: streamed.path), "nothing is in place before commit")
        try writer.commit()
        #expect(writer.pageCount == document.displayList.pages.count)
        #expect(try Data(contentsOf: whole) == Data(contentsOf: streamed))
    }

    @Test func discardedWriterLeavesTheEarlierPDF() throws {
        let root = TestSupport.packageRoot
        let builder = DocumentBuilder(typesetter: Typesetter(fonts: try FontLibrary(
            bundledDirectory: root.appendingPathComponent("Fonts"))))
        let layout = try builder.load(layout: root.appendingPathComponent("Layouts/charts.yaml"),
                                      layoutPath: "Layouts/charts.yaml")
        let directory = try TestSupport.temporaryDirectory()
        let target = directory.appendingPathComponent("charts.pdf")
        try Data("an earlier PDF".utf8).write(to: target)
        let writer = PDFWriter(url: target, date: Date(timeIntervalSince1970: 0))
        _ = try builder.write(layout, data: root.appendingPathComponent("Data"), dataPath: "Data", to: writer)
        writer.discard()
        #expect(try Data(contentsOf: target) == Data("an earlier PDF".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["charts.pdf"])
    }
}
