import FolioCore
import FolioLayout

extension ChartPlot {
    /// Horizontal bars, and bullets: category names on the left, value ticks
    /// along the bottom.
    func horizontal(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        let categories = chart.data.categories
        let yTitle = try self.yTitle(at: Point(x: area.x, y: area.y), width: area.width)
        let nameLabels = try categories.map { try labels.label($0, maxWidth: area.width * 0.35) }
        let nameWidth = (nameLabels.map(\.size.width).max() ?? 0) + 6
        let tickLabels = try scale.ticks.map { try labels.label(tickFormat.string($0), maxWidth: area.width / 4) }
        let tickHeight = tickLabels.map(\.size.height).max() ?? 0
        let xTitleHeight = try xTitle(under: (0, 1), top: 0).height
        // Bullets write each value after its bar: room for the widest at the scale's end.
        let valueRoom = chart.kind == .bullet
            ? try (chart.data.series.first?.values ?? []).map { try labels.label(chart.format.string($0), maxWidth: area.width).size.width }
                .max().map { $0 + 4 } ?? 0
            : 0
        let plot = Rect(x: area.x + nameWidth, y: area.y + yTitle.height, width: area.width - nameWidth - 8 - valueRoom,
                        height: area.height - yTitle.height - tickHeight - 4 - xTitleHeight)
        let band = plot.height / Double(max(categories.count, 1))
        func x(_ value: Double) -> Double { plot.x + (value - scale.lower) / (scale.upper - scale.lower) * plot.width }
        var items = yTitle.items
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let tx = x(tick)
            items.append(gridline(from: Point(x: tx, y: plot.y), to: Point(x: tx, y: plot.maxY), at: tick))
            items += label.items.map { $0.offsetBy(dx: tx - label.size.width / 2, dy: plot.maxY + 3) }
        }
        for (category, label) in nameLabels.enumerated() {
            let bandY = plot.y + Double(category) * band
            if chart.kind == .bullet {
                items += try bullet(category, band: Rect(x: plot.x, y: bandY, width: plot.width, height: band), x: x)
            } else {
                items += bars(category, bandY: bandY, band: band, x: x)
            }
            items += label.items.map { $0.offsetBy(dx: area.x, dy: bandY + (band - label.size.height) / 2) }
        }
        let bottom = plot.maxY + 3 + tickHeight
        items += try xTitle(under: (plot.x, plot.width), top: bottom).items
        return (items, bottom + xTitleHeight)
    }

    private func bars(_ category: Int, bandY: Double, band: Double, x: (Double) -> Double) -> [DisplayItem] {
        let groupHeight = band * 0.7
        let count = chart.stacked || chart.percent ? 1 : chart.data.series.count
        let barHeight = groupHeight / Double(count)
        return ranges[category].enumerated().flatMap { series, range in
            let y = bandY + (band - groupHeight) / 2 + (count == 1 ? 0 : Double(series) * barHeight)
            return marks.filledRectangle(Rect(x: x(range.low), y: y, width: x(range.high) - x(range.low),
                                              height: barHeight), index: series)
        }
    }

    /// Few's bullet graph: a pale track over the whole scale, the value as a
    /// bar along its middle, the target as a short bar across it, and the value
    /// written after the track's end.
    private func bullet(_ category: Int, band: Rect, x: (Double) -> Double) throws -> [DisplayItem] {
        let value = chart.data.series.first?.values[category] ?? 0
        let track = Rect(x: band.x, y: band.y + band.height * 0.18, width: band.width, height: band.height * 0.64)
        let barHeight = track.height * 0.42
        let bar = Rect(x: x(min(0, value)), y: track.midY - barHeight / 2, width: abs(x(value) - x(0)), height: barHeight)
        var items: [DisplayItem] = [.rectangle(track, fill: chart.appearance.gridColor.tint(0.55), stroke: nil,
                                               cornerRadius: 0)]
        items += marks.filledRectangle(bar, index: 0)
        if let target = chart.data.targets?[category] {
            items.append(.rectangle(Rect(x: x(target) - 1, y: track.y + track.height * 0.1, width: 2,
                                         height: track.height * 0.8),
                                    fill: chart.appearance.axisColor, stroke: nil, cornerRadius: 0))
        }
        let text = try labels.label(chart.format.string(value), maxWidth: .greatestFiniteMagnitude)
        let textX = track.maxX + 4
        return items + text.items.map { $0.offsetBy(dx: textX, dy: track.midY - text.size.height / 2) }
    }
}
