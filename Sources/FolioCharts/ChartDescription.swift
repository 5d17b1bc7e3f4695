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
        }
        var sentence = "\(kind): \(chart.title.isEmpty ? "untitled" : chart.title)"
        if chart.kind == .donut || chart.kind == .pie {
            let values = data.series.first?.values ?? []
            let total = values.reduce(0, +)
            let parts = zip(data.categories, values).map { category, value in
                "\(category) \(NumberFormat(decimals: 0, suffix: "%").string(total > 0 ? value / total * 100 : 0))"
            }
            sentence += ": " + parts.joined(separator: ", ")
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
