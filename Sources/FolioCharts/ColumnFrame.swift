import FolioCore
import FolioLayout

/// The frame of a chart whose categories stand side by side (bars, lines):
/// value ticks and gridlines on the left, category labels underneath (wrapped
/// or thinned so that none overlap), axis titles above and below. The kind
/// draws its marks into each category's band, then over the whole plot.
struct ColumnFrame {
    /// Where a kind's marks go.
    struct Geometry {
        /// The plot, inside the tick labels and titles.
        let plot: Rect
        /// Width of one category's band.
        let band: Double
        let axis: ValueAxis

        /// The left edge of a category's band.
        func bandX(_ category: Int) -> Double { plot.x + Double(category) * band }

        /// The height of a value on the page.
        func y(_ value: Double) -> Double { axis.position(of: value, from: plot.maxY, length: -plot.height) }
    }

    let canvas: ChartCanvas
    let axis: ValueAxis
    let titles: AxisTitles
    /// Room above the plot for a value written over the tallest mark.
    var valuesAbove = false

    func draw(in area: Rect, band marksInBand: (Geometry, Int) throws -> [DisplayItem],
              over marksOverPlot: (Geometry) -> [DisplayItem] = { _ in [] }) throws -> ChartDrawing {
        let labels = canvas.labels
        let yTitle = try titles.yTitle(at: Point(x: area.x, y: area.y), width: area.width, labels: labels)
        let tickLabels = try axis.scale.ticks.map { try labels.label(axis.tickFormat.string($0), maxWidth: area.width / 3) }
        let labelWidth = (tickLabels.map(\.size.width).max() ?? 0) + 6
        let categories = canvas.chart.data.categories
        let band = (area.width - labelWidth) / Double(max(categories.count, 1))
        let categoryLabels = try CategoryLabels(categories, labels: labels, band: band,
                                                 origin: canvas.chart.origin)
        let xTitleHeight = try titles.xTitle(under: (0, 1), top: 0, labels: labels).height
        let headroom = valuesAbove ? (tickLabels.map(\.size.height).max() ?? 0) + 2 : 4
        let plot = Rect(x: area.x + labelWidth, y: area.y + headroom + yTitle.height, width: area.width - labelWidth,
                        height: area.height - yTitle.height - headroom - categoryLabels.height - 2 - xTitleHeight)
        let geometry = Geometry(plot: plot, band: band, axis: axis)
        var items = yTitle.items
        for (tick, label) in zip(axis.scale.ticks, tickLabels) {
            let ty = geometry.y(tick)
            items.append(canvas.gridline(from: Point(x: plot.x, y: ty), to: Point(x: plot.maxX, y: ty), at: tick))
            items += label.items.map { $0.offsetBy(dx: plot.x - 4 - label.size.width, dy: ty - label.size.height / 2) }
        }
        for category in categories.indices {
            items += try marksInBand(geometry, category)
            items += categoryLabels.items(for: category).map { $0.offsetBy(dx: geometry.bandX(category), dy: plot.maxY + 4) }
        }
        items += marksOverPlot(geometry)
        let bottom = plot.maxY + 4 + categoryLabels.height
        items += try titles.xTitle(under: (plot.x, plot.width), top: bottom, labels: labels).items
        return ChartDrawing(items: items, bottom: bottom + xTitleHeight)
    }
}
