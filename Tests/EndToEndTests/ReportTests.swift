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
            for item in page.items {
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

        let objects = try run("qpdf", ["--qdf", "--object-streams=disable", pdf.path, "-"]).stdout
        #expect(objects.contains("/URI (https://tmucih.com/index/clinical/department/id/49.html)"))
        #expect(objects.components(separatedBy: "/Subtype /Link").count - 1 >= 6, "contents entries link to sections")
        #expect(objects.contains("/Dest"))
    }
}
