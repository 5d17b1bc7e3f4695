import FolioCharts
import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

@Suite struct ChartLayoutTests {
    let typesetter = TestSupport.typesetter()

    func chart(_ kind: ChartBlock.Kind, categories: [String], values: [[Double]], title: String = "Procedures",
               illustrative: Bool = false) -> ChartBlock {
        let style = TextStyle(family: "Noto Sans", size: 7)
        return ChartBlock(
            origin: BlockOrigin(kind: "chart", location: nil), kind: kind,
            data: ChartData(categories: categories,
                            series: values.enumerated().map { ChartSeries(name: "s\($0.offset)", values: $0.element) },
                            illustrative: illustrative),
            title: title, stacked: false, percent: false, height: 120, format: NumberFormat(),
            appearance: .init(labelStyle: style, titleStyle: style, colors: [], gridColor: .black, axisColor: .black),
            source: nil, spaceAfter: 0)
    }

    func layout(_ chart: ChartBlock, width: Double = 200) throws -> BlockFragment {
        try chart.layout(width: width, context: LayoutContext(
            typesetter: typesetter, pageSize: Size(width: 400, height: 400),
            frame: Rect(x: 0, y: 0, width: width, height: 400)) { _ in })
    }

    @Test func crowdedCategoryLabelsNeverOverlap() throws {
        let names = (1...24).map { "Category number \($0)" }
        let fragment = try layout(chart(.bar, categories: names, values: [names.indices.map { Double($0 * 10) }]))
        // Labels sit under the plot: text below the lowest bar's base.
        let bars = fragment.items.compactMap { if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil } }
        let base = bars.map(\.maxY).max() ?? 0
        let labels = fragment.items.filter { if case .text = $0 { $0.bounds.y > base } else { false } }.map(\.bounds)
        #expect(!labels.isEmpty)
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] {
                #expect(!label.inset(by: EdgeInsets(all: 0.2)).intersects(other.inset(by: EdgeInsets(all: 0.2))),
                        "\(label) overlaps \(other)")
            }
        }
    }

    @Test func donutAnglesMakeAFullTurn() throws {
        let donut = chart(.donut, categories: ["Esophageal", "Lung", "Mediastinal"], values: [[232, 121, 45]])
        let fragment = try layout(donut)
        let wedges: [[PathElement]] = fragment.items.compactMap { if case let .path(elements, _, _) = $0 { elements } else { nil } }
        #expect(wedges.count == 3)
        var sweep = 0.0
        for wedge in wedges {
            guard case let .arc(_, _, start, end) = wedge.first else { continue }
            sweep += end - start
        }
        #expect(abs(sweep - 2 * Double.pi) < 1e-9)
    }

    @Test func descriptionIsWrittenFromTheData() {
        let bar = chart(.bar, categories: (2019...2026).map(String.init), values: [[312, 298, 336, 351, 368, 377, 389, 398]],
                        title: "thoracic procedures per year", illustrative: true)
        #expect(bar.alternativeText
            == "Bar chart: thoracic procedures per year, 2019 to 2026, from 298 to 398. Illustrative sample data.")
        let donut = chart(.donut, categories: ["A", "B"], values: [[3, 1]], title: "Mix")
        #expect(donut.alternativeText == "Donut chart: Mix: A 75%, B 25%.")
    }

    @Test func descriptionTravelsWithTheFigure() throws {
        let fragment = try layout(chart(.line, categories: ["a", "b"], values: [[1, 2]]))
        guard case let .alternativeText(text) = try #require(fragment.items.first) else {
            Issue.record("the chart's description comes first")
            return
        }
        #expect(text.hasPrefix("Line chart: Procedures"))
    }
}
