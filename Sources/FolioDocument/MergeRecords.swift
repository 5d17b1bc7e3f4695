import FolioCore
import Foundation

/// The records of a mail merge, read from a CSV file: one record per row, or
/// the problem that row has. A bad row does not stop the others.
public enum MergeRecords {
    /// - Parameters:
    ///   - url: the CSV file; `displayPath` is how messages name it.
    ///   - fields: the columns every record needs (the layout's sample record's).
    /// - Throws: when the file cannot be read or parsed, or lacks a needed column.
    public static func read(_ url: URL, displayPath: String,
                            fields: [String]) throws -> [Result<MergeRecord, DiagnosticError>] {
        guard let text = try? String(contentsOf: url, encoding: .utf8) else {
            let exists = FileManager.default.fileExists(atPath: url.path)
            throw DiagnosticError(.error(exists ? "it is not readable UTF-8 text" : "there is no such file",
                                         at: SourceLocation(file: displayPath)))
        }
        let table = try CSVTable(text: text, file: displayPath, requireFullRows: false)
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
    /// `pattern` with each `{{field}}` replaced by this record's value, made
    /// safe as a file name (no path separators, no leading dot).
    public func fileName(_ pattern: String) throws -> String {
        var result = ""
        var rest = Substring(pattern)
        while let open = rest.range(of: "{{") {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].range(of: "}}") else {
                throw DiagnosticError(.error("\"{{\" without a closing \"}}\" in the output name \(pattern)"))
            }
            let name = rest[open.upperBound..<close.lowerBound].trimmingCharacters(in: .whitespaces)
            guard let value = fields.first(where: { $0.0 == name })?.1 else {
                throw DiagnosticError(.error("the output name uses {{\(name)}}, which the records do not have; "
                    + "they have: " + fields.map(\.0).joined(separator: ", ")))
            }
            guard !value.isEmpty else {
                throw DiagnosticError(.error("\(name) is empty, and the output name needs it",
                                             at: SourceLocation(file: file, line: line), field: name))
            }
            result += value.map { "/\\\0".contains($0) ? "_" : String($0) }.joined()
            rest = rest[close.upperBound...]
        }
        return result + rest
    }
}
