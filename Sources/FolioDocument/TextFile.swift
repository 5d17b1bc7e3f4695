import FolioCore
import Foundation

/// Reads a text file (Markdown, CSV, YAML) honestly: each way it can be wrong
/// gets its own message with the file, the line and the fix, and what cannot
/// be printed is removed with a warning instead of reaching cairo.
enum TextFile {
    /// A file's text and the warnings its cleaning produced.
    struct Contents {
        var text: String
        var warnings: [Diagnostic]
    }

    /// Most combining marks kept on one base character: enough for any
    /// language's stacked diacritics (Vietnamese uses two, Tibetan stacks
    /// a few), far below "Zalgo" text whose dozens of marks HarfBuzz places
    /// as separate clusters and PDF readers extract as spaced-out letters.
    static let combiningMarksPerBase = 8

    /// - Parameter clean: remove control characters and clamp combining marks (with warnings);
    ///   false for YAML, whose parser reports control characters itself.
    static func read(_ url: URL, displayPath: String, clean: Bool = true) throws -> Contents {
        func fail(_ message: String, line: Int? = nil, column: Int? = nil) -> DiagnosticError {
            DiagnosticError(.error(message, at: SourceLocation(file: displayPath, line: line, column: column)))
        }
        var status = stat()
        guard stat(url.path, &status) == 0 else {
            switch errno {
            case ELOOP: throw fail("this path is a loop of symbolic links that never reaches a file; replace the link with the file")
            case ENOENT: throw fail("there is no such file")
            case EACCES: throw fail("permission denied: the file cannot be read by this user")
            default: throw fail("cannot read the file (\(String(cString: strerror(errno))))")
            }
        }
        switch status.st_mode & S_IFMT {
        case S_IFREG: break
        case S_IFDIR: throw fail("this is a folder, where a file is expected")
        case S_IFIFO: throw fail("this is a named pipe (FIFO), not a file; Folio reads only ordinary files")
        default: throw fail("this is a device or socket, not a file; Folio reads only ordinary files")
        }
        let limit = ResourceLimit.textFileMegabytes
        guard Int(status.st_size) <= limit.value * 1_000_000 else {
            throw fail("the file has \(Int(status.st_size) / 1_000_000) MB, more than the limit of \(limit.value) MB "
                + "for one text file; split it, or \(limit.howToRaise)")
        }
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw fail(access(url.path, R_OK) == 0 ? "cannot read the file" : "permission denied: the file cannot be read by this user")
        }
        var bytes = [UInt8](data)
        if bytes.starts(with: [0xEF, 0xBB, 0xBF]) { bytes.removeFirst(3) } // a UTF-8 byte order mark: harmless, dropped
        if bytes.starts(with: [0xFF, 0xFE]) || bytes.starts(with: [0xFE, 0xFF]) {
            throw fail("the file is saved as UTF-16; save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)")
        }
        if let bad = firstInvalidUTF8(bytes) {
            let latin = String(bytes: [bad.byte], encoding: .windowsCP1252).map { " (in Latin-1 or Windows-1252, \"\($0)\")" } ?? ""
            throw fail(String(format: "the file is not UTF-8 text: byte 0x%02X here cannot start or continue a UTF-8 character",
                              bad.byte) + latin + "; save it as UTF-8 (in most editors: Save As… → Encoding: UTF-8)",
                       line: bad.line, column: bad.column)
        }
        let text = String(decoding: bytes, as: UTF8.self)
        return clean ? cleaned(text, file: displayPath) : Contents(text: text, warnings: [])
    }

    /// The first byte that is not part of well-formed UTF-8 (RFC 3629 §4), with its line and column.
    static func firstInvalidUTF8(_ bytes: [UInt8]) -> (byte: UInt8, line: Int, column: Int)? {
        var index = 0, line = 1, column = 1
        while index < bytes.count {
            let lead = bytes[index]
            let length: Int
            switch lead {
            case 0x00...0x7F: length = 1
            case 0xC2...0xDF: length = 2
            case 0xE0...0xEF: length = 3
            case 0xF0...0xF4: length = 4
            default: return (lead, line, column)
            }
            guard index + length <= bytes.count else { return (lead, line, column) }
            // A lead byte whose next bytes do not continue it: Latin-1's é (0xE9) before a letter.
            for offset in 1..<max(length, 1) where !(0x80...0xBF).contains(bytes[index + offset]) {
                return (lead, line, column)
            }
            // Overlong forms and UTF-16 surrogates (RFC 3629's table of well-formed sequences).
            if length > 1 {
                let second = bytes[index + 1]
                if (lead == 0xE0 && second < 0xA0) || (lead == 0xED && second > 0x9F)
                    || (lead == 0xF0 && second < 0x90) || (lead == 0xF4 && second > 0x8F) {
                    return (lead, line, column)
                }
            }
            if lead == 0x0A {
                line += 1
                column = 1
            } else {
                column += 1
            }
            index += length
        }
        return nil
    }

    /// `text` without control characters and non-characters (except tab and
    /// line ends), and with at most `combiningMarksPerBase` marks on a base;
    /// one warning for each kind of removal, at its first place.
    static func cleaned(_ text: String, file: String) -> Contents {
        // Most files have nothing to remove: they are kept as they are, not built again scalar by scalar.
        guard hasRemovable(text) else {
            return Contents(text: text, warnings: BidiControls.warning(in: text, startingAt: SourceLocation(file: file))
                .map { [$0] } ?? [])
        }
        var scalars = String.UnicodeScalarView()
        var line = 1, column = 1, marks = 0
        var controls: (count: Int, first: SourceLocation, scalar: Unicode.Scalar)?
        var clamped: (count: Int, first: SourceLocation)?
        for scalar in text.unicodeScalars {
            defer {
                if scalar == "\n" {
                    line += 1
                    column = 1
                } else {
                    column += 1
                }
            }
            var here: SourceLocation { SourceLocation(file: file, line: line, column: column) }
            if isUnprintable(scalar) {
                if let found = controls { controls = (found.count + 1, found.first, found.scalar) } else { controls = (1, here, scalar) }
                continue
            }
            if isCombiningMark(scalar) {
                marks += 1
                if marks > combiningMarksPerBase {
                    clamped = (count: (clamped?.count ?? 0) + 1, first: clamped?.first ?? here)
                    continue
                }
            } else {
                marks = 0
            }
            scalars.append(scalar)
        }
        var warnings: [Diagnostic] = []
        if let controls {
            warnings.append(.warning(String(format: "removed %d control character%@ (the first is U+%04X), which cannot be printed; "
                + "delete %@ from the file", controls.count, controls.count == 1 ? "" : "s", controls.scalar.value,
                controls.count == 1 ? "it" : "them"), at: controls.first))
        }
        if let clamped {
            warnings.append(.warning("removed \(clamped.count) combining mark\(clamped.count == 1 ? "" : "s") stacked beyond "
                + "\(combiningMarksPerBase) on one letter; such stacks cannot be printed or read back", at: clamped.first))
        }
        if let bidi = BidiControls.warning(in: text, startingAt: SourceLocation(file: file)) { warnings.append(bidi) }
        return Contents(text: String(scalars), warnings: warnings)
    }

    /// Whether `cleaned` removes anything from `text`: an unprintable character
    /// or a mark stacked beyond `combiningMarksPerBase`.
    private static func hasRemovable(_ text: String) -> Bool {
        var marks = 0
        for scalar in text.unicodeScalars {
            if isUnprintable(scalar) { return true }
            if isCombiningMark(scalar) {
                marks += 1
                if marks > combiningMarksPerBase { return true }
            } else {
                marks = 0
            }
        }
        return false
    }

    /// Nonspacing and enclosing marks (none comes before U+0300, so most
    /// characters need no property lookup).
    private static func isCombiningMark(_ scalar: Unicode.Scalar) -> Bool {
        guard scalar.value >= 0x300 else { return false }
        let category = scalar.properties.generalCategory
        return category == .nonspacingMark || category == .enclosingMark
    }

    /// C0 controls other than tab and line ends, DEL, C1 controls and Unicode non-characters.
    static func isUnprintable(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x09, 0x0A, 0x0D: false
        case 0x00...0x1F, 0x7F...0x9F, 0xFDD0...0xFDEF: true
        default: scalar.value & 0xFFFE == 0xFFFE
        }
    }
}
