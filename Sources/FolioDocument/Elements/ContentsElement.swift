import FolioCore
import FolioLayout

/// `contents: {title, title-style, entry-style, depth}`: a table of contents,
/// made once the headings' pages are known (see `DocumentBuilder`).
struct ContentsElement: BlockElement {
    static let kind = "contents"
    static let nests = false
    var common: BlockCommon
    var title: StyledTemplate?
    var entryStyle: String
    var depth: Int
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> ContentsElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["title", "title-style", "entry-style", "depth", "space-after"],
                                       log: log) else { return nil }
        let entryStyle = fields.required("entry-style", expected: "the paragraph style of the entries")?.string(log)
        var title: StyledTemplate?
        if let text = fields["title"].flatMap({ LayoutLoader.template($0, log: log) }),
           let style = fields.required("title-style", expected: "the paragraph style of the title")?.string(log) {
            title = StyledTemplate(template: text, style: style)
        }
        guard let entryStyle else { return nil }
        return ContentsElement(common: loader.common(fields, origin: origin), title: title, entryStyle: entryStyle,
                               depth: fields["depth"]?.count(log, in: 1...6) ?? 2)
    }

    /// Made later, by `contents(title:headings:pages:binder:)`.
    func bind(_ binder: BlockBinder) throws -> (any Block)? { nil }

    /// The title as a heading, made once: its anchor must stay the same from
    /// one layout pass to the next for the page numbers to settle.
    func title(_ binder: BlockBinder) throws -> Paragraph? {
        try title.flatMap { try binder.line($0) }.map { binder.inline.heading($0, level: 1, numbered: false) }
    }

    /// The contents block: every heading down to `depth`, with the pages a
    /// pagination put them on (none yet on the first pass).
    func contents(title: Paragraph?, headings: [HeadingAnchor], pages: [String: Int],
                  binder: BlockBinder) throws -> (any Block)? {
        let location = origin.location ?? SourceLocation(file: "")
        guard let entry = binder.styles.style(entryStyle, at: location, field: "contents.entry-style",
                                              log: binder.log) else { return nil }
        return ContentsBlock(
            origin: origin, title: title,
            entries: headings.filter { $0.inContents && $0.level <= depth }
                .map { .init(anchor: $0, page: pages[$0.destination]) },
            entryStyle: entry.text, entryParagraph: entry.paragraph, spaceAfter: common.spaceAfter)
    }
}
