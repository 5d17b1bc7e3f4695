import FolioCore
import Foundation

extension DataStore {
    /// The file or folder a layout or data file names, which must lie inside the
    /// data folder once `..` and symbolic links are followed: a layout that
    /// names `../../etc/passwd` would otherwise print that file in the document.
    func url(of relative: String, at location: SourceLocation, field: String?) throws -> URL {
        let url = directory.appendingPathComponent(relative)
        guard !relative.hasPrefix("/"), ConfinedPath.isInside(url.path, directory.path) else {
            let folder = displayPath.isEmpty ? "the data folder" : "the data folder \(displayPath)/"
            throw DiagnosticError(.error("\(relative) is outside \(folder) (through \"..\", an absolute path or "
                + "a symbolic link); Folio reads only files inside it, so copy the file there and name it "
                + "relative to it", at: location, field: field))
        }
        return url
    }
}
