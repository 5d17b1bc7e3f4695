import FolioCore
import FolioLayout

/// How series are told apart: a colour each (brand colours, then Okabe–Ito)
/// and, as redundancy for greyscale print and colour-vision deficiency, a
/// hatching pattern for areas and a marker shape for lines, up to six distinct
/// ones (Cleveland and McGill: colour alone is the weakest separable cue).
struct SeriesMarks {
    private let colors: [RGBColor]
    /// With one series (or one part), a plain fill: nothing to tell apart.
    private let distinguish: Bool

    init(count: Int, brand: [RGBColor]) {
        colors = ChartPalette.colors(max(count, 1), brand: brand)
        distinguish = count > 1
    }

    func color(_ index: Int) -> RGBColor { colors[index % colors.count] }

    /// Series 1 is solid; the next five get lines at distinct angles or crossed.
    func hatch(_ index: Int) -> Hatch? {
        guard distinguish else { return nil }
        let stroke = Stroke(color: .white, width: 0.6)
        switch index % 6 {
        case 1: return Hatch(angle: 45, spacing: 3, stroke: stroke)
        case 2: return Hatch(angle: -45, spacing: 3, stroke: stroke)
        case 3: return Hatch(angle: 0, spacing: 2.5, stroke: stroke)
        case 4: return Hatch(angle: 90, spacing: 2.5, stroke: stroke)
        case 5: return Hatch(angle: 45, spacing: 3.5, stroke: stroke, crossed: true)
        default: return nil
        }
    }

    /// A rectangle in the series' colour with its hatching.
    func filledRectangle(_ rect: Rect, index: Int) -> [DisplayItem] {
        guard rect.width > 0, rect.height > 0 else { return [] }
        var items: [DisplayItem] = [.rectangle(rect, fill: color(index), stroke: nil, cornerRadius: 0)]
        if let hatch = hatch(index) {
            items.append(.hatch([.move(Point(x: rect.x, y: rect.y)), .line(Point(x: rect.maxX, y: rect.y)),
                                 .line(Point(x: rect.maxX, y: rect.maxY)), .line(Point(x: rect.x, y: rect.maxY)),
                                 .close], hatch))
        }
        return items
    }

    /// A filled closed path (a wedge) in the series' colour with its hatching.
    func filledPath(_ path: [PathElement], index: Int, outline: Stroke?) -> [DisplayItem] {
        var items: [DisplayItem] = [.path(path, fill: color(index), stroke: nil)]
        if let hatch = hatch(index) { items.append(.hatch(path, hatch)) }
        if let outline { items.append(.path(path, fill: nil, stroke: outline)) }
        return items
    }

    /// A line's point marker: circle, square, triangle, diamond, inverted
    /// triangle, or a cross, by series.
    func marker(_ index: Int, at center: Point, size: Double) -> [DisplayItem] {
        let r = size / 2
        func polygon(_ corners: [(Double, Double)]) -> DisplayItem {
            let points = corners.map { Point(x: center.x + $0.0 * r, y: center.y + $0.1 * r) }
            return .path([.move(points[0])] + points.dropFirst().map { .line($0) } + [.close],
                         fill: color(index), stroke: nil)
        }
        switch distinguish ? index % 6 : 0 {
        case 1: return [polygon([(-0.85, -0.85), (0.85, -0.85), (0.85, 0.85), (-0.85, 0.85)])]
        case 2: return [polygon([(0, -1.15), (1.05, 0.8), (-1.05, 0.8)])]
        case 3: return [polygon([(0, -1.2), (1.2, 0), (0, 1.2), (-1.2, 0)])]
        case 4: return [polygon([(0, 1.15), (1.05, -0.8), (-1.05, -0.8)])]
        case 5:
            let stroke = Stroke(color: color(index), width: size * 0.3)
            return [.line(from: Point(x: center.x - r, y: center.y - r), to: Point(x: center.x + r, y: center.y + r),
                          stroke: stroke),
                    .line(from: Point(x: center.x - r, y: center.y + r), to: Point(x: center.x + r, y: center.y - r),
                          stroke: stroke)]
        default:
            return [.ellipse(Rect(x: center.x - r, y: center.y - r, width: size, height: size), fill: color(index),
                             stroke: nil)]
        }
    }
}
