import FolioCore
import FolioLayout

extension ChartPlot {
    /// Vertical bars (grouped or stacked) and lines: value ticks on the left,
    /// categories along the bottom.
    func vertical(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        let yTitle = try self.yTitle(at: Point(x: area.x, y: area.y), width: area.width)
        let tickLabels = try scale.ticks.map { try labels.label(tickFormat.string($0), maxWidth: area.width / 3) }
        let labelWidth = (tickLabels.map(\.size.width).max() ?? 0) + 6
        let categories = chart.data.categories
        let band = (area.width - labelWidth) / Double(max(categories.count, 1))
        let categoryLabels = try CategoryLabels(categories, labels: labels, band: band)
        let xTitleHeight = try xTitle(under: (0, 1), top: 0).height
        // Room above the plot for the value written over the tallest bar.
        let valuesOverBars = chart.kind == .bar && chart.data.series.count == 1
        let headroom = valuesOverBars ? (tickLabels.map(\.size.height).max() ?? 0) + 2 : 4
        let plot = Rect(x: area.x + labelWidth, y: area.y + headroom + yTitle.height, width: area.width - labelWidth,
                        height: area.height - yTitle.height - headroom - categoryLabels.height - 2 - xTitleHeight)
        func y(_ value: Double) -> Double { plot.maxY - (value - scale.lower) / (scale.upper - scale.lower) * plot.height }
        var items = yTitle.items
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = y(tick)
            items.append(gridline(from: Point(x: plot.x, y: ty), to: Point(x: plot.maxX, y: ty), at: tick))
            items += label.items.map { $0.offsetBy(dx: plot.x - 4 - label.size.width, dy: ty - label.size.height / 2) }
        }
        for category in categories.indices {
            let bandX = plot.x + Double(category) * band
            if chart.kind == .bar {
                let groupWidth = band * 0.7
                let count = chart.stacked || chart.percent ? 1 : chart.data.series.count
                let barWidth = groupWidth / Double(count)
                for (series, range) in ranges[category].enumerated() {
                    let x = bandX + (band - groupWidth) / 2 + (count == 1 ? 0 : Double(series) * barWidth)
                    let top = y(range.high), bottom = y(range.low)
                    items += marks.filledRectangle(Rect(x: x, y: top, width: barWidth, height: bottom - top),
                                                   index: series)
                }
                if valuesOverBars, let value = chart.data.series.first?.values[category] {
                    let text = try labels.label(chart.format.string(value), maxWidth: band, alignment: .center)
                    items += text.items.map { $0.offsetBy(dx: bandX, dy: y(max(value, 0)) - text.size.height - 1) }
                }
            }
            items += categoryLabels.items(for: category).map { $0.offsetBy(dx: bandX, dy: plot.maxY + 4) }
        }
        if chart.kind == .line {
            items += lines(in: plot, band: band, y: y)
        }
        let bottom = plot.maxY + 4 + categoryLabels.height
        items += try xTitle(under: (plot.x, plot.width), top: bottom).items
        return (items, bottom + xTitleHeight)
    }

    /// Each series as a polyline with its markers; with `area`, tinted areas
    /// down to the axis first, so that no area hides another series' line.
    private func lines(in plot: Rect, band: Double, y: (Double) -> Double) -> [DisplayItem] {
        let series = chart.data.series.map { line in
            line.values.enumerated().map { Point(x: plot.x + (Double($0.offset) + 0.5) * band, y: y($0.element)) }
        }
        var items: [DisplayItem] = []
        if chart.area {
            let base = y(0)
            for (index, points) in series.enumerated() {
                guard let first = points.first, let last = points.last else { continue }
                let outline: [PathElement] = [.move(Point(x: first.x, y: base))] + points.map { .line($0) }
                    + [.line(Point(x: last.x, y: base)), .close]
                items.append(.path(outline, fill: marks.color(index).tint(0.78), stroke: nil))
            }
        }
        for (index, points) in series.enumerated() {
            guard let first = points.first else { continue }
            let path: [PathElement] = [.move(first)] + points.dropFirst().map { PathElement.line($0) }
            items.append(.path(path, fill: nil, stroke: Stroke(color: marks.color(index), width: 1.5)))
            items += points.flatMap { marks.marker(index, at: $0, size: 4.5) }
        }
        return items
    }
}

extension RGBColor {
    /// The colour mixed with white: 0 leaves it, 1 gives white.
    func tint(_ amount: Double) -> RGBColor {
        RGBColor(red: red + (1 - red) * amount, green: green + (1 - green) * amount, blue: blue + (1 - blue) * amount)
    }
}
