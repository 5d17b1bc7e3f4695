import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// A `qr` block: vector squares in the PDF (no image), a real decoder reads the
/// department's website back from the 150 dpi PNG, and a screen reader gets the URL.
@Suite struct QRCodeTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    static func layout(size: String) -> String {
        """
        document: {title: QR, author: Test, language: en}
        page: {size: A5, margins: {top: 10mm, bottom: 10mm, left: 10mm, right: 10mm}}
        colors: {band: "#0b6e75"}
        styles:
          body: {font: Noto Sans, size: 12pt, leading: 15pt}
        blocks:
          - text: {markdown: "Scan to visit our website:", style: body}
          - box:
              background: band
              padding: 4mm
              blocks:
                - qr: {url: "{{department.website}}", size: \(size)}
        """
    }

    @Test func decodesToTheWebsiteFromThePNGAndIsDrawnAsOnePath() throws {
        let directory = try TestSupport.workspace()
        try Self.layout(size: "30mm").write(to: directory.appendingPathComponent("Layouts/qr.yaml"), atomically: true,
                                             encoding: .utf8)
        let build = try run(folio, ["build", "Layouts/qr.yaml"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("QR code"), "\(build.stderr)")
        let pdf = directory.appendingPathComponent("out/qr.pdf").path
        #expect(try run("pdftoppm", ["-r", "150", "-png", "-singlefile", pdf, "out/qr"], in: directory).status == 0)
        let decoded = try run("zbarimg", ["-q", "--raw", "out/qr.png"], in: directory)
        #expect(decoded.status == 0, "\(decoded.stderr)")
        #expect(decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "https://tmucih.com/index/clinical/department/id/49.html")
        // Vector, not raster: no image in the PDF.
        let images = try run("pdfimages", ["-list", pdf]).stdout.split(separator: "\n")
        #expect(images.count == 2, "\(images)") // the header lines only
        // A figure whose alternative text is the URL, its squares one path.
        let built = try DocumentBuilder(typesetter: TestSupport.typesetter()).build(
            layout: directory.appendingPathComponent("Layouts/qr.yaml"), layoutPath: "Layouts/qr.yaml",
            data: directory.appendingPathComponent("Data"), dataPath: "Data")
        let dump = try #require(built.displayList.pages.first).treeDump
        #expect(dump.contains("Figure alt=\"https://tmucih.com/index/clinical/department/id/49.html\""), "\(dump)")
        #expect(dump.components(separatedBy: "path ").count == 2, "\(dump)")
    }

    @Test func warnsWhenModulesPrintSmallerThanFourTenthsOfAMillimetre() throws {
        let directory = try TestSupport.workspace()
        try Self.layout(size: "12mm").write(to: directory.appendingPathComponent("Layouts/qr.yaml"), atomically: true,
                                             encoding: .utf8)
        let check = try run(folio, ["check", "Layouts/qr.yaml"], in: directory)
        #expect(check.stderr.contains("Layouts/qr.yaml:12:11: warning: qr.size: the QR code's modules print at"),
                "\(check.stderr)")
    }

    /// The brochure prints the department's website as a QR code on its back
    /// cover (page 8): it decodes from the 150 dpi PNG in both languages.
    @Test(arguments: ["brochure", "brochure-zh"]) func brochuresCodeDecodesToTheWebsite(_ name: String) throws {
        let directory = try TestSupport.workspace()
        #expect(try run(folio, ["build", "Layouts/brochure.yaml"], in: directory).status == 0)
        let pdf = directory.appendingPathComponent("out/\(name).pdf").path
        #expect(try run("pdftoppm", ["-r", "150", "-f", "8", "-l", "8", "-png", "-singlefile", pdf, "out/\(name)"],
                        in: directory).status == 0)
        let decoded = try run("zbarimg", ["-q", "--raw", "out/\(name).png"], in: directory)
        #expect(decoded.status == 0, "\(decoded.stderr)")
        #expect(decoded.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "https://tmucih.com/index/clinical/department/id/49.html")
    }
}

