import FolioTestSupport
import Foundation
import Testing

/// `folio init` makes a new department's project whose every placeholder
/// `folio check` lists and `folio check --strict` rejects.
@Suite struct InitTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    @Test func initThenCheckWarnsThenStrictFails() throws {
        let parent = try TestSupport.temporaryDirectory()
        let created = try run(folio, ["init", "new-department", "--from", TestSupport.packageRoot.path], in: parent)
        #expect(created.status == 0, "\(created.stderr)")
        let project = parent.appendingPathComponent("new-department")
        for folder in ["Layouts", "Fonts", "Languages", "Data/staff", "Data/text/en", "Data/text/zh"] {
            #expect(FileManager.default.fileExists(atPath: project.appendingPathComponent(folder).path), "no \(folder)")
        }

        let check = try run(folio, ["check"], in: project)
        #expect(check.status == 0, "placeholders are warnings: \(check.stderr)")
        let placeholders = check.stderr.split(separator: "\n").filter { $0.contains("a placeholder is left") }
        #expect(placeholders.count >= 30, "\(placeholders.count)")
        #expect(check.stderr.contains("Data/department.yaml:7:8: warning: a placeholder is left: \"TODO: Department of …\";"),
                "\(check.stderr)")
        #expect(check.stderr.contains("Data/text/en/about.md:1:1: warning: a placeholder is left"))
        let summary = check.stdout + check.stderr
        for layout in ["annual-report.yaml", "brochure.yaml (zh)", "charts.yaml", "handout.yaml", "staff-directory.yaml (en)"] {
            #expect(summary.contains("Layouts/\(layout): fine"), "every layout takes the skeleton: \(summary)")
        }

        let strict = try run(folio, ["check", "--strict"], in: project)
        #expect(strict.status != 0)

        let again = try run(folio, ["init", "new-department", "--from", TestSupport.packageRoot.path], in: parent)
        #expect(again.status != 0 && again.stderr.contains("not empty"))
        let elsewhere = try run(folio, ["init", "other", "--from", parent.path], in: parent)
        #expect(elsewhere.status != 0 && elsewhere.stderr.contains("not a Folio folder"))
    }
}
