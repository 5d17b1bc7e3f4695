import FolioCore
import Foundation

/// What a command may not write over: the files and folders it reads.
/// `--out Data/talk.yaml` would otherwise replace a data file with a PDF.
struct OutputPlaces {
    private let folders: [(path: String, name: String)]
    private let files: [String]

    /// - Parameters:
    ///   - source: the data and fonts folders (Layouts/ is always an input).
    ///   - inputs: further files read, e.g. the layouts and the records file.
    init(source: SourceOptions, inputs: [String]) {
        folders = [(source.data, "the data folder"), ("Layouts", "the layouts folder"), (source.fonts, "the fonts folder")]
            .map { (ConfinedPath.resolve($0.0), "\($0.1) \($0.0)/") }
        files = inputs.map(ConfinedPath.resolve)
    }

    /// Why Folio may not write `path`, or nil when it may.
    func refusal(_ path: String) -> String? {
        let resolved = ConfinedPath.resolve(path)
        if files.contains(resolved) { return "\(path) is one of the files this command reads; name another file" }
        for folder in folders where resolved == folder.path || resolved.hasPrefix(folder.path + "/") {
            return "\(path) is inside \(folder.name), which holds what Folio reads; write PDFs elsewhere, e.g. out/"
        }
        return nil
    }
}
