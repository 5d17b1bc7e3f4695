import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 7: nothing a user wrote is dropped silently. Markdown that
/// Folio does not print is an error at its line; an empty field is an error
/// like a missing one.
@Suite(.serialized) struct HostileContentTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    func build(_ file: String, _ old: String, _ new: String) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent(file), old, new)
        return try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
    }

    @Test func unsupportedMarkdownIsReportedWithItsLine() throws {
        let about = "Data/text/en/about.md"
        let original = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(about), encoding: .utf8)
        let firstLine = try #require(original.split(separator: "\n").first)
        let hostile = "A note.[^1]\n\n| a | b |\n|---|:-:|\n| 1 | 2 |\n\nA picture ![x](p.png) here.\n\n[^1]: The note.\n"
        let result = try build(about, String(firstLine), hostile)
        #expect(result.status == 1, "\(result.stderr)")
        for expected in ["\(about):1:8: error: Markdown footnotes are not supported",
                         "\(about):3: error: Markdown tables are not supported in text",
                         "\(about):7:11: error: a Markdown image is not printed in text",
                         "\(about):9: error: this Markdown footnote's text would not be printed"] {
            #expect(result.stderr.contains(expected), "\(expected): \(result.stderr)")
        }
    }

    /// The footer whose long left and right texts printed on top of each other, silently.
    @Test func footerPartsThatWouldOverlapAreReported() throws {
        let left = "  left: \"{{department.name.en}} · {{department.hospital.en}}\""
        let result = try build("Layouts/handout.yaml", left,
                               "  left: \"{{department.name.en}} · {{department.hospital.en}} · {{department.hospital.en}}\"")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning: the footer's left and right parts print over each other"),
                "\(result.stderr)")
    }

    @Test func anEmptyDataFieldIsAnErrorAtItsLine() throws {
        let result = try build("Data/department.yaml", "  en: Department of Minimally Invasive Esophageal Surgery",
                               "  en: \"\"")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Data/department.yaml:9:7: error: data field {{department.name.en}} is empty"),
                "\(result.stderr)")
    }

    @Test func anEmptyRequiredLayoutFieldIsAnError() throws {
        let profile = "source: \"{{talk.speaker-profile}}\""
        let result = try build("Layouts/handout.yaml", profile, "source: \"\"")
        #expect(result.status == 1, "\(result.stderr)")
        let layout = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Layouts/handout.yaml"),
                                encoding: .utf8).components(separatedBy: "\n")
        let line = try #require(layout.firstIndex { $0.contains(profile) }) + 1
        #expect(result.stderr.contains("Layouts/handout.yaml:\(line):"), "\(result.stderr)")
        #expect(result.stderr.contains("profile.source: field \"source\" is empty"), "\(result.stderr)")
    }
}
