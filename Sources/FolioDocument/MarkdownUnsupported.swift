import CCmark
import FolioCore
import Foundation

/// Markdown that Folio's text does not print, found so that it is reported
/// with its line instead of vanishing: inline images (only their description
/// would remain), footnotes (a definition `[^1]: …` would be read as a link
/// reference and disappear; cmark-gfm's footnote option makes it a node to
/// report), and GitHub tables (printed as rows of pipes, since the table
/// extension is not on). Block kinds other than these are reported by
/// `MarkdownParser` itself.
enum MarkdownUnsupported {
    /// The problems of `document`, parsed from `text` with `CMARK_OPT_FOOTNOTES`.
    static func problems(in document: OpaquePointer, text: String, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        guard let iterator = cmark_iter_new(document) else { return problems }
        defer { cmark_iter_free(iterator) }
        while case let event = cmark_iter_next(iterator), event != CMARK_EVENT_DONE {
            guard event == CMARK_EVENT_ENTER, let node = cmark_iter_get_node(iterator) else { continue }
            let at = SourceLocation(file: file, line: Int(cmark_node_get_start_line(node)),
                                    column: Int(cmark_node_get_start_column(node)))
            switch cmark_node_get_type(node) {
            case CMARK_NODE_IMAGE:
                problems.append(.error("a Markdown image is not printed in text; place it with a figure block "
                    + "in the layout, or write a link", at: at))
            case CMARK_NODE_FOOTNOTE_REFERENCE:
                problems.append(.error("Markdown footnotes are not supported; write the note in the text, "
                    + "in brackets or as a sentence of its own", at: at))
            default:
                break
            }
        }
        return problems + tables(in: text, file: file)
    }

    /// GitHub tables: a row of cells with pipes followed by a delimiter row
    /// (`|---|:--:|`), as GitHub Flavored Markdown defines them (section 4.10).
    static func tables(in text: String, file: String) -> [Diagnostic] {
        // Without a pipe there is no table (most texts): no lines to split and trim.
        guard text.utf8.contains(UInt8(ascii: "|")) else { return [] }
        let lines = text.split(separator: "\n", omittingEmptySubsequences: false)
        var problems: [Diagnostic] = []
        for index in lines.indices.dropFirst() where isDelimiterRow(lines[index]) && lines[index - 1].contains("|") {
            problems.append(.error("Markdown tables are not supported in text; use a table block in the layout "
                + "with the rows in a CSV file", at: SourceLocation(file: file, line: index)))
        }
        return problems
    }

    private static func isDelimiterRow(_ line: Substring) -> Bool {
        // A row without both bytes has neither character either; only then is Foundation's trimming needed.
        guard line.utf8.contains(UInt8(ascii: "|")), line.utf8.contains(UInt8(ascii: "-")) else { return false }
        let trimmed = line.trimmingCharacters(in: .whitespaces)
        guard trimmed.contains("|"), trimmed.contains("-") else { return false }
        return trimmed.allSatisfy { "|-: \t".contains($0) }
    }
}
