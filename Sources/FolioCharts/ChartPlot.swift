import Foundation
import FolioCore
import FolioLayout

/// Draws a chart's plot: axes, gridlines, ticks and their labels, and the
/// marks (bars, lines, wedges) in a rectangle.
struct ChartPlot {
    let chart: ChartBlock
    let labels: ChartLabels

    var colors: [RGBColor] {
        ChartPalette.colors(max(chart.data.series.count, chart.data.categories.count), brand: chart.appearance.colors)
    }

    func draw(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        switch chart.kind {
        case .bar, .line: try vertical(in: area)
        case .horizontalBar: try horizontal(in: area)
        case .donut, .pie: wedges(in: area)
        }
    }

    /// The values along the value axis: per category, each series' value or,
    /// stacked, the running sums (in percent of the category's total for 100 % stacks).
    var stackedRanges: [[(low: Double, high: Double)]] {
        let data = chart.data
        return data.categories.indices.map { category in
            var positive = 0.0, negative = 0.0
            let total = data.series.reduce(0) { $0 + abs($1.values[category]) }
            return data.series.map { series in
                var value = series.values[category]
                if chart.percent { value = total > 0 ? value / total * 100 : 0 }
                guard chart.stacked || chart.percent else { return (min(0, value), max(0, value)) }
                if value >= 0 {
                    defer { positive += value }
                    return (positive, positive + value)
                }
                defer { negative += value }
                return (negative + value, negative)
            }
        }
    }

    var scale: NiceScale {
        // Shares run from 0 to exactly 100 %, whatever rounding the sums carry.
        if chart.percent { return NiceScale(minimum: 0, maximum: 100, ticks: 5) }
        let ranges = stackedRanges.flatMap { $0 }
        let values = chart.kind == .line ? chart.data.allValues : ranges.flatMap { [$0.low, $0.high] }
        return NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, ticks: 5,
                         includeZero: chart.kind != .line)
    }

    var tickFormat: NumberFormat {
        var format = chart.format
        format.decimals = max(format.decimals, scale.decimals)
        if chart.percent { format.suffix = "%" }
        return format
    }

    // MARK: - Vertical bars and lines

    private func vertical(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        let scale = self.scale
        let tickLabels = try scale.ticks.map { try labels.label(tickFormat.string($0), maxWidth: area.width / 3) }
        let labelWidth = (tickLabels.map(\.size.width).max() ?? 0) + 6
        let categories = chart.data.categories
        let band = (area.width - labelWidth) / Double(max(categories.count, 1))
        let categoryLabels = try CategoryLabels(categories, labels: labels, band: band)
        let plot = Rect(x: area.x + labelWidth, y: area.y + 4, width: area.width - labelWidth,
                        height: area.height - categoryLabels.height - 6)
        func y(_ value: Double) -> Double { plot.maxY - (value - scale.lower) / (scale.upper - scale.lower) * plot.height }
        var items: [DisplayItem] = []
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let ty = y(tick)
            items.append(.line(from: Point(x: plot.x, y: ty), to: Point(x: plot.maxX, y: ty),
                               stroke: Stroke(color: tick == 0 ? chart.appearance.axisColor : chart.appearance.gridColor,
                                              width: tick == 0 ? 0.75 : 0.4)))
            items += label.items.map { $0.offsetBy(dx: plot.x - 4 - label.size.width, dy: ty - label.size.height / 2) }
        }
        let ranges = stackedRanges
        for (category, _) in categories.enumerated() {
            let bandX = plot.x + Double(category) * band
            if chart.kind == .bar {
                let groupWidth = band * 0.7
                let count = chart.stacked || chart.percent ? 1 : chart.data.series.count
                let barWidth = groupWidth / Double(count)
                for (series, range) in ranges[category].enumerated() {
                    let x = bandX + (band - groupWidth) / 2 + (count == 1 ? 0 : Double(series) * barWidth)
                    let top = y(range.high), bottom = y(range.low)
                    items.append(.rectangle(Rect(x: x, y: top, width: barWidth, height: bottom - top),
                                            fill: colors[series], stroke: nil, cornerRadius: 0))
                }
                if chart.data.series.count == 1, let value = chart.data.series.first?.values[category] {
                    let text = try labels.label(chart.format.string(value), maxWidth: band, alignment: .center)
                    items += text.items.map { $0.offsetBy(dx: bandX, dy: y(max(value, 0)) - text.size.height - 1) }
                }
            }
            items += categoryLabels.items(for: category).map { $0.offsetBy(dx: bandX, dy: plot.maxY + 4) }
        }
        if chart.kind == .line {
            for (series, line) in chart.data.series.enumerated() {
                let points = line.values.enumerated().map {
                    Point(x: plot.x + (Double($0.offset) + 0.5) * band, y: y($0.element))
                }
                guard let first = points.first else { continue }
                let path: [PathElement] = [.move(first)] + points.dropFirst().map { PathElement.line($0) }
                items.append(.path(path, fill: nil, stroke: Stroke(color: colors[series], width: 1.5)))
                items += points.map { point -> DisplayItem in
                    .ellipse(Rect(x: point.x - 2, y: point.y - 2, width: 4, height: 4), fill: colors[series], stroke: nil)
                }
            }
        }
        return (items, plot.maxY + 4 + categoryLabels.height)
    }

    // MARK: - Horizontal bars

    private func horizontal(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        let scale = self.scale
        let categories = chart.data.categories
        let nameLabels = try categories.map { try labels.label($0, maxWidth: area.width * 0.35) }
        let nameWidth = (nameLabels.map(\.size.width).max() ?? 0) + 6
        let tickLabels = try scale.ticks.map { try labels.label(tickFormat.string($0), maxWidth: area.width / 4) }
        let tickHeight = tickLabels.map(\.size.height).max() ?? 0
        let plot = Rect(x: area.x + nameWidth, y: area.y, width: area.width - nameWidth - 8,
                        height: area.height - tickHeight - 4)
        let band = plot.height / Double(max(categories.count, 1))
        func x(_ value: Double) -> Double { plot.x + (value - scale.lower) / (scale.upper - scale.lower) * plot.width }
        var items: [DisplayItem] = []
        for (tick, label) in zip(scale.ticks, tickLabels) {
            let tx = x(tick)
            items.append(.line(from: Point(x: tx, y: plot.y), to: Point(x: tx, y: plot.maxY),
                               stroke: Stroke(color: tick == 0 ? chart.appearance.axisColor : chart.appearance.gridColor,
                                              width: tick == 0 ? 0.75 : 0.4)))
            items += label.items.map { $0.offsetBy(dx: tx - label.size.width / 2, dy: plot.maxY + 3) }
        }
        let ranges = stackedRanges
        for (category, label) in nameLabels.enumerated() {
            let bandY = plot.y + Double(category) * band
            let groupHeight = band * 0.7
            let count = chart.stacked || chart.percent ? 1 : chart.data.series.count
            let barHeight = groupHeight / Double(count)
            for (series, range) in ranges[category].enumerated() {
                let y = bandY + (band - groupHeight) / 2 + (count == 1 ? 0 : Double(series) * barHeight)
                items.append(.rectangle(Rect(x: x(range.low), y: y, width: x(range.high) - x(range.low),
                                             height: barHeight), fill: colors[series], stroke: nil, cornerRadius: 0))
            }
            items += label.items.map { $0.offsetBy(dx: area.x, dy: bandY + (band - label.size.height) / 2) }
        }
        return (items, plot.maxY + 3 + tickHeight)
    }

    // MARK: - Donut and pie

    /// Wedges clockwise from twelve o'clock; their angles sum to a full turn.
    func wedgeAngles() -> [(start: Double, end: Double)] {
        let values = chart.data.series.first?.values ?? []
        let total = values.reduce(0, +)
        var angle = -Double.pi / 2
        return values.map { value in
            let sweep = total > 0 ? value / total * 2 * Double.pi : 0
            defer { angle += sweep }
            return (angle, angle + sweep)
        }
    }

    private func wedges(in area: Rect) -> (items: [DisplayItem], bottom: Double) {
        let radius = min(area.width, area.height) / 2
        let center = Point(x: area.x + area.width / 2, y: area.y + radius)
        let inner = chart.kind == .donut ? radius * 0.58 : 0
        let items: [DisplayItem] = wedgeAngles().enumerated().map { index, angles in
            var path: [PathElement] = [.arc(center: center, radius: radius, start: angles.start, end: angles.end)]
            if inner > 0 {
                path.append(.arcBack(center: center, radius: inner, start: angles.end, end: angles.start))
            } else {
                path.append(.line(center))
            }
            // A white hairline between wedges keeps them apart in greyscale print.
            return .path(path + [.close], fill: colors[index], stroke: Stroke(color: .white, width: 0.75))
        }
        return (items, area.y + 2 * radius)
    }
}

/// Category labels under bars: on one line when they fit their band, wrapped
/// (up to three lines) when their words do, else on one line with only every
/// n-th label shown, each centred in room of n bands, so that none overlap.
struct CategoryLabels {
    private var labels: [ChartLabels.Label?]
    private let offsets: [Double]
    let height: Double

    init(_ categories: [String], labels: ChartLabels, band: Double) throws {
        let room = band * 0.95
        let natural = try categories.map { try labels.label($0, maxWidth: .greatestFiniteMagnitude) }
        let widest = natural.map(\.size.width).max() ?? 0
        if widest <= room {
            self.labels = natural
            offsets = natural.map { (band - $0.size.width) / 2 }
        } else if let wrapped = try Self.wrapped(categories, labels: labels, room: room) {
            self.labels = wrapped
            offsets = wrapped.map { _ in (band - room) / 2 }
        } else {
            let every = Int(ceil(widest / room))
            self.labels = natural.enumerated().map { $0.offset % every == 0 ? $0.element : nil }
            // Centred on its own band; its neighbours are at least `every` bands away.
            offsets = natural.map { (band - $0.size.width) / 2 }
        }
        height = self.labels.compactMap { $0?.size.height }.max() ?? 0
    }

    /// Labels wrapped to `room`, or nil when a word is wider or a label needs more than three lines.
    private static func wrapped(_ categories: [String], labels: ChartLabels, room: Double) throws -> [ChartLabels.Label]? {
        var result: [ChartLabels.Label] = []
        for category in categories {
            let label = try labels.label(category, maxWidth: room, alignment: .center)
            let lines = (label.size.height / (labels.style.size * 1.25)).rounded()
            let widest = label.items.map(\.bounds.width).max() ?? 0
            guard lines <= 3, widest <= room + 0.01 else { return nil }
            result.append(label)
        }
        return result
    }

    func items(for category: Int) -> [DisplayItem] {
        guard let label = labels[category] else { return [] }
        return label.items.map { $0.offsetBy(dx: offsets[category], dy: 0) }
    }
}
