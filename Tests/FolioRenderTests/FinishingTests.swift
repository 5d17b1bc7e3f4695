import FolioCore
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// What the renderer tells the finishing stage reaches the right structure
/// elements: alternative texts, link texts, header scopes (read back with qpdf).
@Suite struct FinishingTests {
    func run(_ text: String, link: String? = nil) throws -> DisplayItem {
        let font = try #require(TestSupport.fonts.font(family: "Noto Serif"))
        let shaped = Shaper.shape(text, font: font, size: 10, features: FontFeature.defaults)
        return .text(GlyphRun(shaped, color: .black, link: link), origin: Point(x: 20, y: 40))
    }

    func render(_ items: [DisplayItem]) throws -> PDFReader {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("finished.pdf")
        let list = DisplayList(info: DocumentInfo(title: "Finishing", author: "Folio tests", language: "zh"),
                               pages: [Page(size: Size(width: 300, height: 200), items: items)])
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(list, to: url)
        return try PDFReader(url)
    }

    @Test func figuresLinksAndHeadersGetTheirDescriptions() throws {
        func element(_ role: StructureRole, alt: String? = nil, _ items: [DisplayItem]) -> DisplayItem {
            .group(items, .element(StructureElement(role, alternativeText: alt)))
        }
        let pdf = try render([
            element(.figure, alt: "Bar chart: procedures per year",
                    [.rectangle(Rect(x: 10, y: 10, width: 20, height: 20), fill: .black, stroke: nil, cornerRadius: 0)]),
            element(.figure, []),
            element(.paragraph, [try run("Read the report", link: "https://example.org")]),
            element(.table, [
                element(.tableRow, [element(.headerCell(scope: .column), [try run("Year")]),
                                    element(.headerCell(scope: .column), [try run("Cases")])]),
                element(.tableRow, [element(.headerCell(scope: .row), [try run("2026")]),
                                    element(.dataCell, [try run("312")])]),
            ]),
        ])
        let elements = pdf.structureElements
        let figures = elements.filter { $0.element["/S"] as? String == "/Figure" }
        #expect(figures.map { pdf.text($0.element["/Alt"]) } == ["Bar chart: procedures per year", nil])
        let scopes = elements.filter { $0.element["/S"] as? String == "/TH" }.map { pdf.dictionary($0.element["/A"])?["/Scope"] as? String }
        #expect(scopes == ["/Column", "/Column", "/Row"])
        let link = try #require(elements.first { $0.element["/S"] as? String == "/Link" })
        let annotation = pdf.array(link.element["/K"]).compactMap { pdf.dictionary($0)?["/Obj"] }.first
        #expect(pdf.text(pdf.dictionary(annotation)?["/Contents"]) == "Read the report")
        #expect(pdf.text(pdf.catalog["/Lang"]) == "zh")
        // A figure with nothing to say is left without /Alt, for the conformance check to find.
        #expect(PDFConformance.figureAlternatives(pdf).count == 1)
    }

    /// A paragraph in another language than the document carries its own /Lang
    /// (ISO 32000-1 14.9.2); the others inherit the catalog's.
    @Test func elementsInAnotherLanguageGetTheirLang() throws {
        let pdf = try render([
            .group([try run("Hongjing Jiang")], .element(StructureElement(.paragraph, language: "en"))),
            .group([try run("Tianjin")], .element(StructureElement(.paragraph))),
        ])
        let paragraphs = pdf.structureElements.filter { $0.element["/S"] as? String == "/P" }
        #expect(paragraphs.map { pdf.text($0.element["/Lang"]) } == ["en", nil])
    }

    /// The finishing stage appends an incremental update (ISO 32000-1 7.5.6)
    /// to cairo's file instead of rewriting it: cairo's bytes stay in front,
    /// the new trailer points back at cairo's cross-reference section and
    /// carries the /ID, and the catalog says PDF 1.7.
    @Test func finishingAppendsAnIncrementalUpdate() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("update.pdf")
        let list = DisplayList(info: DocumentInfo(title: "Update", author: "Folio tests", language: "en"),
                               pages: [Page(size: Size(width: 300, height: 200), items: [try run("Text")])])
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(list, to: url)
        let text = String(decoding: try Data(contentsOf: url), as: UTF8.self)
        #expect(text.components(separatedBy: "%%EOF").count == 3, "cairo's file and one update")
        let trailer = try #require(text.range(of: "trailer", options: .backwards).map { text[$0.lowerBound...] })
        #expect(trailer.contains("/Prev ") && trailer.contains("/ID ["))
        let pdf = try PDFReader(url)
        #expect(pdf.catalog["/Version"] as? String == "/1.7")
        #expect(try FolioTestSupport.run("/usr/bin/qpdf", ["--check", url.path]).status == 0)
    }

    /// Cairo 1.16 marks only a leaf element's content: a paragraph holding a
    /// link would leave its other words unmarked, and the finisher would hide
    /// them as artifacts. They go into Spans beside the Link instead, and the
    /// paragraph's background, an artifact, gets its type.
    @Test func wordsAroundALinkAreTaggedAndArtifactsTyped() throws {
        let pdf = try render([
            .group([
                .group([.rectangle(Rect(x: 0, y: 0, width: 300, height: 60), fill: .black, stroke: nil, cornerRadius: 0)],
                       .artifact(.background)),
                try run("Read "), try run("the report", link: "https://example.org"), try run(" today"),
            ], .element(StructureElement(.paragraph))),
        ])
        let roles = pdf.structureElements.map { $0.element["/S"] as? String }
        #expect(roles == ["/Document", "/P", "/Span", "/Link", "/Span"])
        let artifacts = ContentScan.artifacts(in: pdf.content(ofPage: 0))
        #expect(artifacts.map(\.type) == ["Background"])
        #expect(!artifacts.contains { $0.showsText })
    }

    /// A leaf element's background is painted before its tag opens, so it is
    /// a typed artifact and not the paragraph's content.
    @Test func aLeafElementsBackgroundStaysOutsideItsTag() throws {
        let pdf = try render([
            .group([
                .group([.rectangle(Rect(x: 0, y: 0, width: 300, height: 60), fill: .black, stroke: nil, cornerRadius: 0)],
                       .artifact(.background)),
                try run("Plain words"),
            ], .element(StructureElement(.paragraph))),
        ])
        #expect(pdf.structureElements.map { $0.element["/S"] as? String } == ["/Document", "/P"])
        #expect(ContentScan.artifacts(in: pdf.content(ofPage: 0)).map(\.type) == ["Background"])
    }
}
