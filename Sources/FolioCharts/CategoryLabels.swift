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

    init(_ categories: [String], labels: ChartLabels, band: Double) throws {
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
            let every = max(1, Int(checked: ceil(widest / room)) ?? natural.count)
            self.labels = natural.enumerated().map { $0.offset % every == 0 ? $0.element : nil }
            // Centred on its own band; its neighbours are at least `every` bands away.
            offsets = natural.map { (band - $0.size.width) / 2 }
        }
        height = self.labels.compactMap { $0?.size.height }.max() ?? 0
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
