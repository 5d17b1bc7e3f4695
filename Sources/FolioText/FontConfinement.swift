import FolioCore
import Foundation

extension FontLibrary {
    /// Refuses a font file of the fonts folder that is a symbolic link leading
    /// out of it (issue 16, point 1: paths resolve inside the project's folders,
    /// symbolic links too): a project copied from elsewhere must not read, and
    /// embed in its PDFs, files of the machine it is built on.
    static func checkConfined(_ file: URL, to directory: URL) throws {
        guard !ConfinedPath.isInside(file.path, directory.path) else { return }
        throw FontError(description: "\(file.path) is a symbolic link to \(ConfinedPath.resolve(file.path)), outside "
            + "the fonts folder; Folio reads fonts only from inside it: copy the font file into the folder instead")
    }
}
