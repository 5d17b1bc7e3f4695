import FolioCore
import FolioLayout

/// `band: {lines, background, padding, bleed}`: a coloured band of lines, e.g.
/// a title. A line with `level` is a heading (tagged H1–H6, bookmarked, and
/// listed in the contents unless `in-contents: false`).
struct BandElement: BlockElement {
    static let kind = "band"

    struct Line {
        var line: StyledTemplate
        var level: Int?
        var inContents: Bool
    }

    var common: BlockCommon
    var lines: [Line]
    var background: RGBColor
    var padding: EdgeInsets
    var bleed: Bool
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> BandElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["lines", "background", "padding", "bleed", "space-after"],
                                       log: log) else { return nil }
        let lines = fields.required("lines", expected: "a list of {text, style}")?.list(log)?.compactMap { line in
            readLine(line, loader: loader)
        }
        let background = fields.required("background", expected: "a colour")?.color(log, palette: loader.palette)
        guard let lines, let background else { return nil }
        return BandElement(common: loader.common(fields, origin: origin), lines: lines, background: background,
                           padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 0),
                           bleed: fields["bleed"]?.bool(log) ?? false)
    }

    /// `{text, style}`, optionally `level` (1–6) and `in-contents`.
    private static func readLine(_ value: YAMLValue, loader: BlockLoader) -> Line? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["text", "style", "level", "in-contents"], log: log) else {
            return nil
        }
        let text = fields.required("text", expected: "the line's text").flatMap { LayoutLoader.template($0, log: log) }
        let style = fields.required("style", expected: "a paragraph style name")?.string(log)
        guard let text, let style else { return nil }
        return Line(line: StyledTemplate(template: text, style: style), level: fields["level"]?.count(log, in: 1...6),
                    inContents: fields["in-contents"]?.bool(log) ?? true)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let paragraphs = try collectingEvery(lines) { line -> Paragraph? in
            guard let paragraph = try binder.line(line.line) else { return nil }
            guard let level = line.level else { return paragraph }
            var heading = binder.inline.heading(paragraph, level: level, numbered: false)
            heading.anchor?.inContents = line.inContents
            return heading
        }.compactMap { $0 }
        guard paragraphs.count == lines.count else { return nil }
        return BandBlock(origin: origin, paragraphs: paragraphs, background: background, padding: padding,
                         bleed: bleed, spaceAfter: common.spaceAfter)
    }
}
