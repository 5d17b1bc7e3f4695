import FolioCharts
import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// What every kind in `ChartKinds.all` must do, so that a new kind is checked
/// by being listed.
@Suite struct ChartKindsTests {
    let typesetter = TestSupport.typesetter()

    func chart(_ kind: any ChartKind, language: String = "en") -> ChartBlock {
        let style = TextStyle(family: "Noto Sans", size: 7)
        var chart = ChartBlock(
            origin: BlockOrigin(kind: "chart", location: nil), kind: kind,
            data: ChartData(categories: ["a", "b", "c"], series: [ChartSeries(name: "n", values: [3, 1, 2])],
                            illustrative: false, targets: [2, 2, 2]),
            title: "T", appearance: .init(labelStyle: style, titleStyle: style, colors: [], gridColor: .black,
                                          axisColor: .black))
        chart.language = language
        chart.height = 100
        return chart
    }

    @Test func namesAndKeysAreTheirKindsAlone() {
        let names = ChartKinds.all.flatMap { $0.names }
        #expect(Set(names).count == names.count)
        for kind in ChartKinds.all {
            #expect(Set(kind.keys).count == kind.keys.count, "\(kind.names)")
            for name in kind.names {
                #expect(ChartKinds.named(name).map(ObjectIdentifier.init) == ObjectIdentifier(kind), "\(name)")
            }
        }
    }

    @Test func everyKindLaysOutDescribesAndKeysItsMarks() throws {
        for type in ChartKinds.all {
            for name in type.names {
                let block = chart(type.init(name: name, settings: ChartSettings()))
                let fragment = try block.layout(width: 200, context: LayoutContext(
                    typesetter: typesetter, pageSize: Size(width: 400, height: 400),
                    frame: Rect(x: 0, y: 0, width: 200, height: 400)) { _ in })
                let painted = fragment.items.flattened.filter { if case .text = $0 { false } else { true } }
                #expect(!painted.isEmpty, "\(name) draws no marks")
                #expect(fragment.height >= 100 && fragment.height < 200, "\(name): height \(fragment.height)")
                let english = try #require(block.alternativeText)
                let chinese = try #require(chart(block.kind, language: "zh").alternativeText)
                // The kind's name, the title, and what the kind adds.
                #expect(english.range(of: ": T").map { $0.lowerBound > english.startIndex } == true && english.count > 12
                    && english.hasSuffix("."), "\(english)")
                #expect(chinese.range(of: "：T").map { $0.lowerBound > chinese.startIndex } == true && chinese.count > 6
                    && chinese.hasSuffix("。"), "\(chinese)")
            }
        }
    }

    /// The layout format's chart section names every kind and every key of a kind's own.
    @Test func everyKindIsDocumented() throws {
        let docs = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/layout-format.md"),
                              encoding: .utf8)
        let section = try #require(docs.components(separatedBy: "### `chart`").dropFirst().first?
            .components(separatedBy: "\n### ").first)
        for kind in ChartKinds.all {
            for word in kind.names + kind.keys {
                #expect(section.contains("`\(word)`"), "docs/layout-format.md's chart section lacks `\(word)`")
            }
        }
    }
}
