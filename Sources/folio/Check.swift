import ArgumentParser
import FolioCore
import FolioDocument
import Foundation

/// `folio check`: every problem in the data folder and the layouts, nothing written.
struct Check: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Check the data folder and layouts without writing anything; list every problem.",
        discussion: """
            Reads every YAML, CSV and Markdown file under the data folder (staff \
            profiles field by field), then lays out each layout with the data. Each \
            problem names its file, line and field. Exits non-zero when there are errors.
            """)

    @Argument(help: "Layout files (default: every Layouts/*.yaml).")
    var layouts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions

    @Flag(help: "Count warnings as errors.")
    var strict = false

    func run() throws {
        output.apply()
        let names = try source.layouts(layouts)
        let maker = try DocumentMaker(source: source)
        var errors = 0, warnings = 0
        // A broken data file shows up in the folder check and in every layout that reads it: list it once.
        var seen = Set<String>()
        func report(_ problems: [Diagnostic]) {
            for problem in problems where seen.insert(problem.description).inserted {
                Console.report(problem)
                if problem.severity == .error { errors += 1 } else { warnings += 1 }
            }
        }
        report(DataFolderCheck.problems(in: URL(fileURLWithPath: source.data), displayPath: source.data))
        for name in names {
            do {
                let layout = try maker.builder.load(layout: URL(fileURLWithPath: name), layoutPath: name)
                let document = try maker.builder.build(layout, data: URL(fileURLWithPath: source.data),
                                                       dataPath: source.data)
                report(document.warnings)
                Console.print("\(name): fine (\(count(document.displayList.pages.count, "page"))"
                    + (document.warnings.isEmpty ? ")" : ", \(count(document.warnings.count, "warning")))"))
            } catch let error as DiagnosticError {
                report(error.diagnostics)
            }
        }
        let failing = errors > 0 || (strict && warnings > 0)
        let summary = "\(count(errors, "error")), \(count(warnings, "warning")) in \(source.data)/ and "
            + "\(count(names.count, "layout"))"
        if failing { Console.error(summary) } else { Console.print(summary) }
        if failing { throw ExitCode.failure }
    }
}
