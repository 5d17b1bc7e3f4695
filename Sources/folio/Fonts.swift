import ArgumentParser
import FolioCore
import FolioDocument
import Foundation

/// `folio fonts`: which font each style uses, and what no font covers.
struct Fonts: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Show the font each paragraph style resolves to, and the document's characters no font has.")

    @Argument(help: "Layout files (default: every Layouts/*.yaml).")
    var layouts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var options: LayoutOptions

    func run() throws {
        output.apply()
        let maker = try DocumentMaker(source: source, options: options)
        var missing = false
        for name in try source.layouts(layouts) {
            guard let layout = maker.load(name) else {
                missing = true
                continue
            }
            print("\(name)")
            let rows = layout.styleFonts(maker.fonts)
            let width = rows.map(\.style.count).max() ?? 0
            for row in rows {
                let padded = row.style.padding(toLength: width, withPad: " ", startingAt: 0)
                let found = row.resolved.map { "\($0.family) \($0.styleName) (\(Self.shortPath($0.path)))" }
                    ?? "NOT FOUND"
                let fallback = row.fallbacks.isEmpty ? "" : "; fallback \(row.fallbacks.joined(separator: ", "))"
                print("  \(padded)  \(row.requested) → \(found)\(fallback)")
                if row.resolved == nil { missing = true }
            }
            // Characters no font covers show up as warnings of the layout, laid out as for its PDF.
            guard let warnings = maker.make(layout, name: name, into: PageCounter()) else {
                missing = true
                print("  not laid out (see the problems above)")
                continue
            }
            let uncovered = warnings.filter { $0.message.contains("is in no available font") }
            if uncovered.isEmpty {
                print("  every character of the document has a font")
            } else {
                missing = true
                for warning in uncovered { print("  \(warning.description)") }
            }
        }
        if missing { throw ExitCode.failure }
    }

    /// A font file's path relative to the current folder when it lies below it (bundled fonts).
    static func shortPath(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }
}
