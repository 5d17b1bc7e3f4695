import FolioTestSupport
import Foundation
import Testing

/// The `folio` subcommands as a communications officer would use them.
@Suite(.serialized) struct CommandLineTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    let root = TestSupport.packageRoot

    @Test func versionAndHelp() throws {
        let version = try run(folio, ["--version"])
        #expect(version.status == 0 && version.stdout.trimmingCharacters(in: .whitespacesAndNewlines) == "0.2.0")
        let help = try run(folio, ["--help"]).stdout
        for command in ["build", "check", "preview", "fonts", "merge"] { #expect(help.contains(command)) }
    }

    @Test func onlyLanguageBuildsThatEditionUnderTheNameGiven() throws {
        let directory = try TestSupport.workspace()
        let built = try run(folio, ["build", "Layouts/brochure.yaml", "--only-language", "zh", "--out", "zh.pdf"],
                            in: directory)
        #expect(built.status == 0, "\(built.stderr)")
        let info = try run("pdfinfo", ["zh.pdf"], in: directory).stdout
        #expect(info.contains("患者手册"), "\(info)")
        for other in ["zh-zh.pdf", "out/brochure.pdf", "out/brochure-zh.pdf"] {
            #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent(other).path), "\(other)")
        }
        let unknown = try run(folio, ["build", "Layouts/brochure.yaml", "--only-language", "fr"], in: directory)
        #expect(unknown.status != 0)
        #expect(unknown.stderr.contains("Layouts/brochure.yaml: error: document.languages: the layout has no language "
            + "\"fr\"; it has en, zh"), "\(unknown.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test func checkListsEveryMistakeWithItsPlaceAndFails() throws {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent("Data/staff/hongjing-jiang.yaml"),
                 "clinical-experience-years: 26", "clinical-experience-years: twenty-six")
        try TestSupport.edit(directory.appendingPathComponent("Data/metrics/case-mix.csv"), "Lung,121", "Lung,121,7")
        try TestSupport.edit(directory.appendingPathComponent("Data/charts.yaml"), "y: [minimally-invasive, open]",
                 "y: [minimally-invasive, opne]")
        try TestSupport.edit(directory.appendingPathComponent("Layouts/handout.yaml"), "{{talk.title}}\", style: band-talk",
                 "{{talk.titel}}\", style: band-talk")
        let result = try run(folio, ["check"], in: directory)
        #expect(result.status != 0)
        let messages = result.stderr
        #expect(messages.contains("Data/staff/hongjing-jiang.yaml:12:28: error: clinical-experience-years: expected a number"),
                "\(messages)")
        // Line 5: the file starts with three comment lines.
        #expect(messages.contains("Data/metrics/case-mix.csv:5: error: this row has 3 cells; the header has 2"))
        #expect(messages.contains("Data/charts.yaml:"))
        #expect(messages.contains("has no column \"opne\""))
        // A problem met by several layouts is listed once.
        #expect(messages.components(separatedBy: "expected a number, found \"twenty-six\"").count == 2, "\(messages)")
        #expect(messages.contains("data field {{talk.titel}} does not exist"))
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path),
                "check writes nothing")
    }

    @Test func mergeWritesOnePDFPerRecordAndReportsABadRow() throws {
        let directory = try TestSupport.workspace()
        let csv = """
            id,first_name,last_name,title,organisation,email
            A1,Ada,Lovelace,Dr,Analytical Society (synthetic),ada@example.org
            A2,Alan,Turing,Dr,Bletchley (synthetic),alan@example.org,extra
            A3,Grace,Hopper,Rear Admiral,Navy (synthetic),grace@example.org

            """
        try csv.write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv",
                                     "--out", "out/handouts/{{id}}-{{last_name}}.pdf"], in: directory)
        #expect(result.status != 0, "a failed record makes the exit code non-zero")
        #expect(result.stderr.contains("people.csv:3: this row has 7 cells; the header has 6"), "\(result.stderr)")
        #expect(result.stderr.contains("2 of 3 records written"))
        let written = try FileManager.default.contentsOfDirectory(
            atPath: directory.appendingPathComponent("out/handouts").path).sorted()
        #expect(written == ["A1-Lovelace.pdf", "A3-Hopper.pdf"])
        let pdf = directory.appendingPathComponent("out/handouts/A3-Hopper.pdf").path
        #expect(try run("qpdf", ["--check", pdf]).status == 0)
        #expect(try run("pdftotext", [pdf, "-"]).stdout.contains("Prepared for Grace Hopper, Navy (synthetic)"))
    }

    @Test func previewDrawsPNGPages() throws {
        let directory = try TestSupport.workspace()
        let result = try run(folio, ["preview", "Layouts/handout.yaml", "--resolution", "30", "--pages", "2"],
                             in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let png = directory.appendingPathComponent("out/preview/handout-2.png")
        let data = try Data(contentsOf: png)
        #expect(data.starts(with: [0x89, 0x50, 0x4E, 0x47]))
        // 30 pixels per inch of an A4 page: 248 × 351 pixels (IHDR width and height, big-endian).
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }, height = data[20..<24].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 249 && height == 351, "\(width) × \(height)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/preview/handout-1.png").path))
    }

    @Test func previewDrawsEveryLanguageOfALayout() throws {
        let directory = try TestSupport.workspace()
        let result = try run(folio, ["preview", "Layouts/brochure.yaml", "--resolution", "20", "--pages", "1"],
                             in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        for file in ["brochure-1.png", "brochure-zh-1.png"] {
            #expect(FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/preview/\(file)").path),
                    "no \(file)")
        }
        let fonts = try run(folio, ["fonts", "Layouts/brochure.yaml"], in: directory).stdout
        #expect(fonts.contains("Layouts/brochure.yaml (en)") && fonts.contains("Layouts/brochure.yaml (zh)"))
    }

    @Test func fontsShowsEachStylesFontAndUncoveredCharacters() throws {
        let directory = try TestSupport.workspace()
        let result = try run(folio, ["fonts", "Layouts/brochure.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stdout.contains("Noto Serif CJK SC"))
        #expect(result.stdout.contains("every character of the document has a font"))
        try TestSupport.edit(directory.appendingPathComponent("Layouts/handout.yaml"), "- heading: {text: Notes, style: h2}",
                 "- heading: {text: \"Notes \u{0378}\", style: h2}")
        let missing = try run(folio, ["fonts", "Layouts/handout.yaml"], in: directory)
        #expect(missing.status != 0)
        #expect(missing.stdout.contains("U+378"))
    }

    @Test func watchRebuildsWhenAFileChanges() throws {
        let directory = try TestSupport.workspace()
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folio)
        process.arguments = ["build", "Layouts/charts.yaml", "--watch"]
        process.currentDirectoryURL = directory
        let errors = Pipe()
        process.standardError = errors
        process.standardOutput = FileHandle.nullDevice
        try process.run()
        // SIGKILL: a child of the test runner may inherit a mask that blocks SIGTERM.
        defer { kill(process.processIdentifier, SIGKILL) }
        let pdf = directory.appendingPathComponent("out/charts.pdf")
        func waitFor(_ condition: () -> Bool) -> Bool {
            for _ in 0..<100 where !condition() { Thread.sleep(forTimeInterval: 0.1) }
            return condition()
        }
        #expect(waitFor { FileManager.default.fileExists(atPath: pdf.path) }, "the first build writes the PDF")
        let first = try FileManager.default.attributesOfItem(atPath: pdf.path)[.modificationDate] as? Date
        Thread.sleep(forTimeInterval: 1)
        try TestSupport.edit(directory.appendingPathComponent("Layouts/charts.yaml"), "Chart gallery, style: h1",
                 "Chart gallery (watched), style: h1")
        #expect(waitFor {
            let date = (try? FileManager.default.attributesOfItem(atPath: pdf.path))?[.modificationDate] as? Date
            return date != nil && date != first
        }, "a change rebuilds the PDF")
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
        let log = String(decoding: errors.fileHandleForReading.readDataToEndOfFile(), as: UTF8.self)
        #expect(log.contains("changed: Layouts/charts.yaml"), "\(log)")
        #expect(try run("pdftotext", [pdf.path, "-"]).stdout.contains("Chart gallery (watched)"))
    }
}
