import FolioCore

/// Print-shop preparation of a page: bleed around the trim, backgrounds
/// extended into it, and crop marks in the slug outside it.
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

    /// The page on a sheet larger by bleed and slug on every side: items moved
    /// by that much, rectangles that touch a trim edge extended into the bleed,
    /// and crop marks at the corners that stop short of the bleed.
    public func prepare(_ page: Page) -> Page {
        let offset = bleed + slug
        let trim = Rect(x: offset, y: offset, width: page.size.width, height: page.size.height)
        var items: [DisplayItem] = page.items.map { item in
            let moved = item.offsetBy(dx: offset, dy: offset)
            switch moved {
            case let .rectangle(rect, fill, stroke, radius):
                return .rectangle(bled(rect, trim: trim), fill: fill, stroke: stroke, cornerRadius: radius)
            case let .image(image, rect, clip, text):
                // A full-bleed image: its crop grows into the bleed, and the image covers the larger crop.
                let shown = clip?.rect ?? rect
                let grown = bled(shown, trim: trim)
                guard grown != shown else { return moved }
                return .image(image, rect: image.rect(covering: grown, focusX: 0.5, focusY: 0.5),
                              clip: clip?.with(grown) ?? ImageClip(grown), alternativeText: text)
            default:
                return moved
            }
        }
        items += cropMarks(trim: trim)
        return Page(size: Size(width: page.size.width + 2 * offset, height: page.size.height + 2 * offset),
                    items: items)
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
