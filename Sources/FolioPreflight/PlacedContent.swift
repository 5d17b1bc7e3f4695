import FolioCore
import FolioLayout

/// What is behind a placed thing: a flat colour, or an image (whose colours
/// the preflight does not judge).
public enum Backdrop: Hashable, Sendable {
    case color(RGBColor)
    case image
}

/// How a text run is used on the page, for the size rules.
public enum TextUse: Sendable, Equatable {
    /// Running text: paragraphs and list items of the story.
    case body
    /// Headings, captions, labels, table cells, chart text, running heads.
    case other
}

/// One glyph run as placed, with what is behind it.
public struct PlacedText: Sendable {
    public var text: String
    public var size: Double
    public var bold: Bool
    public var color: RGBColor
    public var backdrop: Backdrop
    public var use: TextUse
    public var link: String?
    /// 1-based page number.
    public var page: Int
    /// The run's box in page coordinates.
    public var bounds: Rect
}

/// A filled chart mark (bar, wedge, dot, legend swatch) and what is behind it.
public struct PlacedMark: Sendable {
    public var color: RGBColor
    public var backdrop: Backdrop
    public var page: Int
    public var bounds: Rect
}

/// The text of one structure element (a paragraph, a list item, a heading)
/// as read aloud: its runs joined in order.
public struct PlacedParagraph: Sendable {
    public var text: String
    public var language: String
    public var use: TextUse
    public var page: Int
}

/// Everything the preflight reads from one page's display tree.
public struct PageContent: Sendable {
    public var texts: [PlacedText] = []
    public var marks: [PlacedMark] = []
    public var paragraphs: [PlacedParagraph] = []
    /// Alternative texts of the page's figures.
    public var figureDescriptions: [String] = []

    init() {}

    /// Walks `page`'s tree (page `number`, in a document in `language`): each
    /// run's backdrop is the last opaque shape painted before it under the
    /// run's centre (the page is white where nothing is).
    public init(_ page: Page, number: Int, language: String) {
        var walker = Walker(page: number)
        walker.visit(page.items, origin: Point(x: 0, y: 0),
                     context: Walker.Context(language: language, use: .other, inFigure: false, paragraph: nil))
        walker.closeParagraphs()
        self = walker.content
    }
}

/// The depth-first walk behind `PageContent`.
private struct Walker {
    struct Context {
        var language: String
        var use: TextUse
        var inFigure: Bool
        /// Key of the element whose text the runs belong to.
        var paragraph: Int?
    }

    let page: Int
    var content = PageContent()
    /// Opaque shapes painted so far, in painting order (nil colour: an image).
    private var fills: [(rect: Rect, color: RGBColor?, mark: Bool)] = []
    /// Paragraph texts being gathered, by key, in order of first run.
    private var open: [(key: Int, text: String, baseline: Double, language: String, use: TextUse)] = []
    private var nextKey = 0

    init(page: Int) { self.page = page }

    mutating func visit(_ items: [DisplayItem], origin: Point, context: Context) {
        for item in items {
            switch item {
            case let .group(group):
                let inner = Point(x: origin.x + group.offset.x, y: origin.y + group.offset.y)
                visit(group.items, origin: inner, context: enter(group.semantics, context))
            case let .text(run, _):
                let bounds = item.bounds.offsetBy(dx: origin.x, dy: origin.y)
                content.texts.append(PlacedText(text: run.text, size: run.size, bold: run.font.isBold, color: run.color,
                                                backdrop: backdrop(at: bounds), use: context.use, link: run.link,
                                                page: page, bounds: bounds))
                if let key = context.paragraph {
                    append(run.text, baseline: bounds.y + run.font.ascender * run.size, to: key, context: context)
                }
            case let .path(_, nil, stroke?) where context.inFigure:
                // A chart's line: a mark drawn by its stroke.
                let bounds = item.bounds.offsetBy(dx: origin.x, dy: origin.y)
                content.marks.append(PlacedMark(color: stroke.color, backdrop: backdrop(at: bounds, underMarks: true),
                                                page: page, bounds: bounds))
            case let .rectangle(_, fill, _, _), let .ellipse(_, fill, _), let .path(_, fill, _):
                guard let fill else { continue }
                let bounds = item.bounds.offsetBy(dx: origin.x, dy: origin.y)
                if context.inFigure {
                    content.marks.append(PlacedMark(color: fill, backdrop: backdrop(at: bounds, underMarks: true),
                                                    page: page, bounds: bounds))
                }
                fills.append((bounds, fill, context.inFigure))
            case .image:
                fills.append((item.bounds.offsetBy(dx: origin.x, dy: origin.y), nil, false))
            case .line, .hatch, .destination:
                continue
            }
        }
    }

    /// The context inside a group with `semantics`.
    private mutating func enter(_ semantics: Semantics, _ context: Context) -> Context {
        var inner = context
        switch semantics {
        case .none:
            break
        case .artifact:
            inner.use = .other
            // An artifact in a figure (a QR code's light quiet zone, a chart's
            // plot background) is what the marks stand on, not a mark itself.
            inner.inFigure = false
            inner.paragraph = nil
        case let .element(element):
            if let language = element.language { inner.language = language }
            switch element.role {
            case .paragraph, .listBody:
                inner.use = context.inFigure ? .other : .body
                inner.paragraph = key(for: element)
            case .heading, .caption, .dataCell, .headerCell, .listLabel, .tableOfContentsItem:
                inner.use = .other
                inner.paragraph = key(for: element)
            case .figure:
                inner.inFigure = true
                inner.use = .other
                if let description = element.alternativeText { content.figureDescriptions.append(description) }
            case .table:
                inner.use = .other
            case .section, .list, .listItem, .tableRow, .blockQuote, .division, .tableOfContents:
                break
            }
        }
        return inner
    }

    /// Parts of one element (a paragraph continued in the next column) share its id.
    private mutating func key(for element: StructureElement) -> Int {
        if let id = element.id { return -1 - id }
        nextKey += 1
        return nextKey
    }

    private mutating func append(_ text: String, baseline: Double, to key: Int, context: Context) {
        guard let index = open.firstIndex(where: { $0.key == key }) else {
            open.append((key, text, baseline, context.language, context.use))
            return
        }
        let sameLine = abs(open[index].baseline - baseline) < 0.5
        open[index].text = sameLine ? open[index].text + text : Self.joinLines(open[index].text, text)
        open[index].baseline = baseline
    }

    /// Joins a line to the text before it: after a line ending in a hyphen the
    /// word goes on; next to a Chinese character no space is needed.
    static func joinLines(_ text: String, _ run: String) -> String {
        guard let last = text.last, let first = run.first else { return text + run }
        if last.isWhitespace || first.isWhitespace || ",.;:!?)”’".contains(first) { return text + run }
        if last == "-" || last == "\u{00AD}" { return String(text.dropLast()) + run }
        if isWide(last) || isWide(first) { return text + run }
        return text + " " + run
    }

    private static func isWide(_ character: Character) -> Bool {
        guard let value = character.unicodeScalars.first?.value else { return false }
        return (0x2E80...0x9FFF).contains(value) || (0xFF00...0xFFEF).contains(value)
    }

    mutating func closeParagraphs() {
        content.paragraphs = open.map { PlacedParagraph(text: $0.text, language: $0.language, use: $0.use, page: page) }
    }

    /// The last opaque shape painted under `bounds`' centre, or the white page.
    /// A mark is judged against what the chart stands on, not against other
    /// marks (those are told apart by hatching and marker shapes as well).
    private func backdrop(at bounds: Rect, underMarks: Bool = false) -> Backdrop {
        let x = bounds.midX, y = bounds.midY
        guard let fill = fills.last(where: {
            !(underMarks && $0.mark) && $0.rect.x <= x && x <= $0.rect.maxX && $0.rect.y <= y && y <= $0.rect.maxY
        })
        else { return .color(.white) }
        return fill.color.map(Backdrop.color) ?? .image
    }
}
