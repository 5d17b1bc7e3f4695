import ArgumentParser
import FolioCore
import FolioDocument
import FolioLayout
import FolioPreflight
import FolioRender
import FolioText
import Foundation

/// What every subcommand does first: open the fonts once, then lay documents
/// out from layouts through their layout session, with the command's --print
/// and --strict, reporting each problem with its place. Used from several
/// threads by `merge`: the font library and the typesetter's caches are
/// thread-safe, and each build has its own data store.
struct DocumentMaker: @unchecked Sendable {
    let fonts: FontLibrary
    let builder: DocumentBuilder
    let source: SourceOptions
    let options: LayoutOptions
    /// Data files read once for all the documents this maker builds.
    let files = DataFiles()
    /// Where problems go (the console; `check` also counts them and lists each once).
    let problem: (Diagnostic) -> Void

    init(source: SourceOptions, options: LayoutOptions, problem: @escaping (Diagnostic) -> Void = Console.report) throws {
        self.source = source
        self.options = options
        self.problem = problem
        do {
            fonts = try FontLibrary(bundledDirectory: URL(fileURLWithPath: source.fonts))
        } catch let error as FontError {
            Console.error("\(source.fonts): error: \(error.description)")
            throw ExitCode.failure
        }
        let languages = URL(fileURLWithPath: source.languages)
        let exceptions = HyphenationExceptionLibrary(folder: languages, displayFolder: source.languages)
        builder = DocumentBuilder(typesetter: Typesetter(fonts: fonts, hyphenationExceptions: exceptions),
                                  strings: EngineStringsLibrary(folder: languages, displayFolder: source.languages))
    }

    /// Reads and checks a layout; nil (problems reported) when it has errors.
    func load(_ layout: String) -> LoadedLayout? {
        report(layout) {
            let loaded = try builder.load(layout: URL(fileURLWithPath: layout), layoutPath: layout)
            return options.largePrint ? loaded.largePrint : loaded
        }
    }

    /// The layout read for each of its languages (`languages: [en, zh]`), the main one first;
    /// only those in `only` when it is not empty.
    func loadEveryLanguage(_ layout: String, only: [String] = []) -> [LoadedLayout]? {
        report(layout) {
            let loaded = try builder.loadEveryLanguage(layout: URL(fileURLWithPath: layout), layoutPath: layout,
                                                       only: only)
            return options.largePrint ? loaded.map(\.largePrint) : loaded
        }
    }

    /// Lays a document out into `sink` and finishes it there; its warnings
    /// (reported), or nil (problems reported) on errors, or on warnings with --strict.
    /// - Parameters:
    ///   - record: a mail-merge record (the layout's sample when nil).
    ///   - reuse: blocks bound for earlier records of `layout` (a mail merge).
    func make(_ layout: LoadedLayout, name: String, into sink: PageSink, record: MergeRecord? = nil,
              reuse: BoundBlockCache? = nil) -> [Diagnostic]? {
        guard let (warnings, figures) = report(name, { () throws -> ([Diagnostic], PreflightFigures?) in
            let session = try builder.session(layout, data: URL(fileURLWithPath: source.data), dataPath: source.data,
                                              medium: options.medium, record: record, files: files,
                                              preflight: options.preflightRequest, reuse: reuse)
            return (try session.runChecked(into: sink), session.preflight?.figures)
        }) else { return nil }
        warnings.forEach(problem)
        if let figures { Console.print("\(name): measured \(figures.summary)", level: .verbose) }
        if options.strict, !warnings.isEmpty {
            Console.error("\(name): \(count(warnings.count, "warning")) with --strict; nothing was written")
            return nil
        }
        return warnings
    }

    /// Runs `body`, reporting a DiagnosticError's problems (and a summary) instead of throwing.
    func report<T>(_ name: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DiagnosticError {
            error.diagnostics.forEach(problem)
            Console.error("\(name): \(count(error.diagnostics.count, "problem")); nothing was written")
        } catch let error as RenderError {
            Console.error("\(name): error: \(error.description)")
        } catch {
            Console.error("\(name): error: \(error)")
        }
        return nil
    }
}

/// "1 problem", "3 problems".
func count(_ number: Int, _ noun: String) -> String {
    "\(number) \(noun)\(number == 1 ? "" : "s")"
}
