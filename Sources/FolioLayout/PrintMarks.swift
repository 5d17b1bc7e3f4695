import FolioCore

/// Print-shop preparation of a page: bleed around the trim, backgrounds
/// extended into it where they meet the trim edge (not at a fold: the panel
/// beyond it has its own colour), and crop marks and fold marks in the slug outside it.
public struct PrintMarks: Sendable {
    /// How far backgrounds run past the trim (3 mm is the print-shop norm).
    public var bleed: Double
    /// Room outside the bleed for the crop marks.
    public var slug: Double
    /// Length of each crop mark.
    public var markLength: Double

    public init(bleed: Double = 3 * 72 / 25.4, slug: Double = 9 * 72 / 25.4, markLength: Double = 6 * 72 / 25.4) {
        self.bleed = bleed
        self.slug = slug
        self.markLength = markLength
    }

    /// The page on a sheet larger by bleed and slug on every side: its items
    /// moved by that much, rectangles that touch a trim edge extended into the
    /// bleed, and crop marks at the corners that stop short of the bleed.
    public func prepare(_ page: Page) -> Page {
        let offset = bleed + slug
        let trim = Rect(x: offset, y: offset, width: page.size.width, height: page.size.height)
        let moved = DisplayGroup(items: page.items, offset: Point(x: offset, y: offset))
        let items = [DisplayItem.group(bled(moved, parentOrigin: Point(x: 0, y: 0), trim: trim))]
            + [.group(cropMarks(trim: trim) + foldMarks(page.folds, trim: trim), .artifact(.pagination))]
        return Page(size: Size(width: page.size.width + 2 * offset, height: page.size.height + 2 * offset),
                    items: items)
    }

    /// A group with every rectangle and image that touches a trim edge grown
    /// into the bleed; `parentOrigin` is where the group's parent sits on the sheet.
    private func bled(_ group: DisplayGroup, parentOrigin: Point, trim: Rect) -> DisplayGroup {
        var group = group
        let origin = Point(x: parentOrigin.x + group.offset.x, y: parentOrigin.y + group.offset.y)
        // Work in sheet coordinates, then move back into the group's own.
        func grown(_ rect: Rect) -> Rect {
            bled(rect.offsetBy(dx: origin.x, dy: origin.y), trim: trim).offsetBy(dx: -origin.x, dy: -origin.y)
        }
        group.items = group.items.map { item in
            switch item {
            case let .group(child):
                return .group(bled(child, parentOrigin: origin, trim: trim))
            case let .rectangle(rect, fill, stroke, radius):
                return .rectangle(grown(rect), fill: fill, stroke: stroke, cornerRadius: radius)
            case let .image(image, rect, clip):
                // A full-bleed image: its crop grows into the bleed, and the image covers the larger crop.
                let shown = clip?.rect ?? rect
                let larger = grown(shown)
                guard larger != shown else { return item }
                return .image(image, rect: image.rect(covering: larger, focusX: 0.5, focusY: 0.5),
                              clip: clip?.with(larger) ?? ImageClip(larger))
            default:
                return item
            }
        }
        return group
    }

    /// Where the finished page lies on a sheet that `prepare` made.
    public func trim(onSheet sheet: Size) -> Rect {
        let offset = bleed + slug
        return Rect(x: offset, y: offset, width: sheet.width - 2 * offset, height: sheet.height - 2 * offset)
    }

    /// A rectangle grown past each trim edge it touches.
    private func bled(_ rect: Rect, trim: Rect) -> Rect {
        let tolerance = 0.01
        var result = rect
        if abs(rect.x - trim.x) < tolerance { result.x -= bleed; result.width += bleed }
        if abs(rect.y - trim.y) < tolerance { result.y -= bleed; result.height += bleed }
        if abs(rect.maxX - trim.maxX) < tolerance { result.width += bleed }
        if abs(rect.maxY - trim.maxY) < tolerance { result.height += bleed }
        return result
    }

    /// A hairline above and below the trim at each fold (`folds` from the
    /// page's left edge), outside the bleed like the crop marks: where the
    /// finisher folds, which for a tri-fold is not at the thirds.
    private func foldMarks(_ folds: [Double], trim: Rect) -> [DisplayItem] {
        let stroke = Stroke(color: .black, width: 0.25)
        return folds.flatMap { fold -> [DisplayItem] in
            let x = trim.x + fold
            return [.line(from: Point(x: x, y: trim.y - bleed), to: Point(x: x, y: trim.y - bleed - markLength), stroke: stroke),
                    .line(from: Point(x: x, y: trim.maxY + bleed), to: Point(x: x, y: trim.maxY + bleed + markLength),
                          stroke: stroke)]
        }
    }

    /// Two hairlines at each corner, in line with the trim edges, outside the bleed.
    private func cropMarks(trim: Rect) -> [DisplayItem] {
        let stroke = Stroke(color: .black, width: 0.25)
        let gap = bleed
        var marks: [DisplayItem] = []
        for x in [trim.x, trim.maxX] {
            for y in [trim.y, trim.maxY] {
                let outX = x == trim.x ? -1.0 : 1.0, outY = y == trim.y ? -1.0 : 1.0
                marks.append(.line(from: Point(x: x + outX * gap, y: y),
                                   to: Point(x: x + outX * (gap + markLength), y: y), stroke: stroke))
                marks.append(.line(from: Point(x: x, y: y + outY * gap),
                                   to: Point(x: x, y: y + outY * (gap + markLength)), stroke: stroke))
            }
        }
        return marks
    }
}
