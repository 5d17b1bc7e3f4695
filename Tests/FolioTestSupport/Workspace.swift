import Foundation

extension TestSupport {
    /// A copy of the project's layouts and data in a temporary folder, to break
    /// freely; Fonts/ is a symbolic link to the package's.
    public static func workspace() throws -> URL {
        let directory = try temporaryDirectory()
        for folder in ["Layouts", "Data"] {
            try FileManager.default.copyItem(at: packageRoot.appendingPathComponent(folder),
                                             to: directory.appendingPathComponent(folder))
        }
        try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent("Fonts"),
                                                   withDestinationURL: packageRoot.appendingPathComponent("Fonts"))
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
