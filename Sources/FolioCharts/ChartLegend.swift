import FolioCore
import FolioLayout

/// The key under a chart: one entry per series (per part for donuts and pies,
/// with its share), each drawn with the same colour and hatching or marker as
/// its marks, in rows that wrap at the chart's width.
struct ChartLegend {
    let chart: ChartBlock
    let labels: ChartLabels

    func layout(width: Double, top: Double) throws -> (items: [DisplayItem], bottom: Double) {
        let names: [String]
        if chart.kind.isPartOfWhole {
            names = chart.shareLabels
        } else {
            names = chart.data.series.map(\.name) + (chart.kind == .bullet && chart.data.targets != nil ? [chart.targetName] : [])
        }
        let marks = SeriesMarks(count: chart.kind == .bullet ? 1 : names.count, brand: chart.appearance.colors)
        var items: [DisplayItem] = []
        var x = 0.0, y = top
        let swatch = chart.appearance.labelStyle.size * 0.9
        let keyWidth = chart.kind == .line ? swatch * 2 : swatch
        var rowHeight = 0.0
        for (index, name) in names.enumerated() {
            let label = try labels.label(name, maxWidth: width - keyWidth - 4)
            let entryWidth = keyWidth + 4 + label.size.width + 12
            if x > 0 && x + entryWidth > width {
                x = 0
                y += rowHeight + 2
            }
            rowHeight = max(rowHeight, label.size.height)
            let key = Rect(x: x, y: y + (label.size.height - swatch) / 2, width: keyWidth, height: swatch)
            if chart.kind == .bullet && index == 1 {
                items.append(.rectangle(Rect(x: key.midX - 1, y: key.y - 1, width: 2, height: key.height + 2),
                                        fill: chart.appearance.axisColor, stroke: nil, cornerRadius: 0))
            } else if chart.kind == .line {
                items.append(.line(from: Point(x: key.x, y: key.midY), to: Point(x: key.maxX, y: key.midY),
                                   stroke: Stroke(color: marks.color(index), width: 1.5)))
                items += marks.marker(index, at: Point(x: key.midX, y: key.midY), size: swatch * 0.7)
            } else {
                items += marks.filledRectangle(key, index: index)
            }
            items += label.items.map { $0.offsetBy(dx: x + keyWidth + 4, dy: y) }
            x += entryWidth
        }
        return (items, y + rowHeight)
    }
}
