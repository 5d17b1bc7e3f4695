import FolioCharts
import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

@Suite struct ChartLayoutTests {
    let typesetter = TestSupport.typesetter()

    func chart(_ kind: any ChartKind, categories: [String], values: [[Double]], title: String = "Procedures",
               illustrative: Bool = false) -> ChartBlock {
        let style = TextStyle(family: "Noto Sans", size: 7)
        var chart = ChartBlock(
            origin: BlockOrigin(kind: "chart", location: nil), kind: kind,
            data: ChartData(categories: categories,
                            series: values.enumerated().map { ChartSeries(name: "s\($0.offset)", values: $0.element) },
                            illustrative: illustrative),
            title: title,
            appearance: .init(labelStyle: style, titleStyle: style, colors: [], gridColor: .black, axisColor: .black))
        chart.height = 120
        return chart
    }

    func layout(_ chart: ChartBlock, width: Double = 200) throws -> BlockFragment {
        try chart.layout(width: width, context: LayoutContext(
            typesetter: typesetter, pageSize: Size(width: 400, height: 400),
            frame: Rect(x: 0, y: 0, width: width, height: 400)) { _ in })
    }

    @Test func crowdedCategoryLabelsNeverOverlap() throws {
        let names = (1...24).map { "Category number \($0)" }
        let fragment = try layout(chart(BarChart(), categories: names, values: [names.indices.map { Double($0 * 10) }]))
        // Labels sit under the plot: text below the lowest bar's base.
        let bars = fragment.items.flattened.compactMap { if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil } }
        let base = bars.map(\.maxY).max() ?? 0
        let labels = fragment.items.flattened.filter { if case .text = $0 { $0.bounds.y > base } else { false } }.map(\.bounds)
        #expect(!labels.isEmpty)
        for (index, label) in labels.enumerated() {
            for other in labels[(index + 1)...] {
                #expect(!label.inset(by: EdgeInsets(all: 0.2)).intersects(other.inset(by: EdgeInsets(all: 0.2))),
                        "\(label) overlaps \(other)")
            }
        }
    }

    @Test func donutAnglesMakeAFullTurn() throws {
        let donut = chart(DonutChart(), categories: ["Esophageal", "Lung", "Mediastinal"], values: [[232, 121, 45]])
        let fragment = try layout(donut)
        let wedges: [[PathElement]] = fragment.items.flattened.compactMap {
            if case let .path(elements, fill, _) = $0, fill != nil { elements } else { nil }
        }
        #expect(wedges.count == 3)
        var sweep = 0.0
        for wedge in wedges {
            guard case let .arc(_, _, start, end) = wedge.first else { continue }
            sweep += end - start
        }
        #expect(abs(sweep - 2 * Double.pi) < 1e-9)
    }

    @Test func descriptionIsWrittenFromTheData() {
        let bar = chart(BarChart(), categories: (2019...2026).map(String.init), values: [[312, 298, 336, 351, 368, 377, 389, 398]],
                        title: "thoracic procedures per year", illustrative: true)
        #expect(bar.alternativeText
            == "Bar chart: thoracic procedures per year, 2019 to 2026, from 298 to 398. Illustrative sample data.")
        let donut = chart(DonutChart(), categories: ["A", "B"], values: [[3, 1]], title: "Mix")
        #expect(donut.alternativeText == "Donut chart: Mix: A 75%, B 25%.")
        var chinese = bar
        chinese.language = "zh"
        chinese.title = "每年胸外科手术例数"
        #expect(chinese.alternativeText == "柱状图：每年胸外科手术例数，2019至2026，298至398。示例数据。")
    }

    @Test func descriptionTravelsWithTheFigure() throws {
        let block = chart(LineChart(), categories: ["a", "b"], values: [[1, 2]])
        let context = LayoutContext(typesetter: typesetter, pageSize: Size(width: 600, height: 800),
                                    frame: Rect(x: 0, y: 0, width: 300, height: 700)) { _ in }
        let element = try #require(try block.pieces(width: 300, context: context).first?.element)
        #expect(element.role == .figure)
        #expect(element.alternativeText?.hasPrefix("Line chart: Procedures") == true)
    }

    @Test func seriesAfterTheFirstAreHatchedInsideTheirBars() throws {
        let fragment = try layout(chart(BarChart(), categories: ["a", "b"], values: [[3, 4], [2, 5], [1, 1]]))
        let hatches: [Rect] = fragment.items.flattened.compactMap { if case let .hatch(path, _) = $0 { path.bounds } else { nil } }
        let bars = fragment.items.flattened.compactMap { if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil } }
        // Two hatched series × two categories in the plot, and their two legend swatches.
        #expect(hatches.count == 6)
        for hatch in hatches {
            #expect(bars.contains { $0.contains(hatch) && hatch.contains($0) }, "hatching \(hatch) is not on a bar")
        }
        // One series alone needs no hatching.
        let single = try layout(chart(BarChart(), categories: ["a", "b"], values: [[3, 4]]))
        #expect(!single.items.contains { if case .hatch = $0 { true } else { false } })
    }

    @Test func lineSeriesHaveDistinctMarkersAndOptionalArea() throws {
        var lines = chart(LineChart(), categories: ["a", "b", "c"], values: [[1, 2, 3], [3, 2, 1]])
        let plain = try layout(lines)
        let circles = plain.items.flattened.filter { if case .ellipse = $0 { true } else { false } }
        let squares = plain.items.flattened.filter { if case let .path(path, fill, _) = $0 { fill != nil && path.count == 5 } else { false } }
        #expect(circles.count == 4) // three points and the legend's key
        #expect(squares.count == 4)
        lines.kind = LineChart(area: true)
        let filled = try layout(lines).items.flattened.filter {
            if case let .path(path, fill, _) = $0 { fill != nil && path.count == 6 } else { false }
        }
        #expect(filled.count == 2)
    }

    @Test func donutCentreLabelSitsInTheHole() throws {
        let donut = chart(DonutChart(centerLabel: "398"), categories: ["a", "b"], values: [[3, 1]])
        let fragment = try layout(donut, width: 200)
        let wedge = try #require(fragment.items.flattened.compactMap { if case let .path(path, fill, _) = $0, fill != nil { path.bounds } else { nil } }.first)
        let texts = fragment.items.flattened.filter { if case let .text(run, _) = $0 { run.text == "398" } else { false } }
        let label = try #require(texts.first).bounds
        #expect(abs(label.midX - 100) < 1)
        #expect(label.y > wedge.y + 30 && label.maxY < wedge.y + 2 * 60 - 30)
    }

    @Test func bulletDrawsTheTargetWhereTheScaleSaysAndDescribesIt() throws {
        var bullet = chart(BulletChart(), categories: ["Resection rate"], values: [[98]], title: "Rates")
        bullet.data.targets = [90]
        bullet.format = NumberFormat(suffix: "%")
        #expect(bullet.alternativeText == "Bullet chart: Rates: Resection rate 98% against a target of 90%.")
        let fragment = try layout(bullet)
        let rects = fragment.items.flattened.compactMap { if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil } }
        // Track (scale 0–100), value bar (0–98) and the 2 pt target mark at 90.
        let track = try #require(rects.max { $0.width < $1.width })
        let target = try #require(rects.first { abs($0.width - 2) < 1e-9 })
        #expect(abs(target.midX - (track.x + track.width * 0.9)) < 0.01)
    }

    @Test func axisTitlesSitAboveAndBelowThePlot() throws {
        let bar = chart(BarChart(axisTitles: AxisTitles(x: "Year", y: "Procedures")), categories: ["2019", "2020"],
                        values: [[1, 2]], title: "")
        let fragment = try layout(bar)
        let texts = fragment.items.flattened.compactMap { if case let .text(run, _) = $0 { (run.text, $0.bounds) } else { nil } }
        let year = try #require(texts.first { $0.0 == "Year" }).1
        let procedures = try #require(texts.first { $0.0 == "Procedures" }).1
        #expect(texts.allSatisfy { $0.0 == "Year" || $0.1.maxY <= year.y + 0.01 })
        #expect(texts.allSatisfy { $0.0 == "Procedures" || $0.1.y >= procedures.maxY - 0.01 })
    }

    @Test func numbersFollowTheLocale() {
        #expect(NumberFormat(decimals: 1, locale: "en").string(1234.5) == "1,234.5")
        #expect(NumberFormat(decimals: 1, locale: "de").string(1234.5) == "1.234,5")
        #expect(NumberFormat(decimals: 1, locale: "zh").string(1234.5) == "1,234.5")
    }
}
