import FolioCore
import Foundation

/// A CSV file (RFC 4180: quoted fields, doubled quotes, CRLF or LF) with a
/// header row, read with every cell's line and column so that each problem
/// names its place. Lines starting with `#` are comments; a comment starting
/// `# illustrative` marks the figures as made-up sample data, and `# decimal: ,`
/// declares a decimal comma. Cells are separated by `,`, `;` or tabs
/// (`CSVDialect` detects which from the header row).
///
/// Hand-written rather than SwiftCSV because that library pads short rows and
/// has no comments, and a missing cell must be an error at its line.
struct CSVTable {
    struct Row {
        var line: Int
        var cells: [String]
    }

    let file: String
    let header: [String]
    let rows: [Row]
    let illustrative: Bool
    /// The separator and decimal mark the file uses.
    let dialect: CSVDialect

    /// - Parameter requireFullRows: a row with a missing or extra cell is an
    ///   error (false: the caller deals with such rows one by one).
    init(text: String, file: String, requireFullRows: Bool = true) throws {
        self.file = file
        var records: [Row] = []
        var problems: [Diagnostic] = []
        var illustrative = false
        var line = 1
        var cells: [String] = [], cell = "", quoted = false, startLine = 1, atCellStart = true
        var dialect = CSVDialect()
        dialect.separator = CSVDialect.detectSeparator(in: text.split(separator: "\n", maxSplits: 50))
        let separator = dialect.separator
        var characters = Array(text.replacingOccurrences(of: "\r\n", with: "\n"))
        if characters.last != "\n" { characters.append("\n") }
        var index = 0
        while index < characters.count {
            let character = characters[index]
            if quoted {
                if character == "\"" {
                    if index + 1 < characters.count, characters[index + 1] == "\"" {
                        cell.append("\"")
                        index += 1
                    } else {
                        quoted = false
                    }
                } else {
                    if character == "\n" { line += 1 }
                    cell.append(character)
                }
            } else if character == "#" && atCellStart && cells.isEmpty {
                // A comment line.
                var comment = ""
                while index < characters.count, characters[index] != "\n" {
                    comment.append(characters[index])
                    index += 1
                }
                if comment.lowercased().hasPrefix("# illustrative") { illustrative = true }
                if CSVDialect.saysDecimalComma(comment) { dialect.decimalComma = true }
                line += 1
                startLine = line
            } else if character == "\"" && atCellStart {
                quoted = true
                atCellStart = false
            } else if character == separator {
                cells.append(cell)
                cell = ""
                atCellStart = true
            } else if character == "\n" {
                cells.append(cell)
                if !(cells.count == 1 && cells[0].trimmingCharacters(in: .whitespaces).isEmpty) {
                    records.append(Row(line: startLine, cells: cells.map { $0.trimmingCharacters(in: .whitespaces) }))
                }
                cells = []
                cell = ""
                atCellStart = true
                line += 1
                startLine = line
            } else {
                cell.append(character)
                atCellStart = false
            }
            index += 1
        }
        if quoted {
            problems.append(.error("a quoted field is never closed", at: SourceLocation(file: file, line: startLine)))
        }
        guard let first = records.first else {
            throw DiagnosticError(.error("the file has no header row", at: SourceLocation(file: file)))
        }
        header = first.cells
        rows = Array(records.dropFirst())
        self.illustrative = illustrative
        self.dialect = dialect
        let maximum = ResourceLimit.csvRows.value
        if rows.count > maximum {
            problems.append(.error("the file has \(rows.count) rows, more than the limit of \(maximum); "
                + ResourceLimit.csvRows.howToRaise, at: SourceLocation(file: file)))
        }
        if requireFullRows {
            problems += rows.compactMap(rowProblem)
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
    }

    /// The error for a row whose cells do not match the header's, or nil.
    func rowProblem(_ row: Row) -> Diagnostic? {
        guard row.cells.count != header.count else { return nil }
        let separated = dialect.separator == "," ? "" : ", separated by \(CSVDialect.name(of: dialect.separator))"
        return .error("this row has \(row.cells.count) cells; the header has \(header.count) "
            + "(\(header.joined(separator: ", "))\(separated))", at: SourceLocation(file: file, line: row.line))
    }

    /// The index of column `name`; an error at `location` (where the layout names it) lists the columns.
    func column(_ name: String, at location: SourceLocation, field: String) throws -> Int {
        if let index = header.firstIndex(of: name) { return index }
        let separated = header.count == 1 ? " (read with the \(CSVDialect.name(of: dialect.separator)) as the separator)" : ""
        throw DiagnosticError(.error("\(file) has no column \"\(name)\"" + DidYouMean.suggestion(for: name, among: header)
            + "; its columns: \(header.joined(separator: ", "))" + separated, at: location, field: field))
    }

    /// The text of a column, in row order.
    func texts(_ column: Int) -> [String] {
        rows.map { column < $0.cells.count ? $0.cells[column] : "" }
    }

    /// A column's numbers: every cell a finite number within ±1e15, read as the
    /// file's `dialect` says (an empty cell, NaN or infinity is an error).
    func numbers(_ column: Int) throws -> [Double] {
        var problems: [Diagnostic] = []
        let values = rows.map { row -> Double in
            let text = column < row.cells.count ? row.cells[column] : ""
            switch dialect.number(text) {
            case let .success(value): return value
            case let .failure(problem):
                problems.append(.error("column \(column + 1): \(problem.message(text))",
                                       at: SourceLocation(file: file, line: row.line), field: header[column]))
                return 0
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return values
    }
}
