import FolioTestSupport
import Foundation
import Testing

/// Issue 16: hostile and careless input, each case a small edit of the
/// project's own files (see `HostileEdit`) that must give a specific located
/// error, never a crash, a hang or a silently wrong document.
@Suite(.serialized) struct HostileInputTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// Applies `edit` to a fresh copy of the project, builds `layout`, returns the result.
    func build(_ edit: HostileEdit) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent(edit.file), edit.old, edit.new)
        return try run(folio, ["build", edit.layout], in: directory)
    }

    /// The crashes found in the issue (Swift traps, a segmentation fault), now located errors.
    @Test(arguments: HostileEdit.numbers)
    func anOutOfRangeNumberIsALocatedError(edit: HostileEdit) throws {
        let result = try build(edit)
        #expect(result.status == 1, "\(edit.new): \(result.stderr)")
        #expect(result.stderr.contains(edit.expected), "\(edit.new): \(result.stderr)")
        // Located at the edited line (found in the file, so that the samples may change).
        let original = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(edit.file), encoding: .utf8)
        let line = try #require(original.components(separatedBy: "\n").firstIndex { $0.contains(edit.old) }) + 1
        #expect(result.stderr.contains("\(edit.file):\(line):"), "\(edit.new): \(result.stderr)")
    }

    @Test(arguments: HostileEdit.csv)
    func aCSVNumberMeansWhatItSaysOrIsALocatedError(edit: HostileEdit) throws {
        let result = try build(edit)
        #expect(result.status == 1, "\(edit.new): \(result.stderr)")
        #expect(result.stderr.contains(edit.expected), "\(edit.new): \(result.stderr)")
    }

    /// A malformed word in a language's hyphenation exceptions stops the build
    /// with the file and line, rather than being skipped.
    @Test func aMalformedHyphenationExceptionIsALocatedError() throws {
        let file = "Languages/en/hyphenation.txt", old = "sur-gery sur-ger-ies"
        let expected = "\"sur--ger-ies\" is not a hyphenated word"
        // The workspace links Languages/; edit a copy, not the project's own file.
        let directory = try TestSupport.workspace()
        let languages = directory.appendingPathComponent("Languages")
        try FileManager.default.removeItem(at: languages)
        try FileManager.default.copyItem(at: TestSupport.packageRoot.appendingPathComponent("Languages"), to: languages)
        try TestSupport.edit(directory.appendingPathComponent(file), old, "sur-gery sur--ger-ies")
        let result = try run(folio, ["build", HostileEdit.report], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        let original = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(file), encoding: .utf8)
        let line = try #require(original.components(separatedBy: "\n").firstIndex { $0.contains(old) }) + 1
        #expect(result.stderr.contains("\(file):\(line): error: \(expected)"), "\(result.stderr)")
    }

    /// A semicolon-separated file with a declared decimal comma is read as written.
    @Test func aEuropeanCSVIsReadWithItsDeclaredDecimalComma() throws {
        let directory = try TestSupport.workspace()
        let csv = directory.appendingPathComponent("Data/metrics/case-mix.csv")
        let text = try String(contentsOf: csv, encoding: .utf8)
        let european = "# decimal: ,\n" + text.replacingOccurrences(of: ",", with: ";")
            .replacingOccurrences(of: "Lung;121", with: "Lung;\"1.200,5\"")
        try european.write(to: csv, atomically: true, encoding: .utf8)
        let result = try run(folio, ["build", "Layouts/charts.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        // 1,200.5 of 1,477.5 operations is 81 %; read as 12,005 it would be 98 %.
        let pdf = directory.appendingPathComponent("out/charts.pdf").path
        #expect(try run("pdftotext", [pdf, "-"]).stdout.contains("Lung 81%"))
    }
}

/// One hostile edit of a project file and the message it must give.
struct HostileEdit: Sendable, CustomTestStringConvertible {
    var file: String
    var old: String
    var new: String
    var layout: String
    var expected: String

    var testDescription: String { "\(file): \(new)" }

    static let report = "Layouts/annual-report.yaml", handout = "Layouts/handout.yaml"
    static let staff = "Data/staff/hongjing-jiang.yaml", caseMix = "Data/metrics/case-mix.csv"

    static let numbers: [HostileEdit] = [
        .init(file: staff, old: "years: 26", new: "years: 1e30", layout: handout,
              expected: "clinical-experience-years: expected a number from 0 to 100"),
        .init(file: staff, old: "years: 26", new: "years: 9.3e18", layout: handout,
              expected: "clinical-experience-years: expected a number from 0 to 100"),
        .init(file: staff, old: "years: 26", new: "years: -1e30", layout: handout,
              expected: "clinical-experience-years: expected a number from 0 to 100"),
        .init(file: handout, old: "gutter: 4mm", new: "gutter: 1e9mm", layout: handout,
              expected: "tiles.gutter: expected a length of at most 5 m"),
        .init(file: report, old: "leading: 13.8pt", new: "leading: 1e30pt", layout: report,
              expected: "styles.body.leading: expected a length of at most 5 m"),
        .init(file: report, old: "space-after: 4.5pt", new: "space-after: 1e30pt", layout: report,
              expected: "styles.body.space-after: expected a length of at most 5 m"),
        .init(file: report, old: "avatar-size: 30mm", new: "avatar-size: 1e30pt", layout: report,
              expected: "profile.avatar-size: expected a length of at most 5 m"),
        .init(file: report, old: "avatar-size: 30mm", new: "avatar-size: 0pt", layout: report,
              expected: "profile.avatar-size: expected a length from 1pt to 14173pt"),
        .init(file: report, old: "features: [tnum]", new: "features: ['']", layout: report,
              expected: "styles.tile-value.features[0]: expected an OpenType feature"),
        .init(file: report, old: "features: [tnum]", new: "features: ['=']", layout: report,
              expected: "styles.tile-value.features[0]: expected an OpenType feature"),
        .init(file: report, old: "size: A4", new: "size: [1e9mm, 1e9mm]", layout: report,
              expected: "page.size[0]: expected a length of at most 5 m"),
        .init(file: report, old: "size: A4", new: "size: [1e7mm, 297mm]", layout: report,
              expected: "page.size[0]: expected a length of at most 5 m"),
        .init(file: report, old: "size: A4", new: "size: [210mm, 5mm]", layout: report,
              expected: "page.size[1]: expected a length from 10mm to 5000mm"),
        .init(file: report, old: "size: 9.5pt, leading: 13.8pt", new: "size: 0pt, leading: 13.8pt", layout: report,
              expected: "styles.body.size: expected a length from 1pt to 1000pt"),
        .init(file: report, old: "size: 9.5pt, leading: 13.8pt", new: "size: 2000pt, leading: 13.8pt", layout: report,
              expected: "styles.body.size: expected a length from 1pt to 1000pt"),
        .init(file: report, old: "letter-spacing: 1.5pt", new: "letter-spacing: 1e30pt", layout: report,
              expected: "styles.cover-kicker.letter-spacing: expected a length of at most 5 m"),
        .init(file: report, old: "min-last-line: 15pt, justify-letter-spacing: 1%",
              new: "min-last-line: 15pt, justify-letter-spacing: 9%", layout: report,
              expected: "styles.body.justify-letter-spacing: expected a percentage from 0% to 5% such as 2%, "
                  + "or 0 for none, found 9%"),
    ]

    static let csv: [HostileEdit] = [
        .init(file: caseMix, old: "Lung,121", new: "Lung,1.7e308", layout: report,
              expected: "Data/metrics/case-mix.csv:5: error: operations: column 2: \"1.7e308\" is outside -1e15 to 1e15"),
        .init(file: caseMix, old: "Lung,121", new: "Lung,\"312,5\"", layout: report,
              expected: "Data/metrics/case-mix.csv:5: error: operations: column 2: \"312,5\" has a decimal comma, "
                  + "which this file does not declare; write it with a point (312.5) or add the line `# decimal: ,`"),
        .init(file: caseMix, old: "Lung,121", new: "Lung,nan", layout: report,
              expected: "Data/metrics/case-mix.csv:5: error: operations: column 2: \"nan\" is not a finite number"),
        .init(file: caseMix, old: "Lung,121", new: "Lung,", layout: report,
              expected: "Data/metrics/case-mix.csv:5: error: operations: column 2: \"\" is not a number"),
        .init(file: caseMix, old: "Lung,121", new: "Lung;121", layout: report,
              expected: "Data/metrics/case-mix.csv:5: error: this row has 1 cells; the header has 2"),
        .init(file: caseMix, old: "tumor,operations", new: "tumor;operations", layout: report,
              expected: "separated by semicolon (;)"),
    ]
}
