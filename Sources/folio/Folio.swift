import ArgumentParser
import Foundation

/// The `folio` command: data files in, print-ready PDFs out.
@main
struct Folio: ParsableCommand {
    /// Folio's version, printed by `folio --version`.
    static let version = "0.2.0"

    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Typesets a department's data files into print-ready PDFs.",
        discussion: """
            Start with `folio build` (every layout in Layouts/ into out/). `folio check` \
            finds every problem in the data and layouts without writing anything, \
            `folio preview` draws pages as PNG, `folio fonts` shows which font each style \
            uses, and `folio merge` makes one PDF per row of a CSV file.
            """,
        version: version,
        subcommands: [Init.self, Build.self, Check.self, Preview.self, Fonts.self, Merge.self]
    )

    /// Interrupts are handled before any command runs, so no temporary file outlives the process.
    static func main() {
        Interrupts.install()
        main(nil)
    }
}
