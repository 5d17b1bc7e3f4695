import FolioCore
import FolioLayout

/// The frame of a chart whose categories lie one under another (horizontal
/// bars, bullets): category names on the left, value ticks and gridlines along
/// the bottom, axis titles above and below. The kind draws its marks into
/// each category's band.
struct RowFrame {
    let canvas: ChartCanvas
    let axis: ValueAxis
    let titles: AxisTitles
    /// Room after the plot's right end (for values written after the marks).
    var trailingRoom = 0.0

    /// `marksInBand` gets a category, its band across the plot, and where a value falls across it.
    func draw(in area: Rect, band marksInBand: (Int, Rect, (Double) -> Double) throws -> [DisplayItem]) throws -> ChartDrawing {
        let labels = canvas.labels
        let categories = canvas.chart.data.categories
        let yTitle = try titles.yTitle(at: Point(x: area.x, y: area.y), width: area.width, labels: labels)
        let nameLabels = try categories.map { try labels.label($0, maxWidth: area.width * 0.35) }
        let nameWidth = (nameLabels.map(\.size.width).max() ?? 0) + 6
        let tickLabels = try axis.scale.ticks.map { try labels.label(axis.tickFormat.string($0), maxWidth: area.width / 4) }
        let tickHeight = tickLabels.map(\.size.height).max() ?? 0
        let xTitleHeight = try titles.xTitle(under: (0, 1), top: 0, labels: labels).height
        let plot = Rect(x: area.x + nameWidth, y: area.y + yTitle.height, width: area.width - nameWidth - 8 - trailingRoom,
                        height: area.height - yTitle.height - tickHeight - 4 - xTitleHeight)
        let band = plot.height / Double(max(categories.count, 1))
        func x(_ value: Double) -> Double { axis.position(of: value, from: plot.x, length: plot.width) }
        var items = yTitle.items
        for (tick, label) in zip(axis.scale.ticks, tickLabels) {
            let tx = x(tick)
            items.append(canvas.gridline(from: Point(x: tx, y: plot.y), to: Point(x: tx, y: plot.maxY), at: tick))
            items += label.items.map { $0.offsetBy(dx: tx - label.size.width / 2, dy: plot.maxY + 3) }
        }
        for (category, label) in nameLabels.enumerated() {
            let bandY = plot.y + Double(category) * band
            items += try marksInBand(category, Rect(x: plot.x, y: bandY, width: plot.width, height: band), x)
            items += label.items.map { $0.offsetBy(dx: area.x, dy: bandY + (band - label.size.height) / 2) }
        }
        let bottom = plot.maxY + 3 + tickHeight
        items += try titles.xTitle(under: (plot.x, plot.width), top: bottom, labels: labels).items
        return ChartDrawing(items: items, bottom: bottom + xTitleHeight)
    }
}
