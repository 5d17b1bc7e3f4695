import FolioTestSupport
import Foundation
import Testing

/// `folio check` and `folio build` run the patient-material preflight on a
/// layout for patients: warnings by default, a failure with --strict, figures with --verbose.
@Suite struct PreflightCommandTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    func workspace() throws -> URL {
        let directory = try TestSupport.workspace()
        let files = PoorLeaflet.texts.merging(["Layouts/poor.yaml": PoorLeaflet.layout]) { $1 }
        for (path, text) in files {
            try text.write(to: directory.appendingPathComponent(path), atomically: true, encoding: .utf8)
        }
        return directory
    }

    @Test func strictCheckFailsThePoorLeafletAndNamesEachProblem() throws {
        let directory = try workspace()
        let loose = try run(folio, ["check", "--verbose", "Layouts/poor.yaml"], in: directory)
        #expect(loose.status == 0, "\(loose.stderr)")
        #expect((loose.stdout + loose.stderr).contains("Layouts/poor.yaml: measured body 9 pt, smallest 9 pt, lowest contrast 2.05:1"),
                "\(loose.stdout + loose.stderr)")
        let strict = try run(folio, ["check", "--strict", "Layouts/poor.yaml"], in: directory)
        #expect(strict.status != 0)
        for expected in ["Layouts/poor.yaml:13:9: warning: styles.body.size", "Layouts/poor.yaml:14:9: warning: styles.note.color",
                         "Data/text/about.md:1: warning:", "no publication or review date",
                         "Data/text/hours.md:3: warning: a placeholder"] {
            #expect(strict.stderr.contains(expected), "\(expected) in \(strict.stderr)")
        }
        let build = try run(folio, ["build", "--strict", "Layouts/poor.yaml"], in: directory)
        #expect(build.status != 0)
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/poor.pdf").path))
    }

    @Test func preflightOnRequestForALayoutNotMarkedForPatients() throws {
        let directory = try workspace()
        let plain = try run(folio, ["check", "Layouts/brochure.yaml"], in: directory)
        #expect(!plain.stderr.contains("Flesch"))
        let asked = try run(folio, ["check", "--preflight", "--verbose", "Layouts/brochure.yaml"], in: directory)
        #expect((asked.stdout + asked.stderr).contains("Layouts/brochure.yaml (en): measured body"), "\(asked.stdout)")
    }

    /// The sample brochure is a patient document that passes its own preflight:
    /// a change that breaks a patient rule (a size, a colour, a harder text, a
    /// missing date) fails this build. Both languages, and the large-print edition.
    @Test(arguments: [[], ["--large-print"]]) func brochurePassesThePreflightStrictly(_ edition: [String]) throws {
        let directory = try TestSupport.workspace()
        let build = try run(folio, ["build", "--strict", "--preflight", "--verbose"] + edition + ["Layouts/brochure.yaml"],
                            in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        #expect(!build.stderr.contains("warning"), "\(build.stderr)")
        let suffix = edition.isEmpty ? "" : "-large-print"
        for pdf in ["brochure\(suffix).pdf", "brochure\(suffix)-zh.pdf"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/\(pdf)").path), "\(pdf)")
        }
        let body = edition.isEmpty ? "12" : "16"
        #expect((build.stdout + build.stderr).contains("measured body \(body) pt, smallest \(body) pt"), "\(build.stderr)")
    }
}

