import ArgumentParser
import FolioCore
import FolioDocument
import FolioRender
import FolioText
import Foundation

/// What every subcommand does first: open the fonts once, then build
/// documents from layouts, reporting each problem with its place. Used from
/// several threads by `merge`: the font library and the typesetter's caches
/// are thread-safe, and each build has its own data store.
struct DocumentMaker: @unchecked Sendable {
    let fonts: FontLibrary
    let builder: DocumentBuilder
    let source: SourceOptions
    /// Data files read once for all the documents this maker builds.
    let files = DataFiles()

    init(source: SourceOptions) throws {
        self.source = source
        do {
            fonts = try FontLibrary(bundledDirectory: URL(fileURLWithPath: source.fonts))
        } catch let error as FontError {
            Console.error("\(source.fonts): error: \(error.description)")
            throw ExitCode.failure
        }
        builder = DocumentBuilder(typesetter: Typesetter(fonts: fonts))
    }

    /// Reads and checks a layout; nil (problems reported) when it has errors.
    func load(_ layout: String) -> LoadedLayout? {
        report(layout) { try builder.load(layout: URL(fileURLWithPath: layout), layoutPath: layout) }
    }

    /// Lays out a document; nil (problems reported) on errors, or on warnings with `strict`.
    func build(_ layout: LoadedLayout, name: String, forPrint: Bool = false, strict: Bool = false,
               record: MergeRecord? = nil) -> BuiltDocument? {
        guard let document = report(name, {
            try builder.build(layout, data: URL(fileURLWithPath: source.data), dataPath: source.data,
                              forPrint: forPrint, record: record, files: files)
        }) else { return nil }
        for warning in document.warnings { Console.report(warning) }
        if strict, !document.warnings.isEmpty {
            Console.error("\(name): \(count(document.warnings.count, "warning")) with --strict; nothing was written")
            return nil
        }
        return document
    }

    /// Runs `body`, printing a DiagnosticError's problems (and a summary) instead of throwing.
    func report<T>(_ name: String, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DiagnosticError {
            for diagnostic in error.diagnostics { Console.report(diagnostic) }
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
