/// The sentence a screen reader says for a chart, from its data, in the
/// document's language: kind, title, and what the kind adds (categories and
/// range, parts, targets), e.g. "Bar chart: thoracic procedures per year,
/// 2019 to 2026, from 312 to 398." or "柱状图：每年胸外科手术例数，2019至2026，298至398。"
struct ChartDescription {
    let chart: ChartBlock

    var text: String {
        let words = ChartWording.forLanguage(chart.language)
        return chart.kind.spokenName(words) + words.colon + (chart.title.isEmpty ? words.untitled : chart.title)
            + chart.kind.describe(chart, in: words) + words.fullStop + (chart.data.illustrative ? words.illustrative : "")
    }
}

/// The words and punctuation of chart descriptions in one language.
public struct ChartWording: Sendable {
    let inChinese: Bool
    var untitled: String
    /// Between the kind and the title, and before a list of parts.
    var colon: String
    var comma: String
    var semicolon: String
    var fullStop: String
    var range: @Sendable (String, String) -> String
    var valueRange: @Sendable (String, String) -> String
    var seriesCount: @Sendable (Int, String) -> String
    var illustrative: String
    /// What the legend and the data table call a bullet chart's targets.
    var targetName: String

    static let english = ChartWording(
        inChinese: false, untitled: "untitled", colon: ": ", comma: ", ", semicolon: "; ", fullStop: ".",
        range: { "\($0) to \($1)" }, valueRange: { "from \($0) to \($1)" }, seriesCount: { "\($0) series (\($1))" },
        illustrative: " Illustrative sample data.", targetName: "Target")

    static let chinese = ChartWording(
        inChinese: true, untitled: "无标题", colon: "：", comma: "，", semicolon: "；", fullStop: "。",
        range: { "\($0)至\($1)" }, valueRange: { "\($0)至\($1)" }, seriesCount: { "\($0)个系列（\($1)）" },
        illustrative: "示例数据。", targetName: "目标")

    static func forLanguage(_ language: String) -> ChartWording {
        language.hasPrefix("zh") ? chinese : english
    }

    /// A kind's own phrase in this language.
    func says(_ english: String, _ chinese: String) -> String {
        inChinese ? chinese : english
    }

    /// Categories along an axis and values against it: the first and last
    /// category, the series (when several), and the lowest and highest value.
    func categoriesAndValues(of chart: ChartBlock) -> String {
        let data = chart.data
        var text = ""
        if let first = data.categories.first, let last = data.categories.last {
            text += comma + range(first, last)
        }
        if data.series.count > 1 {
            text += comma + seriesCount(data.series.count, data.series.map(\.name).joined(separator: comma))
        }
        if let low = data.allValues.min(), let high = data.allValues.max() {
            text += comma + valueRange(chart.format.string(low), chart.format.string(high))
        }
        return text
    }
}
