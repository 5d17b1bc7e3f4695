import Foundation
import FolioCore
import FolioLayout

/// A kind that shows the parts of one whole as wedges of a circle (donut,
/// pie): one series of values not below zero, no value axis, a legend and a
/// description that name each part with its share.
public protocol PartsOfWhole: ChartKind {}

extension PartsOfWhole {
    public static var dataShape: ChartDataShape { ChartDataShape(oneSeries: true, nonNegativeBecause: "shows parts of a whole") }

    public func valueAxis(for chart: ChartBlock) -> ValueAxis? { nil }

    /// One colour and hatching per part.
    public func markedCount(_ data: ChartData) -> Int { data.categories.count }

    public func legend(for chart: ChartBlock) -> [LegendEntry] {
        Self.shareLabels(chart).enumerated().map { LegendEntry(name: $0.element, key: .swatch($0.offset)) }
    }

    public func describe(_ chart: ChartBlock, in words: ChartWording) -> String {
        words.colon + Self.shareLabels(chart).joined(separator: words.comma)
    }

    /// Each part's share of the whole in percent.
    static func shares(_ data: ChartData) -> [Double] {
        let values = data.series.first?.values ?? []
        let total = values.reduce(0, +)
        return values.map { total > 0 ? $0 / total * 100 : 0 }
    }

    /// Each part named with its share, "Esophageal 58%", for the legend and the description.
    static func shareLabels(_ chart: ChartBlock) -> [String] {
        let percent = NumberFormat(decimals: 0, suffix: "%", locale: chart.format.locale)
        return zip(chart.data.categories, shares(chart.data)).map { "\($0) \(percent.string($1))" }
    }

    /// Wedges clockwise from twelve o'clock, centred in the area; their angles
    /// sum to a full turn. With a hole (`hole` of the radius), `centerLabel` sits in it.
    func wedges(in area: Rect, on canvas: ChartCanvas, hole: Double, centerLabel: String? = nil) throws -> ChartDrawing {
        let radius = min(area.width, area.height) / 2
        let center = Point(x: area.x + area.width / 2, y: area.y + radius)
        let inner = radius * hole
        var angle = -Double.pi / 2
        var items: [DisplayItem] = Self.shares(canvas.chart.data).enumerated().flatMap { index, share in
            let sweep = share / 100 * 2 * Double.pi
            defer { angle += sweep }
            var path: [PathElement] = [.arc(center: center, radius: radius, start: angle, end: angle + sweep)]
            if inner > 0 {
                path.append(.arcBack(center: center, radius: inner, start: angle + sweep, end: angle))
            } else {
                path.append(.line(center))
            }
            // A white hairline between wedges keeps them apart in greyscale print.
            return canvas.marks.filledPath(path + [.close], index: index, outline: Stroke(color: .white, width: 0.75))
        }
        if inner > 0, let text = centerLabel, !text.isEmpty {
            let room = inner * 2 * 0.8
            let label = try canvas.titles.label(text, maxWidth: room, alignment: .center)
            items += label.items.map { $0.offsetBy(dx: center.x - room / 2, dy: center.y - label.size.height / 2) }
        }
        return ChartDrawing(items: items, bottom: area.y + 2 * radius)
    }
}
