import FolioCore
import FolioLayout

/// `heading: {text, style, level, in-contents}`: a heading, tagged H1–H6,
/// bookmarked and listed in the contents, kept with what follows.
struct HeadingElement: BlockElement {
    static let kind = "heading"
    var common: BlockCommon
    var line: StyledTemplate
    /// 1 to 6: the heading's rank in the outline and the structure tree.
    var level: Int
    /// Listed in tables of contents (a cover's title is not).
    var inContents: Bool
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> HeadingElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["text", "style", "level", "in-contents", "space-after"],
                                       log: log) else { return nil }
        let text = fields.required("text", expected: "the heading's text").flatMap { LayoutLoader.template($0, log: log) }
        let style = fields.required("style", expected: "a paragraph style name")?.string(log)
        guard let text, let style else { return nil }
        return HeadingElement(common: loader.common(fields, origin: origin),
                              line: StyledTemplate(template: text, style: style),
                              level: fields["level"]?.count(log, in: 1...6) ?? 1,
                              inContents: fields["in-contents"]?.bool(log) ?? true)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        guard let paragraph = try binder.line(line) else { return nil }
        var heading = binder.inline.heading(paragraph, level: level, numbered: inContents)
        heading.anchor?.inContents = inContents
        return TextBlock(origin: origin, paragraphs: [heading], spaceAfter: common.spaceAfter)
    }
}

/// `text: {source | markdown, style, list-style}`: Markdown prose from a file
/// under Data/ or written inline.
struct TextElement: BlockElement {
    static let kind = "text"

    enum Source {
        case file(path: String, location: SourceLocation)
        case inline(Template)
    }

    var common: BlockCommon
    var source: Source
    var style: String
    /// Style of the block's list items, when not the layout's `list-item`.
    var listStyle: String?
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> TextElement? {
        let log = loader.log
        let keys = ["source", "markdown", "style", "list-style", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let style = fields.required("style", expected: "the paragraph style of the body text")?.string(log)
        var source: Source?
        switch (fields["source"], fields["markdown"]) {
        case let (file?, nil):
            source = file.string(log).map { .file(path: $0, location: file.location) }
        case let (nil, inline?):
            source = LayoutLoader.template(inline, log: log).map { .inline($0) }
        default:
            log.report(value.error("give either \"source\" (a Markdown file under Data/) or \"markdown\" (inline text)"))
        }
        guard let style, let source else { return nil }
        return TextElement(common: loader.common(fields, origin: origin), source: source, style: style,
                           listStyle: fields["list-style"]?.string(log))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let location = origin.location ?? SourceLocation(file: "")
        let (styles, log, store) = (binder.styles, binder.log, binder.store)
        // The styles are checked, and the text read, before either can stop the block: each problem is reported.
        let body = styles.style(style, at: location, field: "text.style", log: log)
        let list = listStyle.flatMap { styles.style($0, at: location, field: "text.list-style", log: log) }
        let markdown: String
        let file: String
        switch source {
        case let .file(written, sourceLocation):
            // `text/{{lang}}/about.md`: the file of the document's language.
            let path = try store.interpolate(Template(text: written, location: sourceLocation, field: "text.source"))
            file = store.displayPath(of: path)
            // Data fields work in Markdown files too: "[our page]({{department.website}})".
            markdown = try store.interpolateMarkdown(try store.text(path, requestedAt: sourceLocation,
                                                                    field: "text.source"), file: file)
        case let .inline(template):
            markdown = try store.interpolate(template)
            file = template.location.file
        }
        guard let body, listStyle == nil || list != nil else { return nil }
        let blocks = try MarkdownParser.parse(markdown, file: file)
        try InputLimits.checkParagraphs(blocks, file: file)
        return TextBlock(origin: origin, paragraphs: binder.inline.paragraphs(blocks, body: body, list: list, file: file,
                                                                              log: log),
                         spaceAfter: common.spaceAfter)
    }
}
