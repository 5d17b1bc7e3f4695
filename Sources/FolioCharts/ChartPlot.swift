import Foundation
import FolioCore
import FolioLayout

/// Draws a chart's plot: axes, gridlines, ticks and their labels, axis titles,
/// and the marks (bars, lines, wedges, bullets) in a rectangle. The kinds'
/// drawing lives in extensions, one file each.
struct ChartPlot {
    let chart: ChartBlock
    let labels: ChartLabels
    /// For the text in a donut's hole.
    let titles: ChartLabels
    /// Colours, hatching and markers of the series (of the parts, for donuts and pies).
    let marks: SeriesMarks
    /// Per category, the span of each series along the value axis.
    let ranges: [[(low: Double, high: Double)]]
    let scale: NiceScale
    /// How tick values are written: the chart's format with the decimals the ticks need.
    let tickFormat: NumberFormat

    init(chart: ChartBlock, labels: ChartLabels, titles: ChartLabels) {
        self.chart = chart
        self.labels = labels
        self.titles = titles
        marks = SeriesMarks(count: chart.kind.isPartOfWhole ? chart.data.categories.count : chart.data.series.count,
                            brand: chart.appearance.colors)
        ranges = Self.stackedRanges(chart)
        scale = Self.scale(chart, ranges: ranges)
        var format = chart.format
        format.decimals = max(format.decimals, scale.decimals)
        if chart.percent { format.suffix = "%" }
        tickFormat = format
    }

    func draw(in area: Rect) throws -> (items: [DisplayItem], bottom: Double) {
        switch chart.kind {
        case .bar, .line: try vertical(in: area)
        case .horizontalBar, .bullet: try horizontal(in: area)
        case .donut, .pie: try wedges(in: area)
        }
    }

    /// The values along the value axis: per category, each series' value or,
    /// stacked, the running sums (in percent of the category's total for 100 % stacks).
    private static func stackedRanges(_ chart: ChartBlock) -> [[(low: Double, high: Double)]] {
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

    private static func scale(_ chart: ChartBlock, ranges: [[(low: Double, high: Double)]]) -> NiceScale {
        // Shares run from 0 to exactly 100 %, whatever rounding the sums carry.
        if chart.percent { return NiceScale(minimum: 0, maximum: 100, ticks: 5) }
        let values: [Double] = switch chart.kind {
        case .line: chart.data.allValues
        case .bullet: chart.data.allValues + (chart.data.targets ?? [])
        default: ranges.flatMap { $0 }.flatMap { [$0.low, $0.high] }
        }
        // Bars and areas show amounts by their extent, so their axis starts at zero;
        // a plain line shows change and may zoom in on its range.
        return NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, ticks: 5,
                         includeZero: chart.kind != .line || chart.area)
    }

    /// A gridline across the plot; the zero line is drawn as the axis.
    func gridline(from: Point, to: Point, at value: Double) -> DisplayItem {
        .line(from: from, to: to, stroke: Stroke(color: value == 0 ? chart.appearance.axisColor : chart.appearance.gridColor,
                                                 width: value == 0 ? 0.75 : 0.4))
    }

    /// The vertical axis's title, set above the plot's top-left corner (read
    /// without turning the head), and its height.
    func yTitle(at origin: Point, width: Double) throws -> (items: [DisplayItem], height: Double) {
        guard let text = chart.yTitle, !text.isEmpty else { return ([], 0) }
        let label = try labels.label(text, maxWidth: width)
        return (label.items.map { $0.offsetBy(dx: origin.x, dy: origin.y) }, label.size.height + 3)
    }

    /// The horizontal axis's title, centred under `span` from `top`, and its height.
    func xTitle(under span: (x: Double, width: Double), top: Double) throws -> (items: [DisplayItem], height: Double) {
        guard let text = chart.xTitle, !text.isEmpty else { return ([], 0) }
        let label = try labels.label(text, maxWidth: span.width, alignment: .center)
        return (label.items.map { $0.offsetBy(dx: span.x, dy: top + 3) }, label.size.height + 3)
    }
}
