import ArgumentParser
import FolioCore
import FolioDocument
import FolioLayout
import FolioRender
import FolioText
import Foundation

/// `folio build`: one layout and the data folder in, one PDF out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a layout with the department's data into a PDF.",
        discussion: """
            Problems in the layout or the data are listed together, each with its \
            file, line, column and field. The PDF is written to a temporary file and \
            moved into place only when complete, so a failed build leaves an earlier \
            PDF untouched. The PDF's dates come from SOURCE_DATE_EPOCH (or a fixed \
            value), so the same input gives the same bytes.
            """)

    @Argument(help: "The layout file, e.g. Layouts/handout.yaml.")
    var layout: String

    @Option(help: "The data folder.")
    var data = "Data"

    @Option(help: "The folder of bundled fonts.")
    var fonts = "Fonts"

    @Option(help: "The PDF to write (default: out/<layout name>.pdf).")
    var out: String?

    @Flag(help: "Treat warnings (a character no font has, a word cut between letters) as errors.")
    var strict = false

    @Flag(name: .customLong("print"),
          help: "Print-shop output: 3 mm bleed around each page, backgrounds run into it, crop marks outside it.")
    var printMarks = false

    func run() throws {
        let output = out ?? "out/\(URL(fileURLWithPath: layout).deletingPathExtension().lastPathComponent).pdf"
        do {
            let library = try FontLibrary(bundledDirectory: URL(fileURLWithPath: fonts))
            let builder = DocumentBuilder(typesetter: Typesetter(fonts: library))
            let document = try builder.build(layout: URL(fileURLWithPath: layout), layoutPath: layout,
                                             data: URL(fileURLWithPath: data), dataPath: data, forPrint: printMarks)
            for warning in document.warnings { Console.print(warning.description) }
            if strict, !document.warnings.isEmpty {
                Console.print("\(layout): \(document.warnings.count) warning\(document.warnings.count == 1 ? "" : "s") "
                    + "with --strict; nothing was written")
                throw ExitCode.failure
            }
            var displayList = document.displayList
            if printMarks { displayList.pages = displayList.pages.map(PrintMarks().prepare) }
            try PDFRenderer(date: ReproducibleDate.current()).write(displayList, to: URL(fileURLWithPath: output))
            Console.print("wrote \(output) (\(document.displayList.pages.count) page"
                + (document.displayList.pages.count == 1 ? ")" : "s)"))
        } catch let error as DiagnosticError {
            for diagnostic in error.diagnostics { Console.print(diagnostic.description) }
            Console.print("\(layout): \(error.diagnostics.count) problem\(error.diagnostics.count == 1 ? "" : "s"); "
                + "nothing was written")
            throw ExitCode.failure
        } catch let error as RenderError {
            Console.print("error: \(error.description)")
            throw ExitCode.failure
        } catch let error as FontError {
            Console.print("\(fonts): error: \(error.description)")
            throw ExitCode.failure
        }
    }
}

/// Messages go to standard error; standard output stays free for data.
enum Console {
    static func print(_ line: String) {
        FileHandle.standardError.write(Data((line + "\n").utf8))
    }
}

/// The date stamped into PDFs: SOURCE_DATE_EPOCH when set (the reproducible-builds
/// convention), else a fixed date, never the clock.
enum ReproducibleDate {
    static let fallback = Date(timeIntervalSince1970: 1_767_225_600) // 2026-01-01T00:00:00Z

    static func current() throws -> Date {
        guard let value = ProcessInfo.processInfo.environment["SOURCE_DATE_EPOCH"], !value.isEmpty else {
            return fallback
        }
        guard let seconds = TimeInterval(value), seconds >= 0 else {
            throw ValidationError("SOURCE_DATE_EPOCH must be a number of seconds since 1970, not \"\(value)\"")
        }
        return Date(timeIntervalSince1970: seconds)
    }
}
