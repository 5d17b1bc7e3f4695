import FolioCore
import FolioLayout
import FolioText

/// Turns text and Markdown into paragraphs in the layout's styles.
struct InlineText {
    let styles: StyleSheet
    let anchors: AnchorNumbering
    /// The document's language; a paragraph mostly in another script gets its own (`TextLanguage`).
    let language: String

    /// A heading paragraph: kept with what follows, tagged H1…H6, and given an
    /// anchor for the contents, the outline and links.
    /// `numbered: false` keeps a heading out of the numbering (a cover title, the contents' own title).
    func heading(_ paragraph: Paragraph, level: Int, numbered: Bool = true) -> Paragraph {
        var heading = paragraph
        heading.role = .heading(level: level)
        heading.keepWithNext = true
        if numbered, let number = anchors.number(level: level), let first = heading.spans.first {
            // The number and an en space, in the heading's own style.
            heading.spans.insert(StyledText(number + "\u{2002}", style: first.style, location: first.location), at: 0)
        }
        heading.anchor = HeadingAnchor(title: heading.spans.map(\.text).joined(), level: level,
                                       destination: anchors.next())
        return heading
    }

    /// A paragraph of plain text in `style`.
    func paragraph(_ text: String, style: ResolvedStyle, location: SourceLocation?) -> Paragraph {
        Paragraph(spans: text.isEmpty ? [] : [StyledText(text, style: style.text, location: location)],
                  style: style.paragraph, spaceBefore: style.spaceBefore, spaceAfter: style.spaceAfter,
                  language: TextLanguage.of(text, in: language))
    }

    /// Paragraphs for Markdown blocks: body text in `body`, headings in the
    /// layout's `h1`…`h6` styles (a heading level without a style is an error),
    /// list items in `list` (the block's `list-style`), else in `list-item` when
    /// the layout defines it, else in `body`.
    func paragraphs(_ blocks: [MarkdownBlock], body: ResolvedStyle, list: ResolvedStyle? = nil, file: String,
                    log: DiagnosticLog) -> [Paragraph] {
        blocks.compactMap { block in
            switch block {
            case let .paragraph(spans, line):
                return paragraph(spans, style: body, location: SourceLocation(file: file, line: line))
            case let .listItem(marker, level, spans, line):
                let location = SourceLocation(file: file, line: line)
                let style = list ?? styles.styles["list-item"] ?? body
                var paragraph = self.paragraph(spans, style: style, location: location)
                // Each level indents by 1.5 em; the marker hangs in the indent.
                paragraph.style.leftIndent += Double(level) * 1.5 * style.text.size
                paragraph.marker = marker.map { StyledText($0, style: style.text, location: location) }
                paragraph.role = .listItem
                return paragraph
            case let .quote(spans, line):
                // A quotation indents by 1.5 em on the left, in `quote` when the layout defines it.
                let style = styles.styles["quote"] ?? body
                var paragraph = self.paragraph(spans, style: style, location: SourceLocation(file: file, line: line))
                if styles.styles["quote"] == nil { paragraph.style.leftIndent += 1.5 * style.text.size }
                paragraph.role = .blockQuote
                return paragraph
            case let .heading(level, spans, line):
                let location = SourceLocation(file: file, line: line)
                guard let style = styles.style("h\(level)", at: location, field: "heading level \(level)", log: log) else {
                    return nil
                }
                return heading(paragraph(spans, style: style, location: location), level: level)
            }
        }
    }

    private func paragraph(_ spans: [MarkdownSpan], style: ResolvedStyle, location: SourceLocation) -> Paragraph {
        let styled = spans.map { span in
            StyledText(span.text, style: characterStyle(for: span, base: style.text), link: span.link,
                       location: location)
        }
        return Paragraph(spans: styled, style: style.paragraph, spaceBefore: style.spaceBefore,
                         spaceAfter: style.spaceAfter, language: TextLanguage.of(spans.map(\.text).joined(), in: language))
    }

    /// Inline markup applies the layout's character styles `emphasis`, `strong`,
    /// `code` and `link`; without them, emphasis is italic and strong is bold.
    private func characterStyle(for span: MarkdownSpan, base: TextStyle) -> TextStyle {
        var style = base
        if span.emphasis { style = apply("emphasis", to: style) { $0.variant.italic = true } }
        if span.strong { style = apply("strong", to: style) { $0.variant.bold = true } }
        if span.code { style = apply("code", to: style) { _ in } }
        if span.link != nil { style = apply("link", to: style) { _ in } }
        return style
    }

    private func apply(_ name: String, to style: TextStyle, default fallback: (inout TextStyle) -> Void) -> TextStyle {
        if let character = styles.characterStyles[name] { return character.apply(to: style) }
        var result = style
        fallback(&result)
        return result
    }
}

/// Names headings' destinations in document order (section-1, section-2, …)
/// and, when the layout asks, numbers headings down to `numberedLevels` (1, 1.1, …).
final class AnchorNumbering {
    private var count = 0
    private let numberedLevels: Int
    private var counters: [Int] = []

    init(numberedLevels: Int = 0) {
        self.numberedLevels = numberedLevels
    }

    /// Where the numbering stands: a block bound once for a whole mail merge
    /// (`BoundBlockCache`) is reused only where the numbering stood when it was bound.
    struct State: Equatable {
        var count: Int
        var counters: [Int]
    }

    var state: State {
        get { State(count: count, counters: counters) }
        set { (count, counters) = (newValue.count, newValue.counters) }
    }

    func next() -> String {
        count += 1
        return "section-\(count)"
    }

    /// The next number of a heading at `level`, or nil when that level is not numbered.
    func number(level: Int) -> String? {
        guard level <= numberedLevels else { return nil }
        while counters.count < level { counters.append(0) }
        counters.removeSubrange(level...)
        counters[level - 1] += 1
        return counters.map(String.init).joined(separator: ".")
    }
}
