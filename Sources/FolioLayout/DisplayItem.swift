import FolioCore
import FolioImages
import FolioText

/// A positioned thing to paint, or a group of them. Layout produces a tree of
/// these; the renderer paints it depth first, in order, and derives the PDF's
/// structure tags from the groups' semantics. Coordinates are points, y
/// downwards, relative to the enclosing group (the page for top-level items).
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
    /// A named place that links and the outline can point to.
    case destination(String, at: Point)
    /// An image drawn upright into `rect`, shown only inside `clip` when set (a
    /// crop). What it shows is said by the figure group around it.
    case image(ImageFile, rect: Rect, clip: ImageClip?)
    /// Items moved, clipped and given a meaning together.
    case group(DisplayGroup)

    /// A group of `items` moved by `offset`, with `semantics`.
    public static func group(_ items: [DisplayItem], offset: Point = Point(x: 0, y: 0),
                             _ semantics: Semantics = .none, clip: ImageClip? = nil) -> DisplayItem {
        .group(DisplayGroup(items: items, offset: offset, semantics: semantics, clip: clip))
    }

    /// The area the item paints, in its parent's coordinates (for text, the
    /// run's advance box from ascent to descent).
    public var bounds: Rect {
        switch self {
        case let .text(run, origin):
            // One pass, no arrays: a card's overflow check asks this of every line.
            var minX = run.glyphs.isEmpty ? 0 : Double.infinity, maxX = run.glyphs.isEmpty ? 0 : -Double.infinity
            for glyph in run.glyphs {
                minX = Swift.min(minX, glyph.x)
                maxX = Swift.max(maxX, glyph.x)
            }
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
        case let .image(_, rect, clip):
            return clip?.rect ?? rect
        case let .path(elements, _, stroke):
            let half = (stroke?.width ?? 0) / 2
            let box = elements.bounds
            return Rect(x: box.x - half, y: box.y - half, width: box.width + 2 * half, height: box.height + 2 * half)
        case let .hatch(elements, _):
            return elements.bounds
        case let .group(group):
            return group.bounds
        }
    }

    /// The item moved by `dx`, `dy`; a group moves as a whole, its children untouched.
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
        case let .image(image, rect, clip):
            return .image(image, rect: rect.offsetBy(dx: dx, dy: dy),
                          clip: clip.map { $0.with($0.rect.offsetBy(dx: dx, dy: dy)) })
        case let .path(elements, fill, stroke):
            return .path(elements.offsetBy(dx: dx, dy: dy), fill: fill, stroke: stroke)
        case let .hatch(elements, hatch):
            return .hatch(elements.offsetBy(dx: dx, dy: dy), hatch)
        case var .group(group):
            group.offset = Point(x: group.offset.x + dx, y: group.offset.y + dy)
            return .group(group)
        }
    }
}

/// Items that move, clip and mean something together: a frame, a card, a
/// paragraph, a figure, a running head. Moving a group moves its children
/// without touching them.
public struct DisplayGroup: Sendable {
    /// The children, in the group's own coordinates.
    public var items: [DisplayItem]
    /// Where the group's origin lies in its parent's coordinates.
    public var offset: Point
    /// A structure element, an artifact, or nothing.
    public var semantics: Semantics
    /// Children are shown only inside this shape (group coordinates).
    public var clip: ImageClip?

    public init(items: [DisplayItem], offset: Point = Point(x: 0, y: 0), semantics: Semantics = .none,
                clip: ImageClip? = nil) {
        self.items = items
        self.offset = offset
        self.semantics = semantics
        self.clip = clip
    }

    /// The area the children paint, in the parent's coordinates.
    public var bounds: Rect {
        var union: Rect?
        for item in items {
            let box = item.bounds
            guard box.width > 0 || box.height > 0 else { continue }
            union = union.map { $0.union(box) } ?? box
        }
        guard let union else { return Rect(x: offset.x, y: offset.y, width: 0, height: 0) }
        return union.offsetBy(dx: offset.x, dy: offset.y)
    }
}

extension [DisplayItem] {
    /// Every leaf (non-group) item with the position of its parent group's
    /// origin on the page, depth first, in painting order: for tests and checks
    /// that look at what is painted where.
    public func leaves(offset: Point = Point(x: 0, y: 0)) -> [(item: DisplayItem, origin: Point)] {
        var result: [(DisplayItem, Point)] = []
        forEachLeaf(offset: offset) { result.append(($0, $1)) }
        return result
    }

    /// Calls `body` with every leaf (non-group) item and the position of its
    /// parent group's origin on the page, depth first, in painting order. Unlike
    /// `leaves`, it builds no array: checks that run on every page (the page
    /// audit, the large-font glyphs) walk the tree in place.
    public func forEachLeaf(offset: Point = Point(x: 0, y: 0), _ body: (DisplayItem, Point) throws -> Void) rethrows {
        for item in self {
            if case let .group(group) = item {
                try group.items.forEachLeaf(offset: Point(x: offset.x + group.offset.x, y: offset.y + group.offset.y),
                                            body)
            } else {
                try body(item, offset)
            }
        }
    }

    /// Every leaf moved to page coordinates, depth first, in painting order.
    public var flattened: [DisplayItem] {
        leaves().map { $0.item.offsetBy(dx: $0.origin.x, dy: $0.origin.y) }
    }
}
