import FolioTestSupport
import Foundation
import Testing

/// The conference handout built by the `folio` command, checked with the tools
/// a print shop and a reader would use (qpdf, pdffonts, pdftotext, pdfinfo).
@Suite(.serialized) struct HandoutTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    let root = TestSupport.packageRoot

    func build(to output: URL, layout: String = "Layouts/handout.yaml",
               environment: [String: String] = [:]) throws -> ProcessResult {
        try run(folio, ["build", layout, "--data", "Data", "--fonts", "Fonts", "--out", output.path],
                in: root, environment: environment)
    }

    @Test func handoutPassesThePrintAndReaderChecks() throws {
        let pdf = try TestSupport.temporaryDirectory().appendingPathComponent("handout.pdf")
        let result = try build(to: pdf)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("warning") == false, "\(result.stderr)")

        let check = try run("qpdf", ["--check", pdf.path])
        #expect(check.status == 0, "\(check.stdout)\(check.stderr)")

        // Every font embedded and subset: the "emb" and "sub" columns say yes.
        let fonts = try run("pdffonts", [pdf.path]).stdout.split(separator: "\n").dropFirst(2)
        #expect(fonts.count >= 4)
        for line in fonts {
            let columns = line.split(separator: " ")
            #expect(columns.count >= 5 && columns[columns.count - 5] == "yes" && columns[columns.count - 4] == "yes",
                    "not embedded and subset: \(line)")
            #expect(line.contains("+"), "subset fonts carry a tag prefix: \(line)")
        }

        // Words as read, line breaks folded into spaces.
        let text = try run("pdftotext", [pdf.path, "-"]).stdout
            .split(whereSeparator: \.isWhitespace).joined(separator: " ")
        // pdftotext joins a line ending in "-" to the next and drops the hyphen, also
        // after a compound's own hyphen ("Anti-" / "Cancer"); compare without hyphens there.
        let unhyphenated = text.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
        for expected in ["Department of Minimally Invasive Esophageal Surgery",
                         "Tianjin Medical University Cancer Institute and Hospital",
                         "天津医科大学肿瘤医院", "食管微创外科", "Hongjing Jiang, M.D.",
                         "26 years of clinical experience",
                         "Secretary-general, Division of Esophageal Cancer, Chinese Anti-Cancer Association",
                         "first thoracic oncology department", "proficient",
                         "Minimally invasive esophageal surgery: precise resection and comprehensive treatment",
                         "Prepared for Sample Attendee, Your organisation", "Notes"] {
            let squashed = expected.replacingOccurrences(of: "-", with: "").replacingOccurrences(of: " ", with: "")
            #expect(unhyphenated.contains(squashed), "pdftotext lacks \(expected)")
        }
        #expect(!text.contains("\u{FB01}"), "a ligature extracted as U+FB01")

        // The four figure tiles, read across the row as a reader sees them.
        let layout = try run("pdftotext", ["-layout", pdf.path, "-"]).stdout.split(separator: "\n").map(String.init)
        let squeeze = { (line: String) in line.split(separator: " ", omittingEmptySubsequences: true).joined(separator: " ") }
        #expect(layout.map(squeeze).contains("more than almost more than more than"))
        #expect(layout.map(squeeze).contains("60% 400 98% 80%"))

        let info = try run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("Title:           Minimally invasive esophageal surgery: precise resection and "
            + "comprehensive treatment — Handout"))
        #expect(info.contains("Author:          Department of Minimally Invasive Esophageal Surgery, "
            + "Tianjin Medical University Cancer Institute and Hospital"))
        #expect(info.contains("Pages:           2"))
        #expect(info.contains("Page size:       595.28 x 841.89 pts (A4)"))
    }

    @Test func buildingTwiceGivesIdenticalBytes() throws {
        let directory = try TestSupport.temporaryDirectory()
        let first = directory.appendingPathComponent("a.pdf"), second = directory.appendingPathComponent("b.pdf")
        #expect(try build(to: first).status == 0)
        #expect(try build(to: second).status == 0)
        #expect(try Data(contentsOf: first) == Data(contentsOf: second))
        #expect(try run("cmp", [first.path, second.path]).status == 0)
    }

    @Test func sourceDateEpochSetsTheDates() throws {
        let pdf = try TestSupport.temporaryDirectory().appendingPathComponent("dated.pdf")
        #expect(try build(to: pdf, environment: ["SOURCE_DATE_EPOCH": "1790000000"]).status == 0)
        let info = try run("pdfinfo", ["-isodates", pdf.path]).stdout
        #expect(info.contains("CreationDate:    2026-09-21T"), "\(info)")
    }

    @Test func brokenLayoutFailsWithLocationsAndKeepsTheOldPDF() throws {
        let directory = try TestSupport.temporaryDirectory()
        let pdf = directory.appendingPathComponent("handout.pdf")
        #expect(try build(to: pdf).status == 0)
        let good = try Data(contentsOf: pdf)

        let original = try String(contentsOf: root.appendingPathComponent("Layouts/handout.yaml"), encoding: .utf8)
        let broken = original.replacingOccurrences(of: "  size: A4", with: "  size: A11")
            .replacingOccurrences(of: "bleed: true", with: "bleed: sometimes")
        let brokenLayout = directory.appendingPathComponent("broken.yaml")
        try broken.write(to: brokenLayout, atomically: true, encoding: .utf8)

        let result = try build(to: pdf, layout: brokenLayout.path)
        #expect(result.status != 0)
        #expect(result.stderr.contains("broken.yaml:18:9: error: page.size: unknown page size \"A11\""), "\(result.stderr)")
        #expect(result.stderr.contains("error: blocks[0].band.bleed: expected true or false"), "\(result.stderr)")
        #expect(result.stderr.contains("2 problems; nothing was written"))
        #expect(try Data(contentsOf: pdf) == good)
        #expect(try FileManager.default.contentsOfDirectory(atPath: directory.path).sorted() == ["broken.yaml", "handout.pdf"])
    }

    @Test func uncoveredCharacterWarnsAndStrictFails() throws {
        let directory = try TestSupport.temporaryDirectory()
        let original = try String(contentsOf: root.appendingPathComponent("Layouts/handout.yaml"), encoding: .utf8)
        let layout = original.replacingOccurrences(of: "- heading: {text: Approach and treatments, style: h2}",
                                                   with: "- heading: {text: \"Approach \u{0378}\", style: h2}")
        #expect(layout != original)
        let layoutURL = directory.appendingPathComponent("odd.yaml")
        try layout.write(to: layoutURL, atomically: true, encoding: .utf8)
        let pdf = directory.appendingPathComponent("odd.pdf")

        let lenient = try build(to: pdf, layout: layoutURL.path)
        #expect(lenient.status == 0, "\(lenient.stderr)")
        #expect(lenient.stderr.contains("odd.yaml:"), "the warning names the layout line: \(lenient.stderr)")
        #expect(lenient.stderr.contains("warning: character \"\u{0378}\" (U+378) is in no available font"))

        try FileManager.default.removeItem(at: pdf)
        let strict = try run(folio, ["build", layoutURL.path, "--data", "Data", "--fonts", "Fonts", "--out", pdf.path,
                                     "--strict"], in: root)
        #expect(strict.status != 0)
        #expect(strict.stderr.contains("1 warning with --strict; nothing was written"))
        #expect(!FileManager.default.fileExists(atPath: pdf.path))
    }

    @Test func helpExplainsTheBuildCommand() throws {
        let help = try run(folio, ["build", "--help"])
        #expect(help.status == 0)
        #expect(help.stdout.contains("--data"))
        #expect(help.stdout.contains("--out"))
        let missing = try run(folio, ["build", "Layouts/does-not-exist.yaml"], in: root)
        #expect(missing.status != 0)
        #expect(missing.stderr.contains("Layouts/does-not-exist.yaml: error: there is no such file"),
                "\(missing.stderr)")
    }
}
