/// A paragraph's spans joined into one string, for the break iterator, with
/// what each span needs once per paragraph: its fonts, its space as glue, its
/// hyphen, and a small number standing for its style in the word cache.
struct ParagraphText {
    /// One span and the items it makes again and again. A class: the builder
    /// looks a span up for every word, and a struct this size was copied
    /// field by field (retaining each) at every look-up.
    final class Span {
        let text: StyledText
        let fonts: FontFallback
        let space: ParagraphItem
        let hyphen: ParagraphItem.Penalty
        /// The style's number in the typesetter's style table (for cache keys).
        let styleKey: Int

        init(text: StyledText, fonts: FontFallback, space: ParagraphItem, hyphen: ParagraphItem.Penalty, styleKey: Int) {
            self.text = text
            self.fonts = fonts
            self.space = space
            self.hyphen = hyphen
            self.styleKey = styleKey
        }
    }

    let spans: [Span]
    let string: String
    /// Where each span starts in `string`.
    private let starts: [String.Index]

    init(_ spans: [StyledText], prepare: (StyledText) throws -> Span) rethrows {
        self.spans = try spans.map(prepare)
        var string = ""
        var utf8Starts: [Int] = []
        for span in spans {
            utf8Starts.append(string.utf8.count)
            string += span.text
        }
        self.string = string
        self.starts = utf8Starts.map { string.utf8.index(string.startIndex, offsetBy: $0) }
    }

    func spanIndex(at index: String.Index) -> Int {
        var found = 0
        for (position, start) in starts.enumerated() where start <= index { found = position }
        return found
    }
}

/// Counts the problems a builder reports.
final class ReportCounter: @unchecked Sendable {
    var count = 0
}
