/// The sentence a screen reader says for a chart, from its data, in the
/// document's language: kind, title, and what the kind adds (categories and
/// range, parts, targets), e.g. "Bar chart: thoracic procedures per year,
/// 2019 to 2026, from 312 to 398." or "柱状图：每年胸外科手术例数，2019至2026，298至398。"
struct ChartDescription {
    let chart: ChartBlock

    var text: String {
        let words = chart.wording
        return chart.kind.spokenName(words) + words.colon + (chart.title.isEmpty ? words.untitled : chart.title)
            + chart.kind.describe(chart, in: words) + words.fullStop + (chart.data.illustrative ? words.illustrative : "")
    }
}

/// The words and punctuation of chart descriptions in one language. A document
/// takes them from its language's folder of engine strings (`Languages/<code>/engine.yaml`,
/// read by FolioDocument); `english` and `chinese` serve charts made without one.
public struct ChartWording: Sendable {
    /// Each kind's spoken name by its layout name (`bar`, `bar-horizontal`, `line`, …).
    var kindNames: [String: String]
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
    /// After a bullet chart's value: " against a target of 95%".
    var againstTarget: @Sendable (String) -> String

    /// The wording from a language's strings: `untitled`, `colon`, `comma`, `semicolon`,
    /// `full-stop`, `range` ({first}, {last}), `value-range` ({low}, {high}),
    /// `series-count` ({count}, {names}), `illustrative`, `target-name`,
    /// `against-target` ({target}) and `kinds` (`kind.<name>`); a missing key reads as itself.
    public init(strings: [String: String]) {
        func text(_ key: String) -> String { strings[key] ?? key }
        @Sendable func filled(_ template: String, _ values: [String: String]) -> String {
            values.reduce(template) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
        }
        let (range, valueRange, count, against) = (text("range"), text("value-range"), text("series-count"),
                                                   text("against-target"))
        self.init(kindNames: strings.filter { $0.key.hasPrefix("kind.") }
                      .reduce(into: [:]) { $0[String($1.key.dropFirst(5))] = $1.value },
                  untitled: text("untitled"), colon: text("colon"), comma: text("comma"), semicolon: text("semicolon"),
                  fullStop: text("full-stop"), range: { filled(range, ["first": $0, "last": $1]) },
                  valueRange: { filled(valueRange, ["low": $0, "high": $1]) },
                  seriesCount: { filled(count, ["count": String($0), "names": $1]) },
                  illustrative: text("illustrative"), targetName: text("target-name"),
                  againstTarget: { filled(against, ["target": $0]) })
    }

    private init(kindNames: [String: String], untitled: String, colon: String, comma: String, semicolon: String,
                 fullStop: String, range: @escaping @Sendable (String, String) -> String,
                 valueRange: @escaping @Sendable (String, String) -> String,
                 seriesCount: @escaping @Sendable (Int, String) -> String, illustrative: String, targetName: String,
                 againstTarget: @escaping @Sendable (String) -> String) {
        self.kindNames = kindNames
        self.untitled = untitled
        self.colon = colon
        self.comma = comma
        self.semicolon = semicolon
        self.fullStop = fullStop
        self.range = range
        self.valueRange = valueRange
        self.seriesCount = seriesCount
        self.illustrative = illustrative
        self.targetName = targetName
        self.againstTarget = againstTarget
    }

    static let english = ChartWording(
        kindNames: ["bar": "Bar chart", "bar-horizontal": "Bar chart", "line": "Line chart", "bullet": "Bullet chart",
                    "pie": "Pie chart", "donut": "Donut chart"],
        untitled: "untitled", colon: ": ", comma: ", ", semicolon: "; ", fullStop: ".",
        range: { "\($0) to \($1)" }, valueRange: { "from \($0) to \($1)" }, seriesCount: { "\($0) series (\($1))" },
        illustrative: " Illustrative sample data.", targetName: "Target", againstTarget: { " against a target of \($0)" })

    static let chinese = ChartWording(
        kindNames: ["bar": "柱状图", "bar-horizontal": "条形图", "line": "折线图", "bullet": "子弹图", "pie": "饼图",
                    "donut": "环形图"],
        untitled: "无标题", colon: "：", comma: "，", semicolon: "；", fullStop: "。",
        range: { "\($0)至\($1)" }, valueRange: { "\($0)至\($1)" }, seriesCount: { "\($0)个系列（\($1)）" },
        illustrative: "示例数据。", targetName: "目标", againstTarget: { "，目标\($0)" })

    /// The wording for charts made without a language folder.
    static func forLanguage(_ language: String) -> ChartWording {
        language.hasPrefix("zh") ? chinese : english
    }

    /// A kind's spoken name ("Bar chart", "柱状图") by its layout name.
    func kindName(_ name: String) -> String {
        kindNames[name] ?? name
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
