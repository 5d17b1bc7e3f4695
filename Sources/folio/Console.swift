import FolioCore
import Foundation

/// Messages go to standard error, so standard output stays free for data.
/// Colour only when standard error is a terminal and NO_COLOR is unset.
enum Console {
    enum Level: Int, Comparable {
        case quiet, normal, verbose

        static func < (lhs: Level, rhs: Level) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    nonisolated(unsafe) static var level = Level.normal
    private static let lock = NSLock()

    static let isTerminal = isatty(STDERR_FILENO) == 1
    static let colored = isTerminal && ProcessInfo.processInfo.environment["NO_COLOR"] == nil

    /// A line at `level` (normal: progress and results; errors use `error`).
    static func print(_ line: String, level: Level = .normal) {
        guard level <= self.level else { return }
        write(line + "\n")
    }

    /// Always printed, even with --quiet.
    static func error(_ line: String) {
        write(line + "\n")
    }

    /// A diagnostic, its severity coloured on a terminal; warnings are hidden by --quiet.
    static func report(_ diagnostic: Diagnostic) {
        let text = diagnostic.description
        switch diagnostic.severity {
        case .error: error(paint(text, "error:", code: "1;31"))
        case .warning: print(paint(text, "warning:", code: "1;33"))
        }
    }

    static func paint(_ text: String, _ word: String, code: String) -> String {
        guard colored else { return text }
        return text.replacingOccurrences(of: word, with: "\u{1B}[\(code)m\(word)\u{1B}[0m")
    }

    /// Raw text without a newline.
    static func write(_ text: String) {
        lock.lock()
        defer { lock.unlock() }
        emit(text)
    }

    /// The line kept at the bottom of a terminal (a merge's progress bar), or nil.
    nonisolated(unsafe) private static var status: String?

    /// Shows `line` in place of the status line (on a terminal; nil takes it
    /// away). Messages written while it shows go above it, each on its own
    /// line, and it is drawn again below them.
    static func setStatus(_ line: String?) {
        lock.lock()
        defer { lock.unlock() }
        guard isTerminal else { return }
        // \r and "erase to end of line" (ECMA-48 EL): the old bar leaves no tail.
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + (line ?? "")).utf8))
        status = line
    }

    /// Leaves the status line on screen as an ordinary line; what follows starts below it.
    static func keepStatus() {
        lock.lock()
        defer { lock.unlock() }
        guard status != nil else { return }
        status = nil
        FileHandle.standardError.write(Data("\n".utf8))
    }

    /// Writes `text`, moving a status line below it.
    private static func emit(_ text: String) {
        guard let status, isTerminal else {
            FileHandle.standardError.write(Data(text.utf8))
            return
        }
        FileHandle.standardError.write(Data(("\r\u{1B}[K" + text + (text.hasSuffix("\n") ? "" : "\n") + status).utf8))
    }
}
