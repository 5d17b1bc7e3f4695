import FolioCore
import FolioLayout

/// The key under a chart: the entries its kind gives (a series each, or a
/// part each with its share), each drawn with the same colour and hatching or
/// marker as its marks, in rows that wrap at the chart's width.
struct ChartLegend {
    let entries: [LegendEntry]
    let canvas: ChartCanvas

    func layout(width: Double, top: Double) throws -> (items: [DisplayItem], bottom: Double) {
        let appearance = canvas.chart.appearance
        let marks = canvas.marks
        var items: [DisplayItem] = []
        var x = 0.0, y = top
        let swatch = appearance.labelStyle.size * 0.9
        var rowHeight = 0.0
        for entry in entries {
            let keyWidth = if case .line = entry.key { swatch * 2 } else { swatch }
            let label = try canvas.labels.label(entry.name, maxWidth: width - keyWidth - 4)
            let entryWidth = keyWidth + 4 + label.size.width + 12
            if x > 0 && x + entryWidth > width {
                x = 0
                y += rowHeight + 2
            }
            rowHeight = max(rowHeight, label.size.height)
            let key = Rect(x: x, y: y + (label.size.height - swatch) / 2, width: keyWidth, height: swatch)
            switch entry.key {
            case let .swatch(index):
                items += marks.filledRectangle(key, index: index)
            case let .line(index):
                items.append(.line(from: Point(x: key.x, y: key.midY), to: Point(x: key.maxX, y: key.midY),
                                   stroke: Stroke(color: marks.color(index), width: 1.5)))
                items += marks.marker(index, at: Point(x: key.midX, y: key.midY), size: swatch * 0.7)
            case .target:
                items.append(.rectangle(Rect(x: key.midX - 1, y: key.y - 1, width: 2, height: key.height + 2),
                                        fill: appearance.axisColor, stroke: nil, cornerRadius: 0))
            }
            items += label.items.map { $0.offsetBy(dx: x + keyWidth + 4, dy: y) }
            x += entryWidth
        }
        return (items, y + rowHeight)
    }
}
