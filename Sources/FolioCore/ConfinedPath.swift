import Foundation

/// Paths as the file system will really follow them, to decide whether a file
/// lies inside a folder: every existing component's symbolic links are
/// resolved (realpath), and `..` is applied to the resolved parent, as the
/// kernel does, not to the text (POSIX.1-2017 §4.13, pathname resolution).
public enum ConfinedPath {
    /// The absolute form of `path` (relative to the working directory): symbolic
    /// links of the parts that exist resolved, `.` and `..` applied, the parts
    /// that do not exist yet appended as written.
    public static func resolve(_ path: String) -> String {
        let absolute = path.hasPrefix("/") ? path : FileManager.default.currentDirectoryPath + "/" + path
        var resolved = "/"
        for part in absolute.split(separator: "/", omittingEmptySubsequences: true) {
            switch part {
            case ".": continue
            case "..": resolved = parent(of: resolved)
            default:
                let candidate = resolved == "/" ? "/\(part)" : "\(resolved)/\(part)"
                resolved = real(candidate) ?? candidate
            }
        }
        return resolved
    }

    /// True when `path` is `folder` or below it, both resolved.
    public static func isInside(_ path: String, _ folder: String) -> Bool {
        let path = resolve(path), folder = resolve(folder)
        return path == folder || path.hasPrefix(folder == "/" ? "/" : folder + "/")
    }

    private static func parent(of path: String) -> String {
        guard let slash = path.lastIndex(of: "/"), slash != path.startIndex else { return "/" }
        return String(path[..<slash])
    }

    private static func real(_ path: String) -> String? {
        guard let pointer = realpath(path, nil) else { return nil }
        defer { free(pointer) }
        return String(cString: pointer)
    }
}
