import FolioCore
import Foundation

/// The records of a mail merge, read from a CSV file: one record per row, or
/// the problem that row has. A bad row does not stop the others.
public enum MergeRecords {
    /// - Parameters:
    ///   - url: the CSV file; `displayPath` is how messages name it.
    ///   - fields: the columns every record needs (the layout's sample record's).
    ///   - outputFields: the columns the output name uses, checked before any record is built.
    /// - Throws: when the file cannot be read or parsed, or lacks a needed column.
    public static func read(_ url: URL, displayPath: String, fields: [String],
                            outputFields: [String] = []) throws -> [Result<MergeRecord, DiagnosticError>] {
        let text = try TextFile.read(url, displayPath: displayPath).text
        let table = try CSVTable(text: text, file: displayPath, requireFullRows: false)
        let unknown = outputFields.filter { !table.header.contains($0) }
        if !unknown.isEmpty {
            throw DiagnosticError(.error("the output name (--out) uses " + unknown.map { "{{\($0)}}" }.joined(separator: ", ")
                + ", which \(unknown.count == 1 ? "is not a column" : "are not columns") of this file; its columns: "
                + table.header.joined(separator: ", "), at: SourceLocation(file: displayPath, line: 1)))
        }
        let missing = fields.filter { !table.header.contains($0) }
        if !missing.isEmpty {
            throw DiagnosticError(.error("the header lacks the column\(missing.count == 1 ? "" : "s") "
                + missing.joined(separator: ", ") + " that the layout's records have; its columns: "
                + table.header.joined(separator: ", "), at: SourceLocation(file: displayPath, line: 1)))
        }
        return table.rows.map { row in
            if let problem = table.rowProblem(row) { return .failure(DiagnosticError(problem)) }
            return .success(MergeRecord(fields: Array(zip(table.header, row.cells)), file: displayPath, line: row.line))
        }
    }
}

extension MergeRecord {
    /// Longest text one field contributes to a file name, in UTF-8 bytes: with
    /// the pattern's own text a name stays under the 255 bytes most file systems allow.
    static let longestFieldInName = 120

    /// The `{{field}}` names of an output pattern, in order.
    public static func fields(inOutputName pattern: String) throws -> [String] {
        var names: [String] = []
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{") {
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw DiagnosticError(.error("\"{{\" without a closing \"}}\" in the output name \(pattern)"))
            }
            names.append(rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces))
            rest = rest[close.upperBound...]
        }
        return names
    }

    /// `pattern` with each `{{field}}` replaced by this record's value, made
    /// safe as a path: a value never adds a folder (separators and control
    /// characters become `_`), is cut to `longestFieldInName` bytes, and a
    /// path component made from a field never starts with a dot (so `.`, `..`
    /// and hidden names become `_`, `_.`, `_name`). The pattern's own `/`
    /// separate folders as written.
    public func fileName(_ pattern: String) throws -> String {
        try pattern.split(separator: "/", omittingEmptySubsequences: false).map { component in
            let names = try Self.fields(inOutputName: String(component))
            guard !names.isEmpty else { return String(component) }
            var result = ""
            var rest = Substring(component)
            for name in names {
                let open = rest.range(of: "{{")!, close = rest[open.upperBound...].range(of: "}}")!
                result += rest[..<open.lowerBound]
                guard let value = fields.first(where: { $0.0 == name })?.1 else {
                    throw DiagnosticError(.error("the output name uses {{\(name)}}, which the records do not have; "
                        + "they have: " + fields.map(\.0).joined(separator: ", ")))
                }
                guard !value.isEmpty else {
                    throw DiagnosticError(.error("\(name) is empty, and the output name needs it",
                                                 at: SourceLocation(file: file, line: line), field: name))
                }
                result += Self.safeInName(value)
                rest = rest[close.upperBound...]
            }
            result += rest
            if result.isEmpty || result.hasPrefix(".") { result = "_" + result.dropFirst() }
            return result
        }.joined(separator: "/")
    }

    /// A field's value as part of one file name.
    private static func safeInName(_ value: String) -> String {
        var safe = ""
        for character in value {
            let replaced = character.unicodeScalars.contains { $0.value < 0x20 || $0.value == 0x7F || "/\\".unicodeScalars.contains($0) }
                ? "_" : String(character)
            guard safe.utf8.count + replaced.utf8.count <= longestFieldInName else { break }
            safe += replaced
        }
        return safe
    }
}
