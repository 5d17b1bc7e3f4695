import FolioCore
import FolioImages
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

/// The part of an image shown: a rectangle (corners optionally rounded), or
/// the oval inscribed in it (a round portrait).
public struct ImageClip: Hashable, Sendable {
    public var rect: Rect
    public var oval: Bool
    public var cornerRadius: Double

    public init(_ rect: Rect, oval: Bool = false, cornerRadius: Double = 0) {
        self.rect = rect
        self.oval = oval
        self.cornerRadius = cornerRadius
    }

    /// The same clip over another rectangle.
    public func with(_ rect: Rect) -> ImageClip {
        ImageClip(rect, oval: oval, cornerRadius: cornerRadius)
    }
}

/// One step of a vector path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// A circular arc around `center` from `start` to `end` (radians, clockwise on the page, y down).
    case arc(center: Point, radius: Double, start: Double, end: Double)
    /// The same arc drawn the other way (counter-clockwise on the page).
    case arcBack(center: Point, radius: Double, start: Double, end: Double)
    case close
}

extension [PathElement] {
    /// The path moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> [PathElement] {
        func moved(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
        return map { element in
            switch element {
            case let .move(point): .move(moved(point))
            case let .line(point): .line(moved(point))
            case let .arc(center, radius, start, end): .arc(center: moved(center), radius: radius, start: start, end: end)
            case let .arcBack(center, radius, start, end):
                .arcBack(center: moved(center), radius: radius, start: start, end: end)
            case .close: .close
            }
        }
    }

    /// The box around the path's points and arcs.
    public var bounds: Rect {
        var points: [Point] = []
        for element in self {
            switch element {
            case let .move(point), let .line(point): points.append(point)
            case let .arc(center, radius, _, _), let .arcBack(center, radius, _, _):
                points += [Point(x: center.x - radius, y: center.y - radius),
                           Point(x: center.x + radius, y: center.y + radius)]
            case .close: break
            }
        }
        let minX = points.map(\.x).min() ?? 0, minY = points.map(\.y).min() ?? 0
        return Rect(x: minX, y: minY, width: (points.map(\.x).max() ?? 0) - minX,
                    height: (points.map(\.y).max() ?? 0) - minY)
    }
}

/// Parallel lines across a shape: the redundant cue that tells chart series
/// apart where colour alone fails (greyscale print, colour-vision deficiency).
public struct Hatch: Hashable, Sendable {
    /// Direction of the lines in degrees from the horizontal.
    public var angle: Double
    /// Distance between neighbouring lines.
    public var spacing: Double
    public var stroke: Stroke
    /// A second set of lines at right angles to the first.
    public var crossed: Bool

    public init(angle: Double, spacing: Double, stroke: Stroke, crossed: Bool = false) {
        self.angle = angle
        self.spacing = spacing
        self.stroke = stroke
        self.crossed = crossed
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
    /// A vector path (chart wedges and polylines), filled and/or stroked.
    case path([PathElement], fill: RGBColor?, stroke: Stroke?)
    /// Hatching lines drawn inside a closed path (over its fill).
    case hatch([PathElement], Hatch)
    /// Opens a structure element (P, H1, LI, Figure, …) around the items that follow.
    case beginTag(String)
    /// Closes the innermost structure element.
    case endTag(String)
    /// What a screen reader should say for the innermost open element (a chart's
    /// description); cairo 1.16 cannot write it as /Alt, so it waits here for that step.
    case alternativeText(String)
    /// A named place that links and the outline can point to.
    case destination(String, at: Point)
    /// An image drawn upright into `rect`, shown only inside `clip` when set (a
    /// crop), with the text a screen reader says for it (cairo 1.16 cannot yet
    /// write it as /Alt; it is kept for that step).
    case image(ImageFile, rect: Rect, clip: ImageClip?, alternativeText: String)

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
        case let .destination(_, point):
            return Rect(x: point.x, y: point.y, width: 0, height: 0)
        case let .image(_, rect, clip, _):
            return clip?.rect ?? rect
        case let .path(elements, _, stroke):
            let half = (stroke?.width ?? 0) / 2
            let box = elements.bounds
            return Rect(x: box.x - half, y: box.y - half, width: box.width + 2 * half, height: box.height + 2 * half)
        case let .hatch(elements, _):
            return elements.bounds
        case .beginTag, .endTag, .alternativeText:
            return Rect(x: 0, y: 0, width: 0, height: 0)
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
        case let .destination(name, point):
            return .destination(name, at: Point(x: point.x + dx, y: point.y + dy))
        case let .image(image, rect, clip, text):
            return .image(image, rect: rect.offsetBy(dx: dx, dy: dy),
                          clip: clip.map { $0.with($0.rect.offsetBy(dx: dx, dy: dy)) },
                          alternativeText: text)
        case let .path(elements, fill, stroke):
            return .path(elements.offsetBy(dx: dx, dy: dy), fill: fill, stroke: stroke)
        case let .hatch(elements, hatch):
            return .hatch(elements.offsetBy(dx: dx, dy: dy), hatch)
        case .beginTag, .endTag, .alternativeText:
            return self
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

/// An entry of the PDF's outline (bookmarks): a heading and where it is.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 1 for a top-level entry; deeper levels nest under the entry before them.
    public var level: Int
    /// A destination placed on a page with `DisplayItem.destination`.
    public var destination: String

    public init(title: String, level: Int, destination: String) {
        self.title = title
        self.level = level
        self.destination = destination
    }
}

/// The seam between layout and rendering: pages of positioned items.
public struct DisplayList: Sendable {
    public var info: DocumentInfo
    public var pages: [Page]
    public var outline: [OutlineEntry]

    public init(info: DocumentInfo, pages: [Page], outline: [OutlineEntry] = []) {
        self.info = info
        self.pages = pages
        self.outline = outline
    }
}

/// Where finished pages go one at a time (a PDF being written), so that a
/// long document is never held whole: pagination first counts the pages and
/// shows them to `preview`, then hands each one to `write`.
public protocol PageSink: AnyObject {
    /// Sees each page of a counting pass, before anything is written (a PDF
    /// writer learns the page size and the glyphs its font subsets need).
    func preview(_ page: Page)
    /// Starts (or starts over) the document.
    func begin(_ info: DocumentInfo, pageCount: Int) throws
    func write(_ page: Page, number: Int) throws
    /// Ends the document with its bookmarks.
    func finish(outline: [OutlineEntry]) throws
}
