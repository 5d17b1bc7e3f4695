import FolioCore
import FolioLayout

/// Bars from a zero baseline: standing (`bar`) or lying (`bar-horizontal`);
/// a bar per series side by side in each category, or the series on each
/// other (`stacked`), or stacked to 100 % of the category (`percent`).
public struct BarChart: ChartKind {
    public enum Orientation: Sendable {
        case vertical
        case horizontal
    }

    public enum Stacking: Sendable {
        /// A bar per series, side by side.
        case grouped
        case stacked
        /// Stacked, each category's total as 100 %.
        case percent
    }

    public static let names = ["bar", "bar-horizontal"]
    public static let settings = [ChartSetting("stacked", .flag), ChartSetting("percent", .flag)] + AxisTitles.settings
    public static let dataShape = ChartDataShape()

    public var orientation: Orientation
    public var stacking: Stacking
    public var axisTitles: AxisTitles

    public init(orientation: Orientation = .vertical, stacking: Stacking = .grouped,
                axisTitles: AxisTitles = AxisTitles()) {
        self.orientation = orientation
        self.stacking = stacking
        self.axisTitles = axisTitles
    }

    public init(name: String, settings: ChartSettings) {
        self.init(orientation: name == "bar-horizontal" ? .horizontal : .vertical,
                  stacking: settings.flag("percent") ? .percent : settings.flag("stacked") ? .stacked : .grouped,
                  axisTitles: AxisTitles(settings))
    }

    public func spokenName(_ words: ChartWording) -> String {
        words.kindName(orientation == .vertical ? "bar" : "bar-horizontal")
    }

    public func valueAxis(for chart: ChartBlock) -> ValueAxis? {
        // Shares run from 0 to exactly 100 %, whatever rounding the sums carry.
        guard stacking != .percent else {
            var format = chart.format
            format.suffix = "%"
            return ValueAxis(scale: NiceScale(minimum: 0, maximum: 100, ticks: 5), format: format)
        }
        // Bars show amounts by their extent, so their axis starts at zero.
        let ends = ranges(chart.data).flatMap { $0 }.flatMap { [$0.low, $0.high] }
        return ValueAxis(covering: ends, includeZero: true, format: chart.format)
    }

    public func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing {
        guard let axis = canvas.axis else { return ChartDrawing(items: [], bottom: area.y) }
        let ranges = ranges(canvas.chart.data)
        // Bars side by side in a category's band, or one stack.
        let count = stacking == .grouped ? canvas.chart.data.series.count : 1
        switch orientation {
        case .vertical: return try standing(ranges, count: count, in: area, on: canvas, axis: axis)
        case .horizontal: return try lying(ranges, count: count, in: area, on: canvas, axis: axis)
        }
    }

    /// Columns over category labels; with one series, its value written over each bar.
    private func standing(_ ranges: [[(low: Double, high: Double)]], count: Int, in area: Rect, on canvas: ChartCanvas,
                          axis: ValueAxis) throws -> ChartDrawing {
        let values = canvas.chart.data.series.count == 1 ? canvas.chart.data.series.first?.values : nil
        let frame = ColumnFrame(canvas: canvas, axis: axis, titles: axisTitles, valuesAbove: values != nil)
        return try frame.draw(in: area) { geometry, category in
            let bandX = geometry.bandX(category), band = geometry.band
            let groupWidth = band * 0.7
            let barWidth = groupWidth / Double(count)
            var items = ranges[category].enumerated().flatMap { series, range in
                let x = bandX + (band - groupWidth) / 2 + (count == 1 ? 0 : Double(series) * barWidth)
                let top = geometry.y(range.high), bottom = geometry.y(range.low)
                return canvas.marks.filledRectangle(Rect(x: x, y: top, width: barWidth, height: bottom - top),
                                                    index: series)
            }
            if let value = values?[category] {
                let text = try canvas.labels.label(canvas.chart.format.string(value), maxWidth: band, alignment: .center)
                items += text.items.map { $0.offsetBy(dx: bandX, dy: geometry.y(max(value, 0)) - text.size.height - 1) }
            }
            return items
        }
    }

    /// Bars to the right of category names.
    private func lying(_ ranges: [[(low: Double, high: Double)]], count: Int, in area: Rect, on canvas: ChartCanvas,
                       axis: ValueAxis) throws -> ChartDrawing {
        try RowFrame(canvas: canvas, axis: axis, titles: axisTitles).draw(in: area) { category, band, x in
            let groupHeight = band.height * 0.7
            let barHeight = groupHeight / Double(count)
            return ranges[category].enumerated().flatMap { series, range in
                let y = band.y + (band.height - groupHeight) / 2 + (count == 1 ? 0 : Double(series) * barHeight)
                return canvas.marks.filledRectangle(Rect(x: x(range.low), y: y, width: x(range.high) - x(range.low),
                                                         height: barHeight), index: series)
            }
        }
    }

    /// Several series: a legend entry each.
    public func legend(for chart: ChartBlock) -> [LegendEntry] {
        guard chart.data.series.count > 1 else { return [] }
        return chart.data.series.enumerated().map { LegendEntry(name: $0.element.name, key: .swatch($0.offset)) }
    }

    public func describe(_ chart: ChartBlock, in words: ChartWording) -> String {
        words.categoriesAndValues(of: chart)
    }

    /// Per category, the span of each series along the value axis: from zero
    /// to its value or, stacked, the running sums (in percent of the
    /// category's total for 100 % stacks; negative values stack downwards).
    func ranges(_ data: ChartData) -> [[(low: Double, high: Double)]] {
        data.categories.indices.map { category in
            var positive = 0.0, negative = 0.0
            let total = data.series.reduce(0) { $0 + abs($1.values[category]) }
            return data.series.map { series in
                var value = series.values[category]
                if stacking == .percent { value = total > 0 ? value / total * 100 : 0 }
                guard stacking != .grouped else { return (min(0, value), max(0, value)) }
                if value >= 0 {
                    defer { positive += value }
                    return (positive, positive + value)
                }
                defer { negative += value }
                return (negative + value, negative)
            }
        }
    }
}
