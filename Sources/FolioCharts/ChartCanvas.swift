import FolioCore
import FolioLayout

/// What every kind's plot draws with: the chart (data, format, colours), its
/// label setters, the marks that tell its series apart, and its value axis.
public struct ChartCanvas {
    let chart: ChartBlock
    let labels: ChartLabels
    /// For text set larger than labels (a donut's centre label).
    let titles: ChartLabels
    /// Colours, hatching and markers of the series (of the parts, for parts of a whole).
    let marks: SeriesMarks
    /// The kind's value axis; nil for a kind without one.
    let axis: ValueAxis?

    /// A gridline across the plot; the zero line is drawn as the axis.
    func gridline(from: Point, to: Point, at value: Double) -> DisplayItem {
        .line(from: from, to: to, stroke: Stroke(color: value == 0 ? chart.appearance.axisColor : chart.appearance.gridColor,
                                                 width: value == 0 ? 0.75 : 0.4))
    }
}

/// A value axis: ticks at nice numbers and how their labels are written.
public struct ValueAxis: Sendable {
    public let scale: NiceScale
    /// The chart's number format with at least the decimals the ticks need.
    public let tickFormat: NumberFormat

    public init(scale: NiceScale, format: NumberFormat) {
        self.scale = scale
        var format = format
        format.decimals = max(format.decimals, scale.decimals)
        tickFormat = format
    }

    /// An axis over `values` with about five ticks.
    public init(covering values: [Double], includeZero: Bool, format: NumberFormat) {
        self.init(scale: NiceScale(minimum: values.min() ?? 0, maximum: values.max() ?? 1, ticks: 5,
                                   includeZero: includeZero),
                  format: format)
    }

    /// Where `value` falls along an axis of `length` points from `start`, lowest value at `start`.
    func position(of value: Double, from start: Double, length: Double) -> Double {
        start + (value - scale.lower) / (scale.upper - scale.lower) * length
    }
}

extension RGBColor {
    /// The colour mixed with white: 0 leaves it, 1 gives white.
    func tint(_ amount: Double) -> RGBColor {
        RGBColor(red: red + (1 - red) * amount, green: green + (1 - green) * amount, blue: blue + (1 - blue) * amount)
    }
}
