import FolioCore
import FolioText

/// Links are recoloured where they would not stand out: a link in the brand
/// colour on a band of the brand colour vanishes (the report's back cover,
/// 1.00:1). WCAG 2.x, 1.4.3, asks 4.5:1 for text.
enum LinkContrast {
    static let minimum = 4.5

    /// `items` with every link run that reaches less than `minimum` on
    /// `background` given the nearest shade of its colour that does. A nested box
    /// (a group with its own background) keeps its links: it judges them itself.
    static func legible(_ items: [DisplayItem], on background: RGBColor?) -> [DisplayItem] {
        guard let background else { return items }
        return items.map { item in
            switch item {
            case .text(var run, let origin) where run.link != nil:
                if Contrast.ratio(run.color, background) < minimum {
                    run.color = Contrast.adjusted(run.color, toReach: minimum, against: background)
                }
                return .text(run, origin: origin)
            case var .group(group) where !group.hasOwnBackground:
                group.items = legible(group.items, on: background)
                return .group(group)
            default:
                return item
            }
        }
    }
}

extension DisplayGroup {
    /// Whether the group paints its own background (a box, band or card inside another).
    var hasOwnBackground: Bool {
        items.contains { if case let .group(child) = $0 { child.semantics == .artifact(.background) } else { false } }
    }
}
