import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 3: invisible bidirectional controls in data text, which can
/// make the page read differently from the file ("Trojan Source"), are warned
/// about at the place of the first, in YAML and in Markdown alike.
@Suite(.serialized) struct HostileDirectionTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    func build(_ file: String, _ old: String, _ new: String, layout: String) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent(file), old, new)
        return try run(folio, ["build", layout], in: directory)
    }

    @Test func anOverrideInAStaffFileIsWarnedAboutAtItsPlace() throws {
        let result = try build("Data/staff/hongjing-jiang.yaml", "  en: Hongjing Jiang", "  en: Hongjing \u{202E}Jiang",
                               layout: "Layouts/staff-directory.yaml")
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Data/staff/hongjing-jiang.yaml:5:16: warning: 1 invisible bidirectional control "
            + "character (the first is U+202E RIGHT-TO-LEFT OVERRIDE)"), "\(result.stderr)")
    }

    @Test(arguments: [0x202A, 0x202C, 0x2066, 0x2069])
    func anEmbeddingOrIsolateInMarkdownIsWarnedAbout(code: UInt32) throws {
        let about = "Data/text/en/about.md"
        let original = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(about), encoding: .utf8)
        let firstLine = try #require(original.split(separator: "\n").first)
        let control = String(UnicodeScalar(code)!)
        let result = try build(about, String(firstLine), "Two\(control) words and\(control) more.",
                               layout: "Layouts/handout.yaml")
        #expect(result.stderr.contains("\(about):1:4: warning: 2 invisible bidirectional control characters "
            + String(format: "(the first is U+%04X", code)), "\(result.stderr)")
    }
}
