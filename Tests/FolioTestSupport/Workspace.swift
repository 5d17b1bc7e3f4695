import Foundation

extension TestSupport {
    /// A copy of the project's layouts and data in a temporary folder, to break
    /// freely; Fonts/ and Languages/ are symbolic links to the package's (only read).
    public static func workspace() throws -> URL {
        let directory = try temporaryDirectory()
        for folder in ["Layouts", "Data"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(folder),
                                             to: directory.appendingPathComponent(folder))
        }
        for folder in ["Fonts", "Languages"] {
            try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent(folder),
                                                       withDestinationURL: packageRoot.appendingPathComponent(folder))
        }
        return directory
    }

    /// A workspace whose staff member (Data/staff/hongjing-jiang.yaml) has `photo`, a fixture of
    /// FolioRenderTests (e.g. `cmyk/cmyk-plain.jpg`), as his photo.
    public static func workspace(staffPhoto photo: String) throws -> URL {
        let directory = try workspace()
        let photos = directory.appendingPathComponent("Data/staff/photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        let source = packageRoot.appendingPathComponent("Tests/FolioRenderTests/Fixtures/\(photo)")
        try FileManager.default.copyItem(at: source, to: photos.appendingPathComponent("photo" + "." + source.pathExtension))
        try edit(directory.appendingPathComponent("Data/staff/hongjing-jiang.yaml"), "rank: director",
                 "photo: staff/photos/photo.\(source.pathExtension)\nrank: director")
        return directory
    }

    /// Replaces `old` with `new` in a text file; throws when the file lacks `old`,
    /// so that a test never passes by editing nothing.
    public static func edit(_ file: URL, _ old: String, _ new: String) throws {
        let text = try String(contentsOf: file, encoding: .utf8)
        guard text.contains(old) else { throw WorkspaceError("\(file.lastPathComponent) lacks \(old)") }
        try text.replacingOccurrences(of: old, with: new).write(to: file, atomically: true, encoding: .utf8)
    }
}

/// A workspace edit that could not be made.
public struct WorkspaceError: Error, CustomStringConvertible {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }
}
