import ArgumentParser
import FolioDocument
import FolioLayout
import FolioRender
import Foundation

/// `folio build`: layouts and the data folder in, PDFs out.
struct Build: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render layouts with the department's data into PDFs (all of Layouts/ by default).",
        discussion: """
            Problems in the layout or the data are listed together, each with its \
            file, line, column and field. A PDF is written to a temporary file and \
            moved into place only when complete, so a failed build leaves an earlier \
            PDF untouched. The PDF's dates come from SOURCE_DATE_EPOCH (or a fixed \
            value), so the same input gives the same bytes.
            """)

    @Argument(help: "Layout files, e.g. Layouts/handout.yaml (default: every Layouts/*.yaml).")
    var layouts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var options: LayoutOptions

    @Option(help: "The PDF to write, for one layout (default: out/<layout name>.pdf).")
    var out: String?

    @Option(name: .customLong("only-language"), help: ArgumentHelp(
        "Build only this language of each layout (repeatable), e.g. --only-language zh.",
        discussion: "A layout in several languages (languages: [en, zh]) otherwise gives one PDF per language.",
        valueName: "code"))
    var onlyLanguages: [String] = []

    @Flag(help: "Build, then build again whenever a file under Data/, Layouts/ or Fonts/ changes (Ctrl-C stops).")
    var watch = false

    func validate() throws {
        if out != nil, layouts.count != 1 {
            throw ValidationError("--out names one PDF; give exactly one layout with it")
        }
    }

    func run() throws {
        output.apply()
        let names = try source.layouts(layouts)
        let places = OutputPlaces(source: source, inputs: names)
        if let refusal = names.lazy.compactMap({ places.refusal(out ?? defaultOutput(for: $0)) }).first {
            Console.error("error: --out: \(refusal)")
            throw ExitCode.failure
        }
        var failed = try buildAll(names)
        guard watch else {
            if failed > 0 { throw ExitCode.failure }
            return
        }
        var watcher = FolderWatcher(folders: [source.data, "Layouts", source.fonts] + names.map {
            ($0 as NSString).deletingLastPathComponent
        }.filter { !$0.isEmpty })
        Console.print("watching \(source.data)/, Layouts/ and \(source.fonts)/ for changes (Ctrl-C stops)")
        while true {
            let changed = watcher.waitForChange()
            Console.print("changed: \(changed.prefix(3).joined(separator: ", "))\(changed.count > 3 ? ", …" : "")")
            failed = (try? buildAll(names)) ?? names.count
            if failed == 0 { Console.print("all built; watching") }
        }
    }

    /// Builds each layout; returns how many failed.
    private func buildAll(_ names: [String]) throws -> Int {
        var clock = Date()
        /// Milliseconds since the last lap, for --verbose.
        func lap() -> String {
            defer { clock = Date() }
            return String(format: "%.0f ms", Date().timeIntervalSince(clock) * 1000)
        }
        let maker = try DocumentMaker(source: source, options: options)
        Console.print("fonts opened: \(lap())", level: .verbose)
        let date = try ReproducibleDate.current()
        var failed = 0
        for name in names {
            guard let layouts = maker.loadEveryLanguage(name, only: onlyLanguages) else {
                failed += 1
                continue
            }
            for layout in layouts where !build(layout, name: name, maker: maker, date: date, loading: lap(), lap: lap) {
                failed += 1
            }
        }
        return failed
    }

    /// Builds one language of a layout into its PDF; false (problems reported) when it fails.
    private func build(_ layout: LoadedLayout, name: String, maker: DocumentMaker, date: Date, loading: String,
                       lap: () -> String) -> Bool {
        let named = out ?? defaultOutput(for: name, edition: options.largePrint ? "-large-print" : "")
        // --out with one language chosen names that PDF exactly; otherwise each language gets its suffix.
        let path = out != nil && onlyLanguages.count == 1 ? named : languageOutput(named, layout: layout)
        // Pages go to the PDF as they are laid out: a long document is never held whole.
        let writer = PDFWriter(url: URL(fileURLWithPath: path), date: date, printMarks: options.medium.printMarks)
        // With a core to spare the PDF is drawn on a thread of its own while layout goes on.
        let drawing = ProcessInfo.processInfo.activeProcessorCount > 1 ? BackgroundPageSink(writer) : nil
        guard maker.make(layout, name: name, into: drawing ?? writer) != nil,
              maker.report(name, { try writer.commit() }) != nil
        else {
            // Whatever was queued is done before the file is dropped.
            try? drawing?.waitUntilDone()
            writer.discard()
            return false
        }
        Console.print("wrote \(path) (\(count(writer.pageCount, "page")))")
        Console.print("  read \(loading), laid out and rendered \(lap())", level: .verbose)
        return true
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
