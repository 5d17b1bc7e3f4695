import FolioCore
import FolioLayout
import FolioText

/// A chart drawn as vectors from data, its labels set by the typesetter,
/// tagged as a Figure whose description is written from the data.
public struct ChartBlock: WholeBlock {
    public enum Kind: String, Sendable, CaseIterable {
        case bar
        case horizontalBar = "bar-horizontal"
        case line
        case donut
        case pie
    }

    /// Colours and text of a chart.
    public struct Appearance: Sendable {
        public var labelStyle: TextStyle
        public var titleStyle: TextStyle
        public var colors: [RGBColor]
        public var gridColor: RGBColor
        public var axisColor: RGBColor

        public init(labelStyle: TextStyle, titleStyle: TextStyle, colors: [RGBColor], gridColor: RGBColor,
                    axisColor: RGBColor) {
            self.labelStyle = labelStyle
            self.titleStyle = titleStyle
            self.colors = colors
            self.gridColor = gridColor
            self.axisColor = axisColor
        }
    }

    public var origin: BlockOrigin
    public var kind: Kind
    public var data: ChartData
    public var title: String
    /// Series stacked on each other (bar charts); `percent` stacks to 100 %.
    public var stacked: Bool
    public var percent: Bool
    /// Height of the plot area in points.
    public var height: Double
    public var format: NumberFormat
    public var appearance: Appearance
    /// Where the figures come from, printed under the chart.
    public var source: String?
    public var spaceAfter: Double

    public var role: StructureRole { .figure }

    public init(origin: BlockOrigin, kind: Kind, data: ChartData, title: String, stacked: Bool, percent: Bool,
                height: Double, format: NumberFormat, appearance: Appearance, source: String?, spaceAfter: Double) {
        self.origin = origin
        self.kind = kind
        self.data = data
        self.title = title
        self.stacked = stacked
        self.percent = percent
        self.height = height
        self.format = format
        self.appearance = appearance
        self.source = source
        self.spaceAfter = spaceAfter
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let labels = ChartLabels(typesetter: context.typesetter, style: appearance.labelStyle)
        var items: [DisplayItem] = []
        var y = 0.0
        if !title.isEmpty {
            let heading = try ChartLabels(typesetter: context.typesetter, style: appearance.titleStyle)
                .label(title, maxWidth: width)
            items += heading.items
            y += heading.size.height + 4
        }
        let plot = Rect(x: 0, y: y, width: width, height: height)
        let drawn = try ChartPlot(chart: self, labels: labels).draw(in: plot)
        items += drawn.items
        y = drawn.bottom
        if data.series.count > 1 || kind == .donut || kind == .pie {
            let legend = try legendItems(labels: labels, width: width, top: y + 6)
            items += legend.items
            y = legend.bottom
        }
        let note = [source, data.illustrative ? "Illustrative sample data, not the department’s figures." : nil]
            .compactMap { $0 }.joined(separator: " ")
        if !note.isEmpty {
            let text = try labels.label(note, maxWidth: width)
            items += text.items.map { $0.offsetBy(dx: 0, dy: y + 4) }
            y += 4 + text.size.height
        }
        return BlockFragment(height: y, items: [.alternativeText(alternativeText)] + items)
    }

    /// Swatches and names in rows under the plot (values in percent for part-of-whole charts).
    private func legendItems(labels: ChartLabels, width: Double, top: Double) throws -> (items: [DisplayItem], bottom: Double) {
        let names: [String]
        if kind == .donut || kind == .pie {
            let values = data.series.first?.values ?? []
            let total = values.reduce(0, +)
            names = zip(data.categories, values).map { category, value in
                "\(category) \(NumberFormat(decimals: 0, suffix: "%").string(total > 0 ? value / total * 100 : 0))"
            }
        } else {
            names = data.series.map(\.name)
        }
        let colors = ChartPalette.colors(names.count, brand: appearance.colors)
        var items: [DisplayItem] = []
        var x = 0.0, y = top
        let swatch = appearance.labelStyle.size * 0.8
        var rowHeight = 0.0
        for (index, name) in names.enumerated() {
            let label = try labels.label(name, maxWidth: width - swatch - 4)
            let entryWidth = swatch + 4 + label.size.width + 12
            if x > 0 && x + entryWidth > width {
                x = 0
                y += rowHeight + 2
            }
            rowHeight = max(rowHeight, label.size.height)
            items.append(.rectangle(Rect(x: x, y: y + (label.size.height - swatch) / 2, width: swatch, height: swatch),
                                    fill: colors[index], stroke: nil, cornerRadius: 0))
            items += label.items.map { $0.offsetBy(dx: x + swatch + 4, dy: y) }
            x += entryWidth
        }
        return (items, y + rowHeight)
    }

    /// A description of the chart for screen readers, from its data.
    public var alternativeText: String {
        ChartDescription(chart: self).text
    }
}

/// Sets chart labels on one line (or wrapped to a width), as display items
/// with their top-left corner at 0, 0.
struct ChartLabels {
    let typesetter: Typesetter
    let style: TextStyle

    struct Label {
        var items: [DisplayItem]
        var size: Size
    }

    func label(_ text: String, maxWidth: Double, alignment: TextAlignment = .left) throws -> Label {
        let leading = style.size * 1.25
        let set = try typesetter.typeset([StyledText(text, style: style)], width: max(maxWidth, 1),
                                         style: ParagraphStyle(alignment: alignment, leading: leading)) { _ in }
        var items: [DisplayItem] = []
        for (index, line) in set.lines.enumerated() {
            items += line.runs.map { .text($0, origin: Point(x: 0, y: Double(index) * leading + line.baseline)) }
        }
        let width = set.lines.map(\.width).max() ?? 0
        return Label(items: items, size: Size(width: alignment == .left ? width : maxWidth, height: set.height))
    }
}
