import FolioCore

/// Bidirectional embedding, override and isolate controls (U+202A–U+202E,
/// U+2066–U+2069) in data text: invisible, they reorder the characters a
/// reader sees, so that the page says something other than the file appears
/// to ("Trojan Source", CVE-2021-42574). Folio sets the direction of Arabic
/// and Hebrew text itself (UAX #9), so data text never needs them: each file
/// that holds them gets a warning at the first (issue 16, point 3).
enum BidiControls {
    static func isControl(_ scalar: Unicode.Scalar) -> Bool {
        (0x202A...0x202E).contains(scalar.value) || (0x2066...0x2069).contains(scalar.value)
    }

    /// A warning at the first control of `text` (which starts at `start`), or nil when it has none.
    static func warning(in text: String, startingAt start: SourceLocation) -> Diagnostic? {
        var line = start.line ?? 1, column = start.column ?? 1
        var first: (SourceLocation, Unicode.Scalar)?
        var count = 0
        for scalar in text.unicodeScalars {
            if isControl(scalar) {
                count += 1
                if first == nil { first = (SourceLocation(file: start.file, line: line, column: column), scalar) }
            }
            if scalar == "\n" {
                line += 1
                column = 1
            } else {
                column += 1
            }
        }
        guard let (location, scalar) = first else { return nil }
        let name = scalar.properties.name ?? "a bidirectional control"
        return .warning(String(format: "%d invisible bidirectional control character%@ (the first is U+%04X %@) "
            + "can make the printed text read differently from the file; delete %@ (Folio sets the direction of "
            + "right-to-left text itself)", count, count == 1 ? "" : "s", scalar.value, name, count == 1 ? "it" : "them"),
            at: location)
    }
}
