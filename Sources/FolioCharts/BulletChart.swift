import FolioCore
import FolioLayout

/// A rate against its target per category (Few, "Bullet Graph Design
/// Specification", 2013): a pale track over the whole scale, the value as a
/// bar along its middle, the target as a short bar across it, and the value
/// written after the track's end.
public struct BulletChart: ChartKind {
    public static let names = ["bullet"]
    public static let settings = AxisTitles.settings
    public static let dataShape = ChartDataShape(oneSeries: true, targets: true)

    public var axisTitles: AxisTitles

    public init(axisTitles: AxisTitles = AxisTitles()) {
        self.axisTitles = axisTitles
    }

    public init(name: String, settings: ChartSettings) {
        self.init(axisTitles: AxisTitles(settings))
    }

    public func spokenName(_ words: ChartWording) -> String { words.kindName("bullet") }

    /// Values and targets on one scale from zero.
    public func valueAxis(for chart: ChartBlock) -> ValueAxis? {
        ValueAxis(covering: chart.data.allValues + (chart.data.targets ?? []), includeZero: true, format: chart.format)
    }

    public func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing {
        guard let axis = canvas.axis else { return ChartDrawing(items: [], bottom: area.y) }
        let chart = canvas.chart
        let values = chart.data.categories.indices.map { chart.data.series.first?.values[$0] ?? 0 }
        let texts = try values.map { try canvas.labels.label(chart.format.string($0), maxWidth: .greatestFiniteMagnitude) }
        // Room after the track for the widest value.
        let room = texts.map(\.size.width).max().map { $0 + 4 } ?? 0
        let frame = RowFrame(canvas: canvas, axis: axis, titles: axisTitles, trailingRoom: room)
        return try frame.draw(in: area) { category, band, x in
            let value = values[category]
            let track = Rect(x: band.x, y: band.y + band.height * 0.18, width: band.width, height: band.height * 0.64)
            let barHeight = track.height * 0.42
            let bar = Rect(x: x(min(0, value)), y: track.midY - barHeight / 2, width: abs(x(value) - x(0)), height: barHeight)
            var items: [DisplayItem] = [.rectangle(track, fill: chart.appearance.gridColor.tint(0.55), stroke: nil,
                                                   cornerRadius: 0)]
            items += canvas.marks.filledRectangle(bar, index: 0)
            if let target = chart.data.targets?[category] {
                items.append(.rectangle(Rect(x: x(target) - 1, y: track.y + track.height * 0.1, width: 2,
                                             height: track.height * 0.8),
                                        fill: chart.appearance.axisColor, stroke: nil, cornerRadius: 0))
            }
            let text = texts[category]
            return items + text.items.map { $0.offsetBy(dx: track.maxX + 4, dy: track.midY - text.size.height / 2) }
        }
    }

    /// The series, then the target mark.
    public func legend(for chart: ChartBlock) -> [LegendEntry] {
        chart.data.series.enumerated().map { LegendEntry(name: $0.element.name, key: .swatch($0.offset)) }
            + (chart.data.targets == nil ? [] : [LegendEntry(name: chart.targetName, key: .target)])
    }

    /// Each category's value and its target: "Resection rate 98% against a target of 95%".
    public func describe(_ chart: ChartBlock, in words: ChartWording) -> String {
        let values = chart.data.series.first?.values ?? []
        let parts = chart.data.categories.indices.map { index in
            var part = "\(chart.data.categories[index]) \(chart.format.string(values[index]))"
            if let target = chart.data.targets?[index] {
                let written = chart.format.string(target)
                part += words.againstTarget(written)
            }
            return part
        }
        return words.colon + parts.joined(separator: words.semicolon)
    }
}
