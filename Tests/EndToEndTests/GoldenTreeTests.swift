import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The display tree of sample pages against a golden text dump (`Page.treeDump`:
/// structure roles, languages, alternative text, artifacts, positions to 0.1
/// pt). A deliberate change renews them with `make references` (which sets
/// FOLIO_RENEW_GOLDEN=1 for this suite); the diff then shows what moved.
@Suite struct GoldenTreeTests {
    static let pages: [(document: String, page: Int)] = [("handout", 1), ("handout", 2), ("brochure", 1)]

    @Test(arguments: pages.indices) func pageMatchesItsGoldenDump(_ index: Int) throws {
        let (name, number) = Self.pages[index]
        let root = TestSupport.packageRoot
        let built = try DocumentBuilder(typesetter: TestSupport.typesetter()).build(
            layout: root.appendingPathComponent("Layouts/\(name).yaml"), layoutPath: "Layouts/\(name).yaml",
            data: root.appendingPathComponent("Data"), dataPath: "Data")
        let page = try #require(built.displayList.pages.dropFirst(number - 1).first)
        let actual = page.treeDump + "\n"
        let golden = root.appendingPathComponent("Tests/EndToEndTests/References/\(name)-\(number).tree.txt")
        if ProcessInfo.processInfo.environment["FOLIO_RENEW_GOLDEN"] == "1" {
            try actual.write(to: golden, atomically: true, encoding: .utf8)
        }
        let expected = try String(contentsOf: golden, encoding: .utf8)
        guard actual != expected else { return }
        let written = try TestSupport.temporaryDirectory().appendingPathComponent(golden.lastPathComponent)
        try actual.write(to: written, atomically: true, encoding: .utf8)
        let first = zip(actual.split(separator: "\n", omittingEmptySubsequences: false),
                        expected.split(separator: "\n", omittingEmptySubsequences: false))
            .enumerated().first { $0.element.0 != $0.element.1 }
        Issue.record("""
            the display tree of \(name) page \(number) differs from \(golden.lastPathComponent) \
            (first at line \((first?.offset ?? 0) + 1): \"\(first?.element.1 ?? "")\" became \"\(first?.element.0 ?? "")\"); \
            diff \(golden.path) \(written.path) — if the change is intended, run `make references`
            """)
    }
}
