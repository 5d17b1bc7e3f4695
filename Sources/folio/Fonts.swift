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
            guard let readings = maker.loadEveryLanguage(name) else {
                missing = true
                continue
            }
            for layout in readings where !show(layout, name: readings.count > 1 ? "\(name) (\(layout.language))" : name,
                                               maker: maker) {
                missing = true
            }
        }
        if missing { throw ExitCode.failure }
    }

    /// Prints each style's font and the characters no font has, for one language of a
    /// layout; false when a font or a character is missing.
    private func show(_ layout: LoadedLayout, name: String, maker: DocumentMaker) -> Bool {
        var complete = true
        print("\(name)")
        let rows = layout.styleFonts(maker.fonts)
        let width = rows.map(\.style.count).max() ?? 0
        for row in rows {
            let padded = row.style.padding(toLength: width, withPad: " ", startingAt: 0)
            let found = row.resolved.map { "\($0.family) \($0.styleName) (\(Self.shortPath($0.path)))" }
                ?? "NOT FOUND"
            let fallback = row.fallbacks.isEmpty ? "" : "; fallback \(row.fallbacks.joined(separator: ", "))"
            print("  \(padded)  \(row.requested) → \(found)\(fallback)")
            if row.resolved == nil { complete = false }
        }
        // Characters no font covers show up as warnings of the layout, laid out as for its PDF.
        guard let warnings = maker.make(layout, name: name, into: PageCounter()) else {
            print("  not laid out (see the problems above)")
            return false
        }
        let uncovered = warnings.filter { $0.message.contains("is in no available font") }
        if uncovered.isEmpty {
            print("  every character of the document has a font")
        } else {
            for warning in uncovered { print("  \(warning.description)") }
        }
        return complete && uncovered.isEmpty
    }

    /// A font file's path relative to the current folder when it lies below it (bundled fonts).
    static func shortPath(_ path: String) -> String {
        let here = FileManager.default.currentDirectoryPath + "/"
        return path.hasPrefix(here) ? String(path.dropFirst(here.count)) : path
    }
}
