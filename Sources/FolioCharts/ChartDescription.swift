/// The sentence a screen reader says for a chart, from its data, in the
/// document's language: kind, title, categories and range, e.g. "Bar chart:
/// thoracic procedures per year, 2019 to 2026, from 312 to 398." or
/// "柱状图：每年胸外科手术例数，2019至2026，298至398。"
struct ChartDescription {
    let chart: ChartBlock

    /// The words and punctuation of a description in one language.
    struct Wording: Sendable {
        var kinds: [ChartBlock.Kind: String]
        var untitled: String
        /// Between the kind and the title, and before a list of parts.
        var colon: String
        var comma: String
        var semicolon: String
        var fullStop: String
        var range: @Sendable (String, String) -> String
        var seriesCount: @Sendable (Int, String) -> String
        var target: @Sendable (String) -> String
        var illustrative: String
        /// What the legend and the data table call a bullet chart's targets.
        var targetName: String

        static let english = Wording(
            kinds: [.bar: "Bar chart", .horizontalBar: "Bar chart", .line: "Line chart", .donut: "Donut chart",
                    .pie: "Pie chart", .bullet: "Bullet chart"],
            untitled: "untitled", colon: ": ", comma: ", ", semicolon: "; ", fullStop: ".",
            range: { "\($0) to \($1)" }, seriesCount: { "\($0) series (\($1))" },
            target: { " against a target of \($0)" }, illustrative: " Illustrative sample data.", targetName: "Target")

        static let chinese = Wording(
            kinds: [.bar: "柱状图", .horizontalBar: "条形图", .line: "折线图", .donut: "环形图", .pie: "饼图",
                    .bullet: "子弹图"],
            untitled: "无标题", colon: "：", comma: "，", semicolon: "；", fullStop: "。",
            range: { "\($0)至\($1)" }, seriesCount: { "\($0)个系列（\($1)）" },
            target: { "，目标\($0)" }, illustrative: "示例数据。", targetName: "目标")

        static func forLanguage(_ language: String) -> Wording {
            language.hasPrefix("zh") ? chinese : english
        }
    }

    var text: String {
        let data = chart.data
        let words = Wording.forLanguage(chart.language)
        var sentence = (words.kinds[chart.kind] ?? "") + words.colon + (chart.title.isEmpty ? words.untitled : chart.title)
        if chart.kind.isPartOfWhole {
            sentence += words.colon + chart.shareLabels.joined(separator: words.comma)
        } else if chart.kind == .bullet {
            let values = data.series.first?.values ?? []
            let parts = data.categories.indices.map { index in
                var part = "\(data.categories[index]) \(chart.format.string(values[index]))"
                if let target = data.targets?[index] { part += words.target(chart.format.string(target)) }
                return part
            }
            sentence += words.colon + parts.joined(separator: words.semicolon)
        } else {
            if let first = data.categories.first, let last = data.categories.last {
                sentence += words.comma + words.range(first, last)
            }
            if data.series.count > 1 {
                sentence += words.comma + words.seriesCount(data.series.count,
                                                            data.series.map(\.name).joined(separator: words.comma))
            }
            if let low = data.allValues.min(), let high = data.allValues.max() {
                let from = words.range(chart.format.string(low), chart.format.string(high))
                sentence += words.comma + (chart.language.hasPrefix("zh") ? from : "from " + from)
            }
        }
        return sentence + words.fullStop + (data.illustrative ? words.illustrative : "")
    }
}
