import FolioTestSupport
import Foundation
import Testing

/// The five sample documents and their --print variants, built once by the
/// `folio` command and read back with qpdf.
enum ConformanceSamples {
    static let layouts = ["annual-report", "brochure", "brochure-zh", "charts", "handout"]
    static let screen = layouts
    static let print = layouts.map { "\($0) --print" }
    static let all = screen + print

    /// Each sample's PDF as qpdf reads it, or why it could not be built or read.
    static let pdfs: [String: Result<PDFReader, ReaderError>] = {
        let folder: URL
        do { folder = try TestSupport.temporaryDirectory() } catch { return [:] }
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        var pdfs: [String: Result<PDFReader, ReaderError>] = [:]
        for name in all {
            let parts = name.split(separator: " ").map(String.init)
            pdfs[name] = Result {
                let (pdf, build) = try Self.build(parts[0], options: Array(parts.dropFirst()), into: folder,
                                                  named: parts.joined())
                guard build.status == 0 else { throw ReaderError("folio build \(name) failed: \(build.stderr)") }
                return try PDFReader(pdf)
            }.mapError { $0 as? ReaderError ?? ReaderError("\(name): \($0)") }
        }
        return pdfs
    }()

    /// Builds `document` (a layout's name, or `<layout>-<language>` for a
    /// layout's other language) into `folder` as `<named>.pdf`, returning the PDF and the run.
    static func build(_ document: String, options: [String], into folder: URL,
                      named: String) throws -> (URL, ProcessResult) {
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        var layout = document, suffix = ""
        let root = TestSupport.packageRoot
        if !FileManager.default.fileExists(atPath: root.appendingPathComponent("Layouts/\(document).yaml").path),
           let dash = document.lastIndex(of: "-") {
            layout = String(document[..<dash])
            suffix = String(document[dash...])
        }
        let out = folder.appendingPathComponent(named + ".pdf")
        let result = try run(folio, ["build", "Layouts/\(layout).yaml", "--out", out.path, "-q"] + options, in: root)
        return (folder.appendingPathComponent(named + suffix + ".pdf"), result)
    }

    static func pdf(_ name: String) throws -> PDFReader {
        try #require(pdfs[name]).get()
    }

    /// Checks one condition on a sample, one message per failing object.
    static func expect(_ name: String, _ check: (PDFReader) -> [String], sourceLocation: SourceLocation = #_sourceLocation) throws {
        let problems = check(try pdf(name))
        #expect(problems.isEmpty, "\(name): \(problems.prefix(10).joined(separator: "; "))", sourceLocation: sourceLocation)
    }
}

/// PDF/UA-1's machine-checkable conditions on every sample, screen and print.
@Suite struct AccessibilityConformanceTests {
    @Test(arguments: ConformanceSamples.all) func catalogHasLanguageAndIsMarked(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.catalogLanguage)
    }

    @Test(arguments: ConformanceSamples.all) func xmpHasTitleAndPDFUAPart(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.xmpMetadata)
    }

    @Test(arguments: ConformanceSamples.all) func viewerShowsDocumentTitle(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.displayDocTitle)
    }

    @Test(arguments: ConformanceSamples.all) func everyFigureHasAlternativeText(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.figureAlternatives)
    }

    @Test(arguments: ConformanceSamples.all) func everyTableHeaderHasScope(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.headerScopes)
    }

    @Test(arguments: ConformanceSamples.all) func everyLinkIsDescribedAndTabsFollowStructure(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.linkDescriptions)
    }

    @Test(arguments: ConformanceSamples.all) func everyTrueTypeCIDFontHasCIDToGIDMap(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.cidToGIDMaps)
    }

    @Test(arguments: ConformanceSamples.all) func datesHaveTheDPrefixAndTheTrailerHasAnID(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.datesAndID)
    }

    @Test(arguments: ConformanceSamples.all) func nothingIsPaintedOutsideMarkedContent(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.unmarkedPainting)
    }
}

/// PDF/X-4 basics on the --print variants.
@Suite struct PrintConformanceTests {
    @Test(arguments: ConformanceSamples.print) func everyPageHasTrimAndBleedBoxes(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.pageBoxes)
    }

    @Test(arguments: ConformanceSamples.print) func outputIntentEmbedsAnICCOutputProfile(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.outputIntent)
    }

    @Test(arguments: ConformanceSamples.print) func xmpIdentifiesPDFX4(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.pdfxIdentification)
    }

    @Test(arguments: ConformanceSamples.print) func trappedIsFalseInInfoAndXMP(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.trapped)
    }

    @Test(arguments: ConformanceSamples.print) func rgbIsDeviceIndependent(_ name: String) throws {
        try ConformanceSamples.expect(name, PDFConformance.defaultRGB)
    }

    /// The trim box is the finished page: A4 for the report, 3 mm inside the bleed box.
    @Test func reportTrimIsA4AndBleedIsThreeMillimetres() throws {
        let pdf = try ConformanceSamples.pdf("annual-report --print")
        let page = try #require(pdf.dictionary(pdf.pages[0]))
        let trim = pdf.array(page["/TrimBox"]).compactMap { ($0 as? NSNumber)?.doubleValue }
        let bleed = pdf.array(page["/BleedBox"]).compactMap { ($0 as? NSNumber)?.doubleValue }
        #expect(abs((trim[2] - trim[0]) - 595.28) < 0.1 && abs((trim[3] - trim[1]) - 841.89) < 0.1, "trim \(trim)")
        let mm3 = 3 * 72 / 25.4
        #expect(zip(bleed, trim).enumerated().allSatisfy { abs(abs($1.0 - $1.1) - mm3) < 0.01 }, "bleed \(bleed) vs trim \(trim)")
    }
}

/// The same checks on Typst's PDF/UA-1 build of the same report
/// (bench/annual-report.typ): they test the standard, not Folio's own output.
/// Print-only conditions are left out; Typst's screen PDF need not meet them.
@Suite struct TypstReferenceConformanceTests {
    /// Typst's PDF/UA-1 PDF, or nil when the `typst` Python module is missing.
    static let pdf: Result<PDFReader, ReaderError>? = {
        guard (try? run("python3", ["-c", "import typst"]))?.status == 0 else { return nil }
        return Result {
            let output = try TestSupport.temporaryDirectory().appendingPathComponent("typst-ua.pdf")
            let script = """
                import sys, typst
                typst.compile("bench/annual-report.typ", output=sys.argv[1], root=".", font_paths=["Fonts"], pdf_standards=["ua-1"])
                """
            let compile = try run("python3", ["-c", script, output.path], in: TestSupport.packageRoot)
            guard compile.status == 0 else { throw ReaderError("typst failed: \(compile.stderr)") }
            return try PDFReader(output)
        }.mapError { $0 as? ReaderError ?? ReaderError("\($0)") }
    }()

    static var checks: [(String, (PDFReader) -> [String])] { [
        ("catalog /Lang", PDFConformance.catalogLanguage), ("XMP", PDFConformance.xmpMetadata),
        ("DisplayDocTitle", PDFConformance.displayDocTitle), ("Figure /Alt", PDFConformance.figureAlternatives),
        ("TH /Scope", PDFConformance.headerScopes), ("link /Contents", PDFConformance.linkDescriptions),
        ("CIDToGIDMap", PDFConformance.cidToGIDMaps), ("dates and /ID", PDFConformance.datesAndID),
        ("unmarked painting", PDFConformance.unmarkedPainting),
    ] }

    @Test(.enabled(if: pdf != nil, "the typst Python module is not installed (pip install typst)"),
          arguments: checks.map(\.0))
    func typstPDFUAPassesTheSameCheck(_ condition: String) throws {
        let pdf = try #require(Self.pdf).get()
        let check = try #require(Self.checks.first { $0.0 == condition }).1
        let problems = check(pdf)
        #expect(problems.isEmpty, "Typst's PDF/UA-1 report, \(condition): \(problems.prefix(10).joined(separator: "; "))")
    }
}

/// The checks can fail, and the finished output does not change from run to run.
@Suite struct ConformanceCheckTests {
    /// qpdf copies only the pages of a sample: no catalog /Lang, XMP or viewer preferences remain.
    @Test func checksFailOnAPDFWithoutTheCatalogEntries() throws {
        let source = try TestSupport.temporaryDirectory().appendingPathComponent("stripped.pdf")
        let original = try ConformanceSamples.pdf("handout").path
        #expect(try run("qpdf", ["--empty", "--pages", original, "--", source.path]).status == 0)
        let stripped = try PDFReader(source)
        #expect(!PDFConformance.catalogLanguage(stripped).isEmpty)
        #expect(PDFConformance.xmpMetadata(stripped) == ["the catalog has no /Metadata stream"])
        #expect(!PDFConformance.displayDocTitle(stripped).isEmpty)
        #expect(!PDFConformance.outputIntent(stripped).isEmpty)
    }

    @Test func contentScanFindsPaintingOutsideMarkedContent() {
        let loose = Array("q 0 0 1 rg 0 0 10 10 re f Q BT /F1 1 Tf (a) Tj ET".utf8)
        #expect(ContentScan.unmarkedPaintingOperators(in: loose).map { $0.prefix(2) } == ["f ", "Tj"])
        let marked = Array("/Artifact BMC 0 0 10 10 re f EMC /P <</MCID 0>> BDC BT (a \\) Tj) Tj ET EMC".utf8)
        #expect(ContentScan.unmarkedPaintingOperators(in: marked).isEmpty)
    }

    @Test(arguments: ["annual-report", "brochure-zh --print"])
    func finishedPDFIsByteIdenticalRunToRun(_ name: String) throws {
        let folder = try TestSupport.temporaryDirectory()
        let parts = name.split(separator: " ").map(String.init)
        var outputs: [Data] = []
        var first: URL?
        for run_ in 1...2 {
            let (pdf, build) = try ConformanceSamples.build(parts[0], options: Array(parts.dropFirst()), into: folder, named: "\(run_)")
            #expect(build.status == 0, "\(build.stderr)")
            outputs.append(try Data(contentsOf: pdf))
            first = first ?? pdf
        }
        #expect(outputs[0] == outputs[1], "\(name): two builds differ")
        #expect(try run("qpdf", ["--check", try #require(first).path]).status == 0)
    }
}
