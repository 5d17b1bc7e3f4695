import Foundation
import FolioCore
import FolioLayout

extension ChartPlot {
    /// Wedges clockwise from twelve o'clock; their angles sum to a full turn.
    func wedgeAngles() -> [(start: Double, end: Double)] {
        var angle = -Double.pi / 2
        return chart.shares.map { share in
            let sweep = share / 100 * 2 * Double.pi
            defer { angle += sweep }
            return (angle, angle + sweep)
        }
    }

    /// A donut or pie centred in the area; a donut's label sits in its hole.
    func wedges(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        let radius = min(area.width, area.height) / 2
        let center = Point(x: area.x + area.width / 2, y: area.y + radius)
        let inner = chart.kind == .donut ? radius * 0.58 : 0
        var items: [DisplayItem] = wedgeAngles().enumerated().flatMap { index, angles in
            var path: [PathElement] = [.arc(center: center, radius: radius, start: angles.start, end: angles.end)]
            if inner > 0 {
                path.append(.arcBack(center: center, radius: inner, start: angles.end, end: angles.start))
            } else {
                path.append(.line(center))
            }
            // A white hairline between wedges keeps them apart in greyscale print.
            return marks.filledPath(path + [.close], index: index, outline: Stroke(color: .white, width: 0.75))
        }
        if inner > 0, let text = chart.centerLabel, !text.isEmpty {
            let room = inner * 2 * 0.8
            let label = try titles.label(text, maxWidth: room, alignment: .center)
            items += label.items.map { $0.offsetBy(dx: center.x - room / 2, dy: center.y - label.size.height / 2) }
        }
        return (items, area.y + 2 * radius)
    }
}
