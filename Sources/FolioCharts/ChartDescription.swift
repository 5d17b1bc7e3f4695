/// The sentence a screen reader says for a chart, from its data: kind, title,
/// categories and range, e.g. "Bar chart: thoracic procedures per year, 2019
/// to 2026, from 312 to 398."
struct ChartDescription {
    let chart: ChartBlock

    var text: String {
        let data = chart.data
        let kind = switch chart.kind {
        case .bar, .horizontalBar: "Bar chart"
        case .line: "Line chart"
        case .donut: "Donut chart"
        case .pie: "Pie chart"
        case .bullet: "Bullet chart"
        }
        var sentence = "\(kind): \(chart.title.isEmpty ? "untitled" : chart.title)"
        if chart.kind.isPartOfWhole {
            let percent = NumberFormat(decimals: 0, suffix: "%", locale: chart.format.locale)
            let parts = zip(data.categories, chart.shares).map { "\($0) \(percent.string($1))" }
            sentence += ": " + parts.joined(separator: ", ")
        } else if chart.kind == .bullet {
            let values = data.series.first?.values ?? []
            let parts = data.categories.indices.map { index in
                var part = "\(data.categories[index]) \(chart.format.string(values[index]))"
                if let target = data.targets?[index] { part += " against a target of \(chart.format.string(target))" }
                return part
            }
            sentence += ": " + parts.joined(separator: "; ")
        } else {
            if let first = data.categories.first, let last = data.categories.last {
                sentence += ", \(first) to \(last)"
            }
            if data.series.count > 1 {
                sentence += ", \(data.series.count) series (\(data.series.map(\.name).joined(separator: ", ")))"
            }
            if let low = data.allValues.min(), let high = data.allValues.max() {
                sentence += ", from \(chart.format.string(low)) to \(chart.format.string(high))"
            }
        }
        return sentence + "." + (data.illustrative ? " Illustrative sample data." : "")
    }
}
