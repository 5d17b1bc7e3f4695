import ArgumentParser

/// The `folio` command: data files in, print-ready PDFs out.
@main
struct Folio: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "folio",
        abstract: "Typesets a department's data files into print-ready PDFs.",
        version: "0.1.0",
        subcommands: [Build.self]
    )
}
