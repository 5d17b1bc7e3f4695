import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 7: what is placed in a fixed box and would overflow it is
/// reported at its block, never printed over its neighbours or across the page.
@Suite(.serialized) struct HostileCollisionTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    func build(_ file: String, _ old: String, _ new: String, layout: String,
               options: [String] = []) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent(file), old, new)
        return try run(folio, ["build", layout] + options, in: directory)
    }

    /// The three staff columns in a 26 mm wide cell (A4 less 40 and 144 mm; without the
    /// biographies, whose unbroken lines would also run off the page, an error of its own).
    func narrowDirectory(_ options: [String]) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        let layout = directory.appendingPathComponent("Layouts/staff-directory.yaml")
        try TestSupport.edit(layout, "margins: {top: 20mm, bottom: 22mm, left: 16mm, right: 16mm}",
                             "margins: {top: 20mm, bottom: 22mm, left: 40mm, right: 144mm}")
        try TestSupport.edit(layout, "      bio: true", "      bio: false")
        return try run(folio, ["build", "Layouts/staff-directory.yaml"] + options, in: directory)
    }

    @Test func staffCardsTooNarrowForTheirContentAreReportedAtTheirBlock() throws {
        let layout = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Layouts/staff-directory.yaml"),
                                encoding: .utf8).components(separatedBy: "\n")
        let line = try #require(layout.firstIndex { $0.contains("- staff-directory:") }) + 1
        let warned = try narrowDirectory([])
        #expect(warned.stderr.contains("Layouts/staff-directory.yaml:\(line):"), "\(warned.stderr)")
        #expect(warned.stderr.contains("warning: the staff-directory block's cards are 6.0 mm wide"), "\(warned.stderr)")
        #expect(warned.stderr.contains("over the next card or off the page"), "\(warned.stderr)")
        let strict = try narrowDirectory(["--strict"])
        #expect(strict.status != 0, "\(strict.stderr)")
        #expect(strict.stderr.contains("with --strict; nothing was written"), "\(strict.stderr)")
    }

    @Test func staffCardsOfTheSampleDirectoryFitTheirPlaces() throws {
        let result = try run(folio, ["build", "Layouts/staff-directory.yaml", "--strict"],
                             in: try TestSupport.workspace())
        #expect(result.status == 0, "\(result.stderr)")
        #expect(!result.stderr.contains("cards are"), "\(result.stderr)")
    }

    /// The 500-character chart category, which ran across the page.
    @Test func aChartCategoryTooLongToWrapIsALocatedError() throws {
        let label = String(repeating: "Thoracic procedures ", count: 25).trimmingCharacters(in: .whitespaces)
        let result = try build("Data/metrics/procedures-per-year.csv", "\n2024,", "\n\(label),",
                               layout: "Layouts/charts.yaml")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("error: chart.data: the chart's category “Thoracic procedures Thoracic procedures…” "
            + "(499 characters)"), "\(result.stderr)")
        #expect(result.stderr.contains("it would run across the page; shorten it"), "\(result.stderr)")
        #expect(result.stderr.contains("Data/charts.yaml:") || result.stderr.contains("Layouts/charts.yaml:"),
                "\(result.stderr)")
    }
}
