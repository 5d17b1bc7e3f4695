import ArgumentParser
import FolioDocument
import FolioRender
import Foundation

/// `folio preview`: pages as PNG images, drawn by cairo like the PDF.
struct Preview: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Draw a layout's pages as PNG images (out/preview/<layout>-<page>.png).",
        discussion: """
            The pages are laid out as `folio build` lays them out (the same passes, \
            --print with its bleed and crop marks, --strict), then drawn by cairo.
            """)

    @Argument(help: "Layout files (default: every Layouts/*.yaml).")
    var layouts: [String] = []

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var options: LayoutOptions

    @Option(help: "Pixels per inch.")
    var resolution: Double = 96

    @Option(help: "Pages to draw, e.g. 1 or 2-4 (default: all).")
    var pages: String?

    @Option(help: "The folder of the images.")
    var outDir = "out/preview"

    func validate() throws {
        guard resolution >= 10, resolution <= 1200 else {
            throw ValidationError("--resolution must be between 10 and 1200 pixels per inch")
        }
        _ = try pageRange()
    }

    private func pageRange() throws -> ClosedRange<Int>? {
        guard let pages else { return nil }
        let parts = pages.split(separator: "-").map { Int($0) }
        guard (1...2).contains(parts.count), let first = parts.first ?? nil, let last = parts.last ?? nil,
              first >= 1, last >= first else {
            throw ValidationError("--pages takes a page or a range, e.g. 1 or 2-4; not \"\(pages)\"")
        }
        return first...last
    }

    func run() throws {
        output.apply()
        let maker = try DocumentMaker(source: source, options: options)
        let renderer = PNGRenderer(resolution: resolution)
        var failed = false
        // Every language of a layout: out/preview/brochure-1.png, out/preview/brochure-zh-1.png.
        var readings: [(String, LoadedLayout)] = []
        for name in try source.layouts(layouts) {
            guard let languages = maker.loadEveryLanguage(name) else {
                failed = true
                continue
            }
            readings += languages.map { (name, $0) }
        }
        for (name, layout) in readings {
            let pages = PageCollector()
            guard maker.make(layout, name: name, into: pages) != nil, let document = pages.document else {
                failed = true
                continue
            }
            let prefix = URL(fileURLWithPath: languageOutput((outDir as NSString).appendingPathComponent(
                URL(fileURLWithPath: name).deletingPathExtension().lastPathComponent), layout: layout))
            guard let files = maker.report(name, {
                try renderer.write(document, prefix: prefix, pages: try pageRange())
            }) else {
                failed = true
                continue
            }
            for file in files { Console.print("wrote \(file.relativePath)") }
        }
        if failed { throw ExitCode.failure }
    }
}
