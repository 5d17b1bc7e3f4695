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
            profiles field by field), then lays out each layout with the data \
            exactly as `folio build` does (the same passes, --print and --strict), \
            without writing: a layout check accepts is one build accepts. Each \
            problem names its file, line and field. Exits non-zero when there are errors.
            """)

    @Argument(help: "Layout files (default: every Layouts/*.yaml).")
    var layouts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var options: LayoutOptions

    func run() throws {
        output.apply()
        let names = try source.layouts(layouts)
        var errors = 0, warnings = 0, failed = 0
        // A broken data file shows up in the folder check and in every layout that reads it: list it once.
        var seen = Set<String>()
        func report(_ problem: Diagnostic) {
            guard seen.insert(problem.description).inserted else { return }
            Console.report(problem)
            if problem.severity == .error { errors += 1 } else { warnings += 1 }
        }
        DataFolderCheck.problems(in: URL(fileURLWithPath: source.data), displayPath: source.data).forEach(report)
        // Placeholders from `folio init` are warnings: --strict fails while any is left.
        PlaceholderCheck.problems(in: URL(fileURLWithPath: source.data), displayPath: source.data).forEach(report)
        let maker = try DocumentMaker(source: source, options: options, problem: report)
        for name in names {
            // Laid out as for its PDF, into a sink that only counts the pages.
            guard let layouts = maker.loadEveryLanguage(name) else {
                failed += 1
                continue
            }
            for layout in layouts {
                let pages = PageCounter()
                let label = layouts.count > 1 ? "\(name) (\(layout.language))" : name
                guard let met = maker.make(layout, name: label, into: pages) else {
                    failed += 1
                    continue
                }
                Console.print("\(label): fine (\(count(pages.pageCount, "page"))"
                    + (met.isEmpty ? ")" : ", \(count(met.count, "warning")))"))
            }
        }
        let failing = errors > 0 || failed > 0 || (options.strict && warnings > 0)
        let summary = "\(count(errors, "error")), \(count(warnings, "warning")) in \(source.data)/ and "
            + "\(count(names.count, "layout"))"
        if failing { Console.error(summary) } else { Console.print(summary) }
        if failing { throw ExitCode.failure }
    }
}
