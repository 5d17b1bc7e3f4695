import FolioTestSupport
import Foundation
import Testing

/// `check`, `build`, `preview`, `fonts` and `merge` lay documents out through one
/// layout session, so `check` rejects exactly what `build` rejects, and
/// `--print` and `--strict` mean the same to all of them.
@Suite(.serialized) struct CheckMatchesBuildTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    let root = TestSupport.packageRoot

    /// A small layout that builds: contents, heading, text, a figure and a CSV chart.
    static let layout = """
        document: {title: "{{department.name}}", author: Test}
        page: {size: A5, margins: 15mm, max-pages: 3}
        footer: {center: "{{page}} / {{pages}}", style: body}
        styles:
          body: {font: Noto Serif, size: 10pt, leading: 13pt}
          h1: {based-on: body, weight: bold}
          label: {font: Noto Sans, size: 7pt, leading: 9pt}

        """ + blocks

    static let blocks = """
        blocks:
          - contents: {title: Contents, title-style: h1, entry-style: body}
          - heading: {text: "{{department.name}}", style: h1}
          - text: {source: text/about.md, style: body}
          - figure: {image: images/g.jpg, alt: A gradient, width: 1mm}
          - chart: {kind: bar, data: metrics/m.csv, x: year, y: cases, title-style: h1, label-style: label, height: 40mm}
        """

    /// One way to break the layout: the text replaced, the options given, and part of the message both print.
    struct Breakage: CustomTestStringConvertible, Sendable {
        var name: String
        var old: String
        var new: String
        var options: [String] = []
        var message: String
        var testDescription: String { name }
    }

    static let breakages = [
        Breakage(name: "unknown key", old: "weight: bold", new: "wieght: bold",
                 message: "styles.h1.wieght: unknown key \"wieght\""),
        Breakage(name: "bad length", old: "size: 10pt", new: "size: 10pz",
                 message: "styles.body.size: expected a length with a unit"),
        Breakage(name: "missing data field", old: "\"{{department.name}}\", style", new: "\"{{department.nmae}}\", style",
                 message: "data field {{department.nmae}} does not exist"),
        Breakage(name: "missing style", old: "about.md, style: body", new: "about.md, style: bodie",
                 message: "no paragraph style named \"bodie\""),
        Breakage(name: "more than max-pages", old: "text/about.md", new: "text/long.md",
                 message: "the text block does not fit on 3 pages"),
        Breakage(name: "missing font family", old: "font: Noto Serif", new: "font: Noto Seriff",
                 message: "no font family \"Noto Seriff\""),
        Breakage(name: "bad CSV column", old: "y: cases", new: "y: casez", message: "has no column \"casez\""),
        Breakage(name: "missing text file", old: "text/about.md", new: "text/abuot.md",
                 message: "there is no file Data/text/abuot.md"),
        Breakage(name: "missing image", old: "images/g.jpg", new: "images/gone.jpg",
                 message: "there is no readable image Data/images/gone.jpg"),
        // Before the layout session, check called an empty document fine; build failed writing it.
        Breakage(name: "no content", old: blocks, new: "blocks: []\n", message: "the document would have no pages"),
        Breakage(name: "uncovered character with --strict", old: "\"{{department.name}}\", style",
                 new: "\"Test \u{0378}\", style", options: ["--strict"], message: "is in no available font"),
        // 8 pixels over 1 mm: 203 pixels per inch, enough for screens, not for print.
        Breakage(name: "low-resolution image with --print --strict", old: "width: 1mm", new: "width: 1mm",
                 options: ["--print", "--strict"], message: "203 pixels per inch where it is placed (1 × 1 mm); 300 are needed"),
    ]

    /// A folder with the layout (as Layouts/t.yaml), a small data folder and the bundled fonts.
    func workspace(layout: String) throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        let long = (1...400).map { "Paragraph \($0) of a clearly synthetic text, long enough to need many pages." }
        let files = [
            "Layouts/t.yaml": layout,
            "Data/department.yaml": "name: {en: Test Department}\n",
            "Data/text/about.md": "Some *text* about the department.\n",
            "Data/text/long.md": long.joined(separator: "\n\n"),
            "Data/metrics/m.csv": "year,cases\n2022,10\n2023,12\n",
        ]
        for (path, content) in files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        try FileManager.default.createDirectory(at: directory.appendingPathComponent("Data/images"),
                                                withIntermediateDirectories: true)
        try FileManager.default.copyItem(at: root.appendingPathComponent("Tests/FolioRenderTests/Fixtures/gradient.jpg"),
                                         to: directory.appendingPathComponent("Data/images/g.jpg"))
        for folder in ["Fonts", "Languages"] {
            try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent(folder),
                                                       withDestinationURL: root.appendingPathComponent(folder))
        }
        return directory
    }

    @Test(arguments: breakages) func checkRejectsWhatBuildRejects(_ breakage: Breakage) throws {
        #expect(Self.layout.contains(breakage.old))
        let directory = try workspace(layout: Self.layout.replacingOccurrences(of: breakage.old, with: breakage.new))
        let check = try run(folio, ["check", "Layouts/t.yaml"] + breakage.options, in: directory)
        let build = try run(folio, ["build", "Layouts/t.yaml"] + breakage.options, in: directory)
        #expect(check.status != 0, "check passed: \(check.stderr)")
        #expect(build.status != 0, "build passed: \(build.stderr)")
        #expect(check.stderr.contains(breakage.message), "\(check.stderr)")
        #expect(build.stderr.contains(breakage.message), "\(build.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out/t.pdf").path))
    }

    @Test func bothAcceptTheGoodLayoutForScreenAndPrint() throws {
        let directory = try workspace(layout: Self.layout)
        for options in [["--strict"], ["--print"]] {
            let check = try run(folio, ["check", "Layouts/t.yaml"] + options, in: directory)
            let build = try run(folio, ["build", "Layouts/t.yaml"] + options, in: directory)
            #expect(check.status == 0, "\(options): \(check.stderr)")
            #expect(build.status == 0, "\(options): \(build.stderr)")
        }
        // For print the image is too coarse: a warning from both, not an error.
        let check = try run(folio, ["check", "Layouts/t.yaml", "--print"], in: directory)
        #expect(check.stderr.contains("300 are needed"), "\(check.stderr)")
    }

    @Test func bothAcceptTheSamples() throws {
        let directory = try TestSupport.workspace()
        let check = try run(folio, ["check"], in: directory)
        #expect(check.status == 0, "\(check.stderr)")
        let build = try run(folio, ["build"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        let written = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("out").path)
        let layouts = try FileManager.default.contentsOfDirectory(atPath: directory.appendingPathComponent("Layouts").path)
        // One PDF per layout and language: the brochure and the staff directory are made in English and Chinese.
        let expected = layouts.filter { $0.hasSuffix(".yaml") }.map { $0.replacingOccurrences(of: ".yaml", with: ".pdf") }
            + ["brochure-zh.pdf", "staff-directory-zh.pdf"]
        #expect(Set(written) == Set(expected), "\(written)")
    }

    @Test func mergeWritesPrintPDFsWithBleedAndCropMarks() throws {
        let directory = try TestSupport.workspace()
        try "id,first_name,last_name,title,organisation,email\nA1,Ada,Lovelace,Dr,Analytical Society (synthetic),ada@example.org\n"
            .write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let merge = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv", "--print",
                                    "--out", "out/{{id}}.pdf"], in: directory)
        #expect(merge.status == 0, "\(merge.stderr)")
        let pdf = directory.appendingPathComponent("out/A1.pdf")
        #expect(try run("qpdf", ["--check", pdf.path]).status == 0)
        // A4 (595.28 × 841.89 pt) plus 3 mm bleed and 9 mm slug on each side: 24 mm = 68.03 pt.
        let info = try run("pdfinfo", [pdf.path]).stdout
        #expect(info.contains("Page size:       663.311 x 909.921 pts"), "\(info)")
        #expect(try run("pdftotext", [pdf.path, "-"]).stdout.contains("Prepared for Ada Lovelace"))
        try expectVisibleCropMarks(pdf, scratch: directory)
    }

    @Test func previewShowsThePrintSheet() throws {
        let directory = try workspace(layout: Self.layout)
        let result = try run(folio, ["preview", "Layouts/t.yaml", "--print", "--resolution", "72"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        let data = try Data(contentsOf: directory.appendingPathComponent("out/preview/t-1.png"))
        // A5 (419.53 × 595.28 pt) plus 24 mm (68.03 pt) each way, at 72 pixels per inch; IHDR width, big-endian.
        let width = data[16..<20].reduce(0) { $0 << 8 | Int($1) }
        #expect(width == 488, "\(width)")
    }
}
