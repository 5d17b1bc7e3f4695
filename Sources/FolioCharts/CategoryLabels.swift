import FolioCore
import Foundation
import FolioLayout

/// Category labels under bars: on one line when they fit their band, wrapped
/// (up to three lines) when their words do, else on one line with only every
/// n-th label shown, each centred in room of n bands, so that none overlap.
struct CategoryLabels {
    private var labels: [ChartLabels.Label?]
    private let offsets: [Double]
    let height: Double

    /// Labels for `categories` in bands `band` wide; an error at `origin` when a
    /// label can neither wrap in its band nor fit the whole plot on one line.
    init(_ categories: [String], labels: ChartLabels, band: Double, origin: BlockOrigin) throws {
        let room = band * 0.95
        let natural = try categories.map { try labels.label($0, maxWidth: .greatestFiniteMagnitude) }
        let widest = natural.map(\.size.width).max() ?? 0
        if widest <= room {
            self.labels = natural
            offsets = natural.map { (band - $0.size.width) / 2 }
        } else if let wrapped = try Self.wrapped(categories, labels: labels, room: room) {
            self.labels = wrapped
            offsets = wrapped.map { _ in (band - room) / 2 }
        } else {
            try Self.checkFitsPlot(categories, natural: natural, plot: band * Double(categories.count), origin: origin)
            let every = max(1, Int(checked: ceil(widest / room)) ?? natural.count)
            self.labels = natural.enumerated().map { $0.offset % every == 0 ? $0.element : nil }
            // Centred on its own band; its neighbours are at least `every` bands away.
            offsets = natural.map { (band - $0.size.width) / 2 }
        }
        height = self.labels.compactMap { $0?.size.height }.max() ?? 0
    }

    /// Refuses a label (a 500-character category, say) wider on one line than the
    /// whole plot: shown with every n-th label, it would run across the page (issue 16, point 7).
    private static func checkFitsPlot(_ categories: [String], natural: [ChartLabels.Label], plot: Double,
                                      origin: BlockOrigin) throws {
        guard let index = natural.indices.first(where: { natural[$0].size.width > plot }) else { return }
        let millimetres = { (points: Double) in String(format: "%.0f", points / 72 * 25.4) }
        let category = categories[index]
        let sample = category.count > 40 ? category.prefix(40).trimmingCharacters(in: .whitespaces) + "…" : category
        throw DiagnosticError(.error(
            "the chart's category “\(sample)” (\(category.count) characters) is \(millimetres(natural[index].size.width)) mm "
                + "wide on one line and does not wrap into three lines under its bar, but the chart is "
                + "\(millimetres(plot)) mm wide: it would run across the page; shorten it to a few words",
            at: origin.location, field: "chart.data"))
    }

    /// Labels wrapped to `room`, or nil when a word is wider or a label needs more than three lines.
    private static func wrapped(_ categories: [String], labels: ChartLabels, room: Double) throws -> [ChartLabels.Label]? {
        var result: [ChartLabels.Label] = []
        for category in categories {
            let label = try labels.label(category, maxWidth: room, alignment: .center)
            let lines = (label.size.height / (labels.style.size * 1.25)).rounded()
            let widest = label.items.map(\.bounds.width).max() ?? 0
            guard lines <= 3, widest <= room + 0.01 else { return nil }
            result.append(label)
        }
        return result
    }

    func items(for category: Int) -> [DisplayItem] {
        guard let label = labels[category] else { return [] }
        return label.items.map { $0.offsetBy(dx: offsets[category], dy: 0) }
    }
}
