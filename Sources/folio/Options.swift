import ArgumentParser
import FolioDocument
import Foundation

/// Where the data, the fonts and the engine's words are, shared by every subcommand.
struct SourceOptions: ParsableArguments {
    @Option(help: "The data folder.")
    var data = "Data"

    @Option(help: "The folder of bundled fonts.")
    var fonts = "Fonts"

    @Option(help: """
        The folder of the words Folio writes itself and of hyphenation exceptions, one folder per \
        language (<code>/engine.yaml, <code>/hyphenation.txt).
        """)
    var languages = "Languages"

    /// The layouts named, or every `*.yaml` in Layouts/ when none is.
    func layouts(_ named: [String]) throws -> [String] {
        guard named.isEmpty else { return named }
        let all = ((try? FileManager.default.contentsOfDirectory(atPath: "Layouts")) ?? [])
            .filter { $0.hasSuffix(".yaml") }.sorted().map { "Layouts/\($0)" }
        guard !all.isEmpty else {
            throw ValidationError("no layout named, and no Layouts/*.yaml here; name one, e.g. folio build Layouts/handout.yaml")
        }
        return all
    }
}

/// How documents are laid out, shared by every subcommand that lays one out
/// (build, check, preview, fonts, merge), so that each sees the same document.
struct LayoutOptions: ParsableArguments {
    @Flag(name: .customLong("print"), help: """
        Print-shop output: 3 mm bleed around each page, backgrounds run into it, crop marks outside it; \
        images need 300 pixels per inch.
        """)
    var forPrint = false

    @Flag(help: "Treat warnings (a character no font has, a word cut between letters) as errors.")
    var strict = false

    @Flag(help: """
        Run the patient-material preflight (type size, contrast, reading level, date, issuer, contact, \
        placeholders) on any layout; layouts with `audience: patients` always get it.
        """)
    var preflight = false

    @Flag(help: """
        The large-print edition: every type size scaled from the body style to 16 pt, reflowed onto A4 \
        portrait pages in one column (out/<name>-large-print.pdf); the preflight uses its thresholds.
        """)
    var largePrint = false

    var medium: Medium { forPrint ? .print : .screen }

    /// When the patient-material preflight runs.
    var preflightRequest: PreflightRequest { PreflightRequest(requested: preflight || largePrint, largePrint: largePrint) }
}

/// How much the command says, shared by every subcommand.
struct OutputOptions: ParsableArguments {
    @Flag(name: .shortAndLong, help: "Print only errors.")
    var quiet = false

    @Flag(name: .shortAndLong, help: "Also print timings and what each step did.")
    var verbose = false

    /// Applies the choice to the console.
    func apply() {
        Console.level = quiet ? .quiet : verbose ? .verbose : .normal
    }
}

/// The name a layout's PDF gets in out/: `Layouts/handout.yaml` → `out/handout.pdf`.
func defaultOutput(for layout: String, extension ext: String = "pdf", edition: String = "") -> String {
    "out/\(URL(fileURLWithPath: layout).deletingPathExtension().lastPathComponent)\(edition).\(ext)"
}

/// The PDF of one language of a layout made in several: `out/brochure.pdf` for
/// the main language, `out/brochure-zh.pdf` for the others.
func languageOutput(_ path: String, layout: LoadedLayout) -> String {
    guard layout.language != layout.languages.first else { return path }
    let url = URL(fileURLWithPath: path)
    let name = "\(url.deletingPathExtension().lastPathComponent)-\(layout.language)"
        + (url.pathExtension.isEmpty ? "" : ".\(url.pathExtension)")
    return (path as NSString).deletingLastPathComponent.isEmpty ? name
        : ((path as NSString).deletingLastPathComponent as NSString).appendingPathComponent(name)
}
