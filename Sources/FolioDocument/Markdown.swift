import CCmark
import FolioCore
import Foundation

/// Inline text of a Markdown block with the markup that styles it.
struct MarkdownSpan: Equatable {
    var text: String
    var emphasis = false
    var strong = false
    var code = false
    var link: String?
}

/// A block of Markdown prose Folio can set.
enum MarkdownBlock: Equatable {
    case paragraph([MarkdownSpan], line: Int)
    case heading(level: Int, [MarkdownSpan], line: Int)
    /// A paragraph of a list item at nesting `level` (1 for a top-level list);
    /// the item's first paragraph carries its marker ("•", "1.").
    case listItem(marker: String?, level: Int, [MarkdownSpan], line: Int)
    /// A paragraph of a block quotation.
    case quote([MarkdownSpan], line: Int)
}

/// Parses Markdown (CommonMark, through cmark-gfm) into paragraphs and headings
/// with inline emphasis, strong text, code and links. Smart punctuation is on:
/// straight quotes become curly, `--` an en dash, `---` an em dash.
enum MarkdownParser {
    static func parse(_ text: String, file: String) throws -> [MarkdownBlock] {
        let utf8 = Array(text.utf8)
        guard let document = cmark_parse_document(utf8.map { CChar(bitPattern: $0) }, utf8.count,
                                                  CMARK_OPT_DEFAULT | CMARK_OPT_SMART | CMARK_OPT_FOOTNOTES) else {
            throw DiagnosticError(.error("the Markdown could not be parsed", at: SourceLocation(file: file)))
        }
        defer { cmark_node_free(document) }
        var blocks: [MarkdownBlock] = []
        var problems: [Diagnostic] = []
        collectBlocks(document, level: 0, file: file, into: &blocks, problems: &problems)
        problems += MarkdownUnsupported.problems(in: document, text: text, file: file)
        problems += LinkTargets.problems(in: blocks, file: file)
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return blocks
    }

    /// Paragraphs and headings of `parent`, and the items of its lists, in order.
    private static func collectBlocks(_ parent: OpaquePointer, level: Int, file: String,
                                      into blocks: inout [MarkdownBlock], problems: inout [Diagnostic]) {
        var node = cmark_node_first_child(parent)
        while let block = node {
            let line = Int(cmark_node_get_start_line(block))
            switch cmark_node_get_type(block) {
            case CMARK_NODE_PARAGRAPH where level > 0:
                blocks.append(.listItem(marker: nil, level: level, spans(of: block), line: line))
            case CMARK_NODE_PARAGRAPH:
                blocks.append(.paragraph(spans(of: block), line: line))
            case CMARK_NODE_HEADING where level == 0:
                blocks.append(.heading(level: Int(cmark_node_get_heading_level(block)), spans(of: block), line: line))
            case CMARK_NODE_LIST:
                collectList(block, level: level + 1, file: file, into: &blocks, problems: &problems)
            case CMARK_NODE_BLOCK_QUOTE where level == 0:
                var quoted: [MarkdownBlock] = []
                collectBlocks(block, level: 0, file: file, into: &quoted, problems: &problems)
                blocks += quoted.map { block in
                    switch block {
                    case let .paragraph(spans, line), let .heading(_, spans, line), let .listItem(_, _, spans, line),
                         let .quote(spans, line):
                        return .quote(spans, line: line)
                    }
                }
            case CMARK_NODE_FOOTNOTE_DEFINITION:
                problems.append(.error("this Markdown footnote's text would not be printed; write the note in the text",
                                       at: SourceLocation(file: file, line: line)))
            case CMARK_NODE_HTML_BLOCK where isComment(block):
                break // an editor's note, e.g. <!-- draft: to be confirmed -->
            default:
                let kind = String(cString: cmark_node_get_type_string(block)).replacingOccurrences(of: "_", with: " ")
                problems.append(.error("Markdown \(kind) is not supported yet\(level > 0 ? " inside a list" : ""); "
                    + "use paragraphs, # headings, lists and > quotes", at: SourceLocation(file: file, line: line)))
            }
            node = cmark_node_next(block)
        }
    }

    /// True for an HTML block that is only a comment.
    private static func isComment(_ block: OpaquePointer) -> Bool {
        guard let literal = cmark_node_get_literal(block) else { return false }
        let html = String(cString: literal).trimmingCharacters(in: .whitespacesAndNewlines)
        return html.hasPrefix("<!--") && html.hasSuffix("-->")
    }

    /// The items of a list: each item's first paragraph gets the bullet or number.
    private static func collectList(_ list: OpaquePointer, level: Int, file: String,
                                    into blocks: inout [MarkdownBlock], problems: inout [Diagnostic]) {
        let ordered = cmark_node_get_list_type(list) == CMARK_ORDERED_LIST
        let delimiter = cmark_node_get_list_delim(list) == CMARK_PAREN_DELIM ? ")" : "."
        var number = Int(cmark_node_get_list_start(list))
        var item = cmark_node_first_child(list)
        while let current = item {
            let first = blocks.count
            collectBlocks(current, level: level, file: file, into: &blocks, problems: &problems)
            if first < blocks.count, case let .listItem(_, itemLevel, spans, line) = blocks[first] {
                let bullet = ["•", "–", "◦"][(level - 1) % 3]
                blocks[first] = .listItem(marker: ordered ? "\(number)\(delimiter)" : bullet, level: itemLevel,
                                          spans, line: line)
            }
            number += 1
            item = cmark_node_next(current)
        }
    }

    /// The inline content of `node`, flattened into styled spans.
    private static func spans(of node: OpaquePointer) -> [MarkdownSpan] {
        var result: [MarkdownSpan] = []
        collect(node, style: MarkdownSpan(text: ""), into: &result)
        return result
    }

    private static func collect(_ parent: OpaquePointer, style: MarkdownSpan, into result: inout [MarkdownSpan]) {
        var child = cmark_node_first_child(parent)
        while let node = child {
            var span = style
            switch cmark_node_get_type(node) {
            case CMARK_NODE_TEXT, CMARK_NODE_HTML_INLINE:
                span.text = literal(node)
                append(span, to: &result)
            case CMARK_NODE_CODE:
                span.text = literal(node)
                span.code = true
                append(span, to: &result)
            case CMARK_NODE_SOFTBREAK:
                span.text = " "
                append(span, to: &result)
            case CMARK_NODE_LINEBREAK:
                span.text = "\u{2028}"
                append(span, to: &result)
            case CMARK_NODE_EMPH:
                span.emphasis = true
                collect(node, style: span, into: &result)
            case CMARK_NODE_STRONG:
                span.strong = true
                collect(node, style: span, into: &result)
            case CMARK_NODE_LINK:
                span.link = cmark_node_get_url(node).map { String(cString: $0) }
                collect(node, style: span, into: &result)
            default:
                collect(node, style: span, into: &result)
            }
            child = cmark_node_next(node)
        }
    }

    private static func literal(_ node: OpaquePointer) -> String {
        cmark_node_get_literal(node).map { String(cString: $0) } ?? ""
    }

    /// Adds `span`, joining it to the previous one when the styling is the same.
    private static func append(_ span: MarkdownSpan, to result: inout [MarkdownSpan]) {
        if var last = result.last, last.emphasis == span.emphasis, last.strong == span.strong,
           last.code == span.code, last.link == span.link {
            last.text += span.text
            result[result.count - 1] = last
        } else {
            result.append(span)
        }
    }
}
