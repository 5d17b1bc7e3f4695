import FolioCore
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// The patient-material preflight on a deliberately poor leaflet: each problem
/// is reported once, where it is made.
@Suite struct PatientPreflightTests {
    static func poorFixture() throws -> LayoutFixture {
        try LayoutFixture(layout: PoorLeaflet.layout, files: PoorLeaflet.texts)
    }

    @Test func eachProblemOnceWithItsPlace() throws {
        let built = try Self.poorFixture().build()
        let lines = built.warnings.map(\.description)
        #expect(lines.count == 5, "\(lines.joined(separator: "\n"))")
        func one(_ start: String, _ words: String) {
            #expect(lines.filter { $0.hasPrefix(start) && $0.contains(words) }.count == 1,
                    "\(start) … \(words) in\n\(lines.joined(separator: "\n"))")
        }
        one("Layouts/test.yaml:13:9: warning: styles.body.size:", "running text is 9 pt, below the 12 pt")
        one("Layouts/test.yaml:14:9: warning: styles.note.color:", "contrast of 2.05:1, below the 4.50:1")
        one("Data/text/about.md:1: warning:", "Flesch–Kincaid grade 1")
        one("Layouts/test.yaml: warning: blocks:", "no publication or review date")
        one("Data/text/hours.md:3: warning:", "placeholder is printed on page 1: \"TODO: the clinic")
    }

    @Test func aLeafletWithEverythingPassesAndTheLayoutNotForPatientsIsNotChecked() throws {
        let good = PoorLeaflet.layout.replacing("size: 9pt", with: "size: 12pt").replacing("\"#b5b5b5\"", with: "\"#56656d\"")
        let fixture = try LayoutFixture(layout: good, files: [
            "Data/text/about.md": "We treat cancer of the food pipe. We use small cuts, so you heal fast. Most people "
                + "go home in a week. Your family can stay with you. Ask us if you have a question.\n",
            "Data/text/hours.md": "Reviewed March 2026. Next review March 2028.\n"])
        let built = try fixture.build()
        #expect(built.warnings.isEmpty, "\(built.warnings.map(\.description))")
        let general = try LayoutFixture(layout: PoorLeaflet.layout.replacing("audience: patients", with: "audience: general"),
                                        files: ["Data/text/about.md": PoorLeaflet.denseText, "Data/text/hours.md": "TODO:\n"])
        #expect(try general.build().warnings.isEmpty)
    }

    @Test func anUnknownAudienceIsALocatedError() throws {
        let fixture = try LayoutFixture(layout: PoorLeaflet.layout.replacing("audience: patients", with: "audience: doctors"))
        let problems = fixture.problems().map(\.description)
        #expect(problems.contains { $0.hasPrefix("Layouts/test.yaml:5:13: error: document.audience: unknown audience \"doctors\"") },
                "\(problems)")
    }
}
