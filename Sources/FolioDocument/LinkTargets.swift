import FolioCore
import Foundation

/// Which link targets may go into a PDF as live links: web pages (`http:`,
/// `https:`), e-mail (`mailto:`) and places in the document (`#name`). A PDF
/// reader opens a `file:` link on the reader's own machine and may run a
/// `javascript:` one, so a Markdown file could otherwise plant them.
enum LinkTargets {
    static let allowedSchemes: Set<String> = ["http", "https", "mailto"]

    /// Why `target` is refused, or nil when it is allowed.
    static func refusal(_ target: String) -> String? {
        if target.hasPrefix("#"), target.count > 1 { return nil }
        guard let colon = target.firstIndex(of: ":") else {
            return "it has no scheme; write a full address (https://…, mailto:…) or #name for a place in the document"
        }
        let scheme = target[..<colon].lowercased()
        if allowedSchemes.contains(scheme), target.unicodeScalars.allSatisfy({ $0.value > 0x20 && $0.value != 0x7F }) {
            return nil
        }
        return "only http:, https:, mailto: and #name links are allowed, not \(scheme):"
    }

    /// An error for each refused link in `blocks` of the Markdown file `file`.
    static func problems(in blocks: [MarkdownBlock], file: String) -> [Diagnostic] {
        blocks.flatMap { block -> [Diagnostic] in
            let (spans, line) = block.spansAndLine
            return spans.compactMap { span in
                guard let link = span.link, let reason = refusal(link) else { return nil }
                return .error("the link to \"\(link.prefix(80))\" is refused: \(reason)",
                              at: SourceLocation(file: file, line: line))
            }
        }
    }
}

extension MarkdownBlock {
    /// The block's inline text and the line it starts on.
    var spansAndLine: ([MarkdownSpan], Int) {
        switch self {
        case let .paragraph(spans, line), let .heading(_, spans, line), let .listItem(_, _, spans, line),
             let .quote(spans, line):
            (spans, line)
        }
    }
}
