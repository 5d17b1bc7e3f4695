import FolioCore
import FolioText

/// How a shape's outline is drawn.
public struct Stroke: Hashable, Sendable {
    public var color: RGBColor
    public var width: Double

    public init(color: RGBColor, width: Double) {
        self.color = color
        self.width = width
    }
}

/// A positioned thing to paint. Layout produces these; the renderer paints
/// them in order. Coordinates are page points, y downwards.
public enum DisplayItem: Sendable {
    /// A glyph run whose glyph positions are relative to `origin` (a baseline point).
    case text(GlyphRun, origin: Point)
    /// A rectangle, optionally with rounded corners.
    case rectangle(Rect, fill: RGBColor?, stroke: Stroke?, cornerRadius: Double)
    /// An ellipse inscribed in a rectangle.
    case ellipse(Rect, fill: RGBColor?, stroke: Stroke?)
    /// A straight line.
    case line(from: Point, to: Point, stroke: Stroke)

    /// The area the item paints (for text, the run's advance box from ascent to descent).
    public var bounds: Rect {
        switch self {
        case let .text(run, origin):
            let minX = run.glyphs.map(\.x).min() ?? 0
            let maxX = run.glyphs.map(\.x).max() ?? 0
            let ascent = run.font.ascender * run.size
            let descent = run.font.descender * run.size
            let lastAdvance = run.glyphs.last.map { run.font.advance(of: $0.id) * run.size } ?? 0
            return Rect(x: origin.x + minX, y: origin.y - ascent,
                        width: maxX - minX + lastAdvance, height: ascent + descent)
        case let .rectangle(rect, _, _, _), let .ellipse(rect, _, _):
            return rect
        case let .line(from, to, stroke):
            return Rect(x: min(from.x, to.x) - stroke.width / 2, y: min(from.y, to.y) - stroke.width / 2,
                        width: abs(to.x - from.x) + stroke.width, height: abs(to.y - from.y) + stroke.width)
        }
    }

    /// The item moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> DisplayItem {
        switch self {
        case let .text(run, origin):
            return .text(run, origin: Point(x: origin.x + dx, y: origin.y + dy))
        case let .rectangle(rect, fill, stroke, radius):
            return .rectangle(rect.offsetBy(dx: dx, dy: dy), fill: fill, stroke: stroke, cornerRadius: radius)
        case let .ellipse(rect, fill, stroke):
            return .ellipse(rect.offsetBy(dx: dx, dy: dy), fill: fill, stroke: stroke)
        case let .line(from, to, stroke):
            return .line(from: Point(x: from.x + dx, y: from.y + dy), to: Point(x: to.x + dx, y: to.y + dy),
                         stroke: stroke)
        }
    }
}

/// One page: its size and what is painted on it, in painting order.
public struct Page: Sendable {
    public var size: Size
    public var items: [DisplayItem]

    public init(size: Size, items: [DisplayItem] = []) {
        self.size = size
        self.items = items
    }
}

/// Document-level information written into the PDF's Info dictionary.
public struct DocumentInfo: Sendable {
    public var title: String
    public var author: String
    public var subject: String?
    public var keywords: [String]
    /// BCP 47 language of the document's text.
    public var language: String

    public init(title: String, author: String, subject: String? = nil, keywords: [String] = [],
                language: String = "en") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
    }
}

/// The seam between layout and rendering: pages of positioned items.
public struct DisplayList: Sendable {
    public var info: DocumentInfo
    public var pages: [Page]

    public init(info: DocumentInfo, pages: [Page]) {
        self.info = info
        self.pages = pages
    }
}
