import FolioCore
import FolioLayout

/// A line per series through its values, each point marked with the series'
/// marker shape; with `area`, the area under each line tinted.
public struct LineChart: ChartKind {
    public static let names = ["line"]
    public static let settings = [ChartSetting("area", .flag)] + AxisTitles.settings
    public static let dataShape = ChartDataShape()

    public var area: Bool
    public var axisTitles: AxisTitles

    public init(area: Bool = false, axisTitles: AxisTitles = AxisTitles()) {
        self.area = area
        self.axisTitles = axisTitles
    }

    public init(name: String, settings: ChartSettings) {
        self.init(area: settings.flag("area"), axisTitles: AxisTitles(settings))
    }

    public func spokenName(_ words: ChartWording) -> String { words.kindName("line") }

    /// A plain line shows change and may zoom in on its range; an area shows
    /// an amount by its extent, so its axis starts at zero.
    public func valueAxis(for chart: ChartBlock) -> ValueAxis? {
        ValueAxis(covering: chart.data.allValues, includeZero: area, format: chart.format)
    }

    public func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing {
        guard let axis = canvas.axis else { return ChartDrawing(items: [], bottom: area.y) }
        return try ColumnFrame(canvas: canvas, axis: axis, titles: axisTitles)
            .draw(in: area, band: { _, _ in [] }, over: { lines($0, on: canvas) })
    }

    /// Each series as a polyline with its markers; with `area`, tinted areas
    /// down to the axis first, so that no area hides another series' line.
    private func lines(_ geometry: ColumnFrame.Geometry, on canvas: ChartCanvas) -> [DisplayItem] {
        let plot = geometry.plot
        let series = canvas.chart.data.series.map { line in
            line.values.enumerated().map { Point(x: plot.x + (Double($0.offset) + 0.5) * geometry.band, y: geometry.y($0.element)) }
        }
        var items: [DisplayItem] = []
        if area {
            let base = geometry.y(0)
            for (index, points) in series.enumerated() {
                guard let first = points.first, let last = points.last else { continue }
                let outline: [PathElement] = [.move(Point(x: first.x, y: base))] + points.map { .line($0) }
                    + [.line(Point(x: last.x, y: base)), .close]
                items.append(.path(outline, fill: canvas.marks.color(index).tint(0.78), stroke: nil))
            }
        }
        for (index, points) in series.enumerated() {
            guard let first = points.first else { continue }
            let path: [PathElement] = [.move(first)] + points.dropFirst().map { PathElement.line($0) }
            items.append(.path(path, fill: nil, stroke: Stroke(color: canvas.marks.color(index), width: 1.5)))
            items += points.flatMap { canvas.marks.marker(index, at: $0, size: 4.5) }
        }
        return items
    }

    /// Several series: a legend entry each, keyed by line and marker.
    public func legend(for chart: ChartBlock) -> [LegendEntry] {
        guard chart.data.series.count > 1 else { return [] }
        return chart.data.series.enumerated().map { LegendEntry(name: $0.element.name, key: .line($0.offset)) }
    }

    public func describe(_ chart: ChartBlock, in words: ChartWording) -> String {
        words.categoriesAndValues(of: chart)
    }
}
