import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The multi-page sample (Layouts/annual-report.yaml): pagination, navigation
/// and structure, checked on the layout and on the PDF.
@Suite(.serialized) struct ReportTests {
    let root = TestSupport.packageRoot

    func displayList() throws -> DisplayList {
        try DocumentBuilder(typesetter: TestSupport.typesetter()).build(
            layout: root.appendingPathComponent("Layouts/annual-report.yaml"), layoutPath: "Layouts/annual-report.yaml",
            data: root.appendingPathComponent("Data"), dataPath: "Data").displayList
    }

    @Test func contentsPageNumbersAreThePagesOfTheHeadings() throws {
        let list = try displayList()
        var destinationPages: [String: Int] = [:]
        var numbers: [String: String] = [:]
        for (index, page) in list.pages.enumerated() {
            for item in page.items.flattened {
                if case let .destination(name, _) = item { destinationPages[name] = index + 1 }
                if case let .text(run, _) = item, let link = run.link, link.hasPrefix("#"), Int(run.text) != nil {
                    numbers[String(link.dropFirst())] = run.text
                }
            }
        }
        #expect(numbers.count >= 4, "contents entries with page numbers: \(numbers)")
        for (destination, number) in numbers {
            #expect(destinationPages[destination].map(String.init) == number, "\(destination) on page \(number)?")
        }
    }

    @Test func pdfIsTaggedWithOutlineAndLiveLinks() throws {
        let pdf = try TestSupport.temporaryDirectory().appendingPathComponent("report.pdf")
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        let build = try run(folio, ["build", "Layouts/annual-report.yaml", "--out", pdf.path], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try run("qpdf", ["--check", pdf.path]).status == 0)
        let info = try run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("Tagged:          yes"))
        let pages = info.split(separator: "\n").first { $0.hasPrefix("Pages:") }.flatMap { Int($0.split(separator: " ").last ?? "") }
        #expect((pages ?? 0) > 1)

        let json = try JSONSerialization.jsonObject(with: Data(try run("qpdf", ["--json", pdf.path]).stdout.utf8))
        let outlines = try #require((json as? [String: Any])?["outlines"] as? [[String: Any]])
        let titles = outlines.compactMap { $0["title"] as? String }
        let headings = try displayList().outline.filter { $0.level == 1 }.map(\.title)
        #expect(titles == headings)
        #expect(titles.contains("About the department") && titles.contains("关于我们"))

        // The structure tree: sections, headings, paragraphs, the table's rows and cells, links.
        let structure = try run("pdfinfo", ["-struct", pdf.path]).stdout
        for element in ["Document", "Sect", "H1", "P", "Table", "TR", "TH", "TD", "Div", "Link"] {
            #expect(structure.contains(element), "no \(element) in the structure tree")
        }

        let objects = try run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, "-"]).stdout
        #expect(objects.contains("/URI (https://tmucih.com/index/clinical/department/id/49.html)"))
        #expect(objects.components(separatedBy: "/Subtype /Link").count - 1 >= 6, "contents entries link to sections")
        #expect(objects.contains("/Dest"))
    }
}

@Suite struct PrintModeTests {
    @Test func printModeAddsBleedAndVisibleCropMarks() throws {
        let root = TestSupport.packageRoot
        let directory = try TestSupport.temporaryDirectory()
        let pdf = directory.appendingPathComponent("print.pdf")
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        #expect(try run(folio, ["build", "Layouts/annual-report.yaml", "--print", "--out", pdf.path], in: root).status == 0)
        #expect(try run("qpdf", ["--check", pdf.path]).status == 0)
        // A4 (595.28 × 841.89 pt) plus 3 mm bleed and 9 mm slug on each side: 24 mm = 68.03 pt.
        let info = try run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("Page size:       663.311 x 909.921 pts"), "\(info)")
        try expectVisibleCropMarks(pdf, scratch: directory)
    }
}

/// Rasterises page 2 of a print PDF (a page white at its top-left corner) at
/// 72 dpi into `scratch` and looks where the top-left crop marks must be.
func expectVisibleCropMarks(_ pdf: URL, scratch: URL) throws {
    _ = try run("pdftoppm", ["-r", "72", "-f", "2", "-l", "2", "-singlefile", pdf.path,
                             scratch.appendingPathComponent("p").path])
    let image = try PPM(Data(contentsOf: scratch.appendingPathComponent("p.ppm")))
    let trim = 34.0 // bleed + slug in points = pixels at 72 dpi
    // The horizontal mark along the top trim edge, left of the bleed.
    #expect(image.darkestRow(x: Int(trim - 12), around: Int(trim)) < 128)
    // Inside the trim, away from any content, the page is white.
    #expect(image.brightness(x: Int(trim + 5), y: Int(trim + 5)) > 250)
}

/// A binary PPM (P6) as pdftoppm writes it.
struct PPM {
    let width: Int, height: Int
    let pixels: [UInt8]

    init(_ data: Data) throws {
        let bytes = [UInt8](data)
        var fields: [String] = [], index = 0, current = ""
        while fields.count < 4, index < bytes.count {
            let byte = bytes[index]
            index += 1
            if byte == 0x20 || byte == 0x0A || byte == 0x0D || byte == 0x09 {
                if !current.isEmpty { fields.append(current); current = "" }
            } else {
                current.append(Character(Unicode.Scalar(byte)))
            }
        }
        guard fields.count == 4, fields[0] == "P6", let width = Int(fields[1]), let height = Int(fields[2]) else {
            throw CocoaError(.fileReadCorruptFile)
        }
        self.width = width
        self.height = height
        pixels = Array(bytes[index...])
    }

    func brightness(x: Int, y: Int) -> Int {
        let offset = (y * width + x) * 3
        return (Int(pixels[offset]) + Int(pixels[offset + 1]) + Int(pixels[offset + 2])) / 3
    }

    /// The darkest pixel in column `x` within two pixels of row `y`.
    func darkestRow(x: Int, around y: Int) -> Int {
        ((y - 2)...(y + 2)).map { brightness(x: x, y: $0) }.min() ?? 255
    }
}

@Suite struct ChartGalleryTests {
    @Test func galleryRendersEveryKindAsVectors() throws {
        let root = TestSupport.packageRoot
        let pdf = try TestSupport.temporaryDirectory().appendingPathComponent("charts.pdf")
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        let build = try run(folio, ["build", "Layouts/charts.yaml", "--out", pdf.path], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(try run("qpdf", ["--check", pdf.path]).status == 0)
        // Charts are vectors: no raster image anywhere.
        let images = try run("pdfimages", ["-list", pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(images.isEmpty, "\(images)")
        let text = try run("pdftotext", [pdf.path, "-"]).stdout
        for label in ["Thoracic surgical procedures per year", "2019", "2026", "Esophageal 58%",
                      "Illustrative sample data"] {
            #expect(text.contains(label), "no \(label)")
        }
        let structure = try run("pdfinfo", ["-struct", pdf.path]).stdout
        #expect(structure.components(separatedBy: "Figure").count - 1 == 9)
        // The first chart's figures are repeated as a table: a header and one row per year.
        #expect(structure.components(separatedBy: "TR").count - 1 == 9)
        for label in ["Rates against targets (bullet)", "Sample figures", "Share of operations", "Target"] {
            #expect(text.contains(label), "no \(label)")
        }
    }
}
