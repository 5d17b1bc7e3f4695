import Foundation
import FolioText
import FolioCore

extension RunningText {
    /// The running text on a page whose text area is `area`, with the page's
    /// values for `{{page}}`, `{{pages}}` and `{{section}}`, as one pagination
    /// artifact (a screen reader skips it), and whether it stays on the page.
    func layout(area: Rect, values: [String: String], context: LayoutContext) throws -> (item: DisplayItem, fits: Bool) {
        let (items, fits) = try layoutItems(area: area, values: values, context: context)
        return (.group(items, .artifact(.pagination)), fits)
    }

    private func layoutItems(area: Rect, values: [String: String],
                             context: LayoutContext) throws -> (items: [DisplayItem], fits: Bool) {
        let parts: [(Paragraph, TextAlignmentSide)] = [(left, .left), (center, .center), (right, .right)]
            .compactMap { paragraph, side in paragraph.map { ($0.filled(with: values), side) } }
        var texts: [BlockFragment] = []
        for (paragraph, side) in parts {
            var aligned = paragraph
            aligned.style.alignment = side.alignment
            texts.append(try [aligned].composed(width: area.width, origin: origin, context: context))
        }
        reportOverlaps(texts, sides: parts.map(\.1), context: context)
        let textHeight = texts.map(\.height).max() ?? 0
        let ruleSpace = rule.map { $0.width + 3 } ?? 0
        var items: [DisplayItem] = []
        let top: Double
        switch position {
        case .footer:
            top = area.maxY + distance
            if let rule {
                items.append(.line(from: Point(x: area.x, y: top), to: Point(x: area.maxX, y: top), stroke: rule))
            }
            items += texts.map { .group($0.items, offset: Point(x: area.x, y: top + ruleSpace)) }
            return (items, top + ruleSpace + textHeight <= context.pageSize.height + 0.01)
        case .header:
            top = area.y - distance - ruleSpace - textHeight
            items += texts.map { .group($0.items, offset: Point(x: area.x, y: top)) }
            if let rule {
                let y = area.y - distance
                items.append(.line(from: Point(x: area.x, y: y), to: Point(x: area.maxX, y: y), stroke: rule))
            }
            return (items, top >= -0.01)
        }
    }
}

extension RunningText {
    /// A warning when two parts (left and right, say, both long) would print
    /// over each other: their lines are compared word run by word run.
    private func reportOverlaps(_ texts: [BlockFragment], sides: [TextAlignmentSide], context: LayoutContext) {
        let boxes = texts.map { text in text.items.flattened.filter { if case .text = $0 { true } else { false } }.map(\.bounds) }
        for first in boxes.indices {
            for second in boxes.indices where second > first {
                guard boxes[first].contains(where: { box in boxes[second].contains { $0.intersects(box) } }) else { continue }
                let place = position == .footer ? "footer" : "header"
                context.report(.warning("the \(place)'s \(sides[first]) and \(sides[second]) parts print over each other; "
                    + "shorten one of them, or move one to another part", at: origin.location))
            }
        }
    }
}

/// Which part of a running text a paragraph is.
private enum TextAlignmentSide {
    case left, center, right

    var alignment: TextAlignment {
        switch self {
        case .left: .left
        case .center: .center
        case .right: .right
        }
    }
}

extension Paragraph {
    /// The paragraph with `{{name}}` replaced by `values[name]` in its text.
    func filled(with values: [String: String]) -> Paragraph {
        var paragraph = self
        paragraph.spans = spans.map { span in
            var span = span
            // Most parts hold no field: no search (Foundation's, per name) for them.
            guard span.text.utf8.contains(UInt8(ascii: "{")) else { return span }
            for (name, value) in values { span.text = span.text.replacingOccurrences(of: "{{\(name)}}", with: value) }
            return span
        }
        return paragraph
    }
}
