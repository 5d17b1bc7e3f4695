import FolioCore
import Foundation

/// How a CSV file writes its cells: the separator, found from the header row,
/// and the decimal mark, given by the file.
///
/// Spreadsheet programs in much of Europe and China save CSV with `;` between
/// cells and a decimal comma (`312,5`). The separator is detected (`,`, `;` or
/// tab: whichever the header row has most of outside quotes). The decimal mark
/// is never guessed: it is `.` unless the file says `# decimal: ,` in a comment
/// line before the header; a number written the other way is an error at its
/// line, so that `312,5` can never be read as 3,125.
struct CSVDialect: Equatable {
    var separator: Character = ","
    var decimalComma = false

    static let separators: [Character] = [",", ";", "\t"]

    /// The name of a separator in messages.
    static func name(of separator: Character) -> String {
        switch separator {
        case "\t": "tab"
        case ";": "semicolon (;)"
        default: "comma (,)"
        }
    }

    /// The separator the first line that is not a comment uses most, outside quotes.
    static func detectSeparator(in lines: [Substring]) -> Character {
        guard let header = lines.first(where: { !$0.hasPrefix("#") && !$0.trimmingCharacters(in: .whitespaces).isEmpty })
        else { return "," }
        var counts: [Character: Int] = [:]
        var quoted = false
        for character in header {
            if character == "\"" { quoted.toggle() }
            if !quoted, separators.contains(character) { counts[character, default: 0] += 1 }
        }
        return separators.max { counts[$0, default: 0] < counts[$1, default: 0] }.flatMap {
            counts[$0, default: 0] > 0 ? $0 : nil
        } ?? ","
    }

    /// True for the comment `# decimal: ,` (spaces optional).
    static func saysDecimalComma(_ comment: String) -> Bool {
        let compact = comment.lowercased().filter { !$0.isWhitespace }
        return compact == "#decimal:," || compact == "#decimal:\",\""
    }

    /// A cell's number, or why it is not one. Grouping of thousands is allowed
    /// only as exact groups of three digits (`1,234,567` or `1.234.567` with a
    /// decimal comma), and `_` or a space may group too.
    func number(_ text: String) -> Result<Double, CSVNumberProblem> {
        let decimal: Character = decimalComma ? "," : "."
        let grouping: Character = decimalComma ? "." : ","
        var digits = text.filter { $0 != "_" && $0 != " " && $0 != "\u{00A0}" }
        if digits.contains(grouping) {
            let whole = digits.split(separator: decimal, maxSplits: 1, omittingEmptySubsequences: false)[0]
            let groups = whole.drop { $0 == "-" || $0 == "+" }.split(separator: grouping, omittingEmptySubsequences: false)
            let grouped = groups.count > 1 && (1...3).contains(groups[0].count) && groups.dropFirst().allSatisfy { $0.count == 3 }
            guard grouped else { return .failure(decimalComma ? .notANumber : .decimalComma) }
            digits.removeAll { $0 == grouping }
        }
        if decimalComma { digits = digits.replacingOccurrences(of: ",", with: ".") }
        guard let value = Double(digits) else { return .failure(.notANumber) }
        guard value.isFinite else { return .failure(.notFinite) }
        guard abs(value) <= Limits.largestNumber else { return .failure(.tooLarge) }
        return .success(value)
    }
}

/// Why a CSV cell is not a number the chart can use.
enum CSVNumberProblem: Error {
    case notANumber, notFinite, tooLarge, decimalComma

    func message(_ text: String) -> String {
        switch self {
        case .notANumber: "\"\(text)\" is not a number"
        case .notFinite: "\"\(text)\" is not a finite number"
        case .tooLarge: "\"\(text)\" is outside -1e15 to 1e15, the range of numbers Folio charts"
        case .decimalComma:
            "\"\(text)\" has a decimal comma, which this file does not declare; write it with a point "
                + "(\(text.replacingOccurrences(of: ",", with: "."))) or add the line `# decimal: ,` above the header"
        }
    }
}
