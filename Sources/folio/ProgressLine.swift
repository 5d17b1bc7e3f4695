import Foundation

/// A merge's progress as one terminal line that fits the terminal's width:
/// the bar shrinks first (from 30 cells down to 5), then the words are cut,
/// so the line never wraps (a wrapped line is redrawn as a new line each time).
struct ProgressLine {
    var done: Int
    var total: Int
    var perSecond: Double
    var secondsLeft: Double
    var failed: Int

    /// The line for a terminal `columns` wide (one column is left free: a
    /// character in the last column makes some terminals wrap).
    func text(columns: Int) -> String {
        let words = String(format: " %d/%d  %.0f/s  %.0f s left", done, total, perSecond, secondsLeft)
            + (failed > 0 ? "  \(failed) failed" : "")
        let room = max(columns - 1, 1)
        let width = min(30, room - words.count)
        guard width >= 5 else { return String(words.dropFirst().prefix(room)) }
        let filled = total > 0 ? width * min(done, total) / total : width
        return String(repeating: "█", count: filled) + String(repeating: "·", count: width - filled) + words
    }

    /// Columns of the terminal on standard error (TIOCGWINSZ), else COLUMNS, else 80.
    static func terminalColumns() -> Int {
        var size = winsize()
        if ioctl(STDERR_FILENO, UInt(TIOCGWINSZ), &size) == 0, size.ws_col > 0 { return Int(size.ws_col) }
        if let columns = ProcessInfo.processInfo.environment["COLUMNS"].flatMap(Int.init), columns > 0 {
            return columns
        }
        return 80
    }
}
