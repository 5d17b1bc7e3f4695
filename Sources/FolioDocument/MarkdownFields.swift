import FolioCore

extension DataStore {
    /// A Markdown file's text with its `{{data.fields}}` filled in. Each field is
    /// read on its own, so a bad one is reported at its line and column in the
    /// file with its data path as the field, and every bad one at once.
    func interpolateMarkdown(_ text: String, file: String) throws -> String {
        // Most texts hold no field: they come back as they are, without counting lines.
        guard text.utf8.contains(UInt8(ascii: "{")) else { return text }
        var result = "", problems: [Diagnostic] = []
        var line = 1, column = 1
        func advance(over part: Substring) {
            for character in part {
                if character == "\n" { line += 1; column = 1 } else { column += 1 }
            }
        }
        var rest = Substring(text)
        while let open = rest.firstFieldOpening {
            let before = rest[..<open.lowerBound]
            result += before
            advance(over: before)
            let place = SourceLocation(file: file, line: line, column: column)
            guard let close = rest[open.upperBound...].firstFieldClosing else {
                problems.append(.error("\"{{\" without a closing \"}}\"", at: place))
                result += rest[open.lowerBound...]
                rest = ""
                break
            }
            let written = rest[open.lowerBound..<close.upperBound]
            let path = rest[open.upperBound..<close.lowerBound].fieldPath
            do {
                result += try interpolate(Template(text: String(written), location: place, field: path))
            } catch let error as DiagnosticError {
                problems += error.diagnostics
                result += written
            }
            advance(over: written)
            rest = rest[close.upperBound...]
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return result + rest
    }
}
