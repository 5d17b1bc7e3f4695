import FolioDocument
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// `folio build` writes pages as the layout session lays them out; the PDF must
/// be the one a whole-document render gives, byte for byte.
@Suite struct StreamingTests {
    @Test(arguments: [("annual-report", "en"), ("brochure", "zh")])
    func pageByPageEqualsWhole(_ name: String, _ language: String) throws {
        let root = TestSupport.packageRoot
        let builder = DocumentBuilder(typesetter: Typesetter(fonts: try FontLibrary(
            bundledDirectory: root.appendingPathComponent("Fonts"))))
        let layout = try builder.load(layout: root.appendingPathComponent("Layouts/\(name).yaml"),
                                      layoutPath: "Layouts/\(name).yaml", language: language)
        let data = root.appendingPathComponent("Data")
        let directory = try TestSupport.temporaryDirectory()
        let date = Date(timeIntervalSince1970: 1_767_225_600)

        let whole = directory.appendingPathComponent("whole.pdf")
        let collector = PageCollector()
        _ = try builder.session(layout, data: data, dataPath: "Data").run(into: collector)
        let document = try #require(collector.document)
        try PDFRenderer(date: date).write(document, to: whole)

        let streamed = directory.appendingPathComponent("streamed.pdf")
        let writer = PDFWriter(url: streamed, date: date)
        _ = try builder.session(layout, data: data, dataPath: "Data").run(into: writer)
        #expect(!FileManager.default.fileExists(atPath: streamed.path), "nothing is in place before commit")
        try writer.commit()
        #expect(writer.pageCount == document.pages.count)
        #expect(try Data(contentsOf: whole) == Data(contentsOf: streamed))
    }

    @Test func longDocumentIsCountedThenStreamed() throws {
        // 60 pages: more than a document kept whole, so it is counted, then written page by page.
        let directory = try TestSupport.temporaryDirectory()
        for folder in ["Layouts", "Data"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder),
                                                    withIntermediateDirectories: true)
        }
        try "name: {en: Test}\n".write(to: directory.appendingPathComponent("Data/department.yaml"),
                                       atomically: true, encoding: .utf8)
        let pages = (1...60).map { "  - text: {markdown: \"Synthetic page \($0).\", style: body}\n  - page-break: {}" }
        let layout = """
            document: {title: t, author: t}
            page: {size: A5, margins: 15mm}
            footer: {center: "{{page}} / {{pages}}", style: body}
            styles:
              body: {font: Noto Serif, size: 10pt, leading: 13pt}
            blocks:
            \(pages.joined(separator: "\n"))
            """
        let url = directory.appendingPathComponent("Layouts/long.yaml")
        try layout.write(to: url, atomically: true, encoding: .utf8)
        let root = TestSupport.packageRoot
        let builder = DocumentBuilder(typesetter: Typesetter(fonts: try FontLibrary(
            bundledDirectory: root.appendingPathComponent("Fonts"))))
        let loaded = try builder.load(layout: url, layoutPath: "Layouts/long.yaml")
        let data = directory.appendingPathComponent("Data")
        let date = Date(timeIntervalSince1970: 0)
        let whole = directory.appendingPathComponent("whole.pdf"), streamed = directory.appendingPathComponent("streamed.pdf")
        let document = try builder.build(layout: url, layoutPath: "Layouts/long.yaml", data: data, dataPath: "Data")
        #expect(document.displayList.pages.count == 60)
        try PDFRenderer(date: date).write(document.displayList, to: whole)
        let writer = PDFWriter(url: streamed, date: date)
        _ = try builder.session(loaded, data: data, dataPath: "Data").run(into: writer)
        try writer.commit()
        #expect(writer.pageCount == 60)
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
        _ = try builder.session(layout, data: root.appendingPathComponent("Data"), dataPath: "Data").run(into: writer)
        writer.discard()
        #expect(try Data(contentsOf: target) == Data("an earlier PDF".utf8))
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path) == ["charts.pdf"])
    }
}
