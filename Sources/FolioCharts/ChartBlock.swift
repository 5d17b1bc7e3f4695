import FolioCore
import FolioLayout
import FolioText

/// A chart drawn as vectors from data, its labels set by the typesetter,
/// tagged as a Figure whose description is written from the data.
public struct ChartBlock: WholeBlock {
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
    /// What kind of chart, with the settings of its own (`stacked`, `area` …).
    public var kind: any ChartKind
    public var data: ChartData
    public var title: String
    public var appearance: Appearance
    /// Height of the plot area in points.
    public var height = 160.0
    public var format = NumberFormat()
    /// Where the figures come from, printed under the chart.
    public var source: String?
    /// The language of the description (BCP 47).
    public var language = "en"
    /// The words of its description; those of `language` built in when not given.
    public var wording: ChartWording {
        get { givenWording ?? ChartWording.forLanguage(language) }
        set { givenWording = newValue }
    }
    private var givenWording: ChartWording?
    /// Printed under a chart of illustrative (made-up) data, in the document's language.
    public var illustrativeNote = "Illustrative sample data, not the department’s figures."
    public var spaceAfter = 0.0

    public var role: StructureRole? { .figure }

    public init(origin: BlockOrigin, kind: any ChartKind, data: ChartData, title: String, appearance: Appearance) {
        self.origin = origin
        self.kind = kind
        self.data = data
        self.title = title
        self.appearance = appearance
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        let labels = ChartLabels(typesetter: context.typesetter, style: appearance.labelStyle)
        let titles = ChartLabels(typesetter: context.typesetter, style: appearance.titleStyle)
        var items: [DisplayItem] = []
        var y = 0.0
        if !title.isEmpty {
            let heading = try titles.label(title, maxWidth: width)
            items += heading.items
            y += heading.size.height + 4
        }
        let canvas = ChartCanvas(chart: self, labels: labels, titles: titles,
                                 marks: SeriesMarks(count: kind.markedCount(data), brand: appearance.colors),
                                 axis: kind.valueAxis(for: self))
        let drawn = try kind.plot(in: Rect(x: 0, y: y, width: width, height: height), on: canvas)
        items += drawn.items
        y = drawn.bottom
        let entries = kind.legend(for: self)
        if !entries.isEmpty {
            let legend = try ChartLegend(entries: entries, canvas: canvas).layout(width: width, top: y + 6)
            items += legend.items
            y = legend.bottom
        }
        let note = [source, data.illustrative ? illustrativeNote : nil]
            .compactMap { $0 }.joined(separator: " ")
        if !note.isEmpty {
            let text = try labels.label(note, maxWidth: width)
            items += text.items.map { $0.offsetBy(dx: 0, dy: y + 4) }
            y += 4 + text.size.height
        }
        return BlockFragment(height: y, items: items)
    }

    /// A description of the chart for screen readers, from its data: the Figure's alternative text.
    public var alternativeText: String? {
        ChartDescription(chart: self).text
    }

    /// What a bullet chart's targets are called, in the chart's language.
    public var targetName: String {
        wording.targetName
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
