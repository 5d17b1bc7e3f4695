// libFuzzer targets for Folio's readers of untrusted input (issue 16, point 9).
// One program, the target chosen by FUZZ_TARGET: layout, yaml, csv, markdown,
// image, document. Each input either loads or throws a located error; a trap,
// a memory error (AddressSanitizer) or a hang is a finding. Run: `make fuzz`.
@testable import FolioDocument
import FolioImages
import FolioRender
import FolioText
import Foundation

/// The project copy inputs are written into (layouts and documents need its
/// fonts, data and the folders a layout's paths are confined to).
nonisolated(unsafe) private var project: URL?

private func workspace() -> URL {
    if let project { return project }
    let root = URL(fileURLWithPath: ProcessInfo.processInfo.environment["FOLIO_ROOT"] ?? ".")
    let copy = FileManager.default.temporaryDirectory.appendingPathComponent("folio-fuzz-\(getpid())")
    try? FileManager.default.removeItem(at: copy)
    for folder in ["Data", "Layouts", "Fonts"] {
        try? FileManager.default.createDirectory(at: copy, withIntermediateDirectories: true)
        try? FileManager.default.copyItem(at: root.appendingPathComponent(folder), to: copy.appendingPathComponent(folder))
    }
    project = copy
    return copy
}

/// Writes `data` to `path` inside the project copy and returns its URL.
private func place(_ data: Data, at path: String) -> URL {
    let url = workspace().appendingPathComponent(path)
    try? data.write(to: url)
    return url
}

private let target = ProcessInfo.processInfo.environment["FUZZ_TARGET"] ?? "yaml"

/// One builder for every input: fonts loaded once (as a merge shares them).
nonisolated(unsafe) private let builder: DocumentBuilder = {
    guard let fonts = try? FontLibrary(bundledDirectory: workspace().appendingPathComponent("Fonts")) else {
        fatalError("the bundled fonts cannot be loaded; set FOLIO_ROOT to the project")
    }
    return DocumentBuilder(typesetter: Typesetter(fonts: fonts))
}()

@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzOne(_ start: UnsafePointer<UInt8>, _ count: Int) -> CInt {
    let data = Data(bytes: start, count: count)
    let text = String(decoding: data, as: UTF8.self)
    switch target {
    case "layout":
        let url = place(data, at: "Layouts/fuzz.yaml")
        _ = try? builder.load(layout: url, layoutPath: "Layouts/fuzz.yaml")
    case "yaml":
        _ = try? YAMLValue.load(place(data, at: "Data/fuzz.yaml"), displayPath: "Data/fuzz.yaml")
    case "csv":
        if let table = try? CSVTable(text: text, file: "fuzz.csv", requireFullRows: false) {
            for column in table.header.indices { _ = try? table.numbers(column) }
        }
    case "markdown":
        _ = try? MarkdownParser.parse(TextFile.cleaned(text, file: "fuzz.md").text, file: "fuzz.md")
    case "image":
        if let image = try? ImageFile(path: "fuzz", data: data), image.kind == .jpeg {
            _ = try? JPEGImage(data: data, scaleDenominator: 8)
        }
    case "document":
        // The handout with the input as its abstract: Markdown through layout to pages.
        let root = workspace()
        _ = place(data, at: "Data/text/en/about.md")
        _ = try? builder.build(layout: root.appendingPathComponent("Layouts/handout.yaml"),
                                         layoutPath: "Layouts/handout.yaml", data: root.appendingPathComponent("Data"),
                                         dataPath: "Data")
    default:
        fatalError("FUZZ_TARGET must be layout, yaml, csv, markdown, image or document")
    }
    return 0
}
