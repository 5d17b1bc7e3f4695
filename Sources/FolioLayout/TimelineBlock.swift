import FolioCore

/// Dated milestones down a vertical line: each entry's date in a column on
/// the left, a dot on the line, its text on the right. To a screen reader it
/// is a list (L > LI > Lbl, LBody: the date is the item's label); frames break
/// between entries.
public struct TimelineBlock: Block {
    /// One milestone: its date (nil when the data gives none) and its text.
    public struct Entry: Sendable {
        public var date: Paragraph?
        public var text: [Paragraph]

        public init(date: Paragraph?, text: [Paragraph]) {
            self.date = date
            self.text = text
        }
    }

    public var origin: BlockOrigin
    public var entries: [Entry]
    /// Width of the date column.
    public var dateWidth: Double
    /// Space on each side of the line, between the dates and the texts.
    public var gap: Double
    public var lineColor: RGBColor
    public var markerColor: RGBColor
    /// Space between entries.
    public var entryGap: Double
    public var spaceAfter: Double
    /// The first entry still to lay out (the timeline continues after a break).
    var first = 0

    public init(origin: BlockOrigin, entries: [Entry], dateWidth: Double, gap: Double, lineColor: RGBColor,
                markerColor: RGBColor, entryGap: Double, spaceAfter: Double) {
        self.origin = origin
        self.entries = entries
        self.dateWidth = dateWidth
        self.gap = gap
        self.lineColor = lineColor
        self.markerColor = markerColor
        self.entryGap = entryGap
        self.spaceAfter = spaceAfter
    }

    /// Diameter of an entry's dot.
    static let markerSize = 7.0

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        let lineX = dateWidth + gap
        let textX = lineX + gap
        var pieces: [FlowPiece] = []
        for index in entries.indices.dropFirst(first) {
            let entry = entries[index]
            let isLast = index == entries.count - 1
            let text = try entry.text.composed(width: max(width - textX, 1), origin: origin, context: context)
            let date = try entry.date.map { try [$0].composed(width: dateWidth, origin: origin, context: context) }
            let height = max(text.height, date?.height ?? 0, Self.markerSize)
            // The dot sits on the middle of the capitals of the text's first line.
            let firstLine = text.items.leaves().first { if case .text = $0.item { true } else { false } }
            var dotY = Self.markerSize / 2
            if let (item, lineOrigin) = firstLine, case let .text(run, origin) = item {
                dotY = lineOrigin.y + origin.y - run.font.capHeight * run.size / 2
            }
            var decoration: [DisplayItem] = [
                .ellipse(Rect(x: lineX - Self.markerSize / 2, y: dotY - Self.markerSize / 2, width: Self.markerSize,
                              height: Self.markerSize), fill: markerColor, stroke: nil),
            ]
            if !isLast {
                decoration.insert(.line(from: Point(x: lineX, y: dotY), to: Point(x: lineX, y: height + entryGap + dotY),
                                        stroke: Stroke(color: lineColor, width: 1.5)), at: 0)
            }
            var items: [DisplayItem] = [.group(decoration, .artifact(.layout))]
            if let date { items.append(.group(date.items, .role(.listLabel))) }
            items.append(.group(text.items, offset: Point(x: textX, y: 0)))
            var rest: TimelineBlock?
            if !isLast {
                rest = self
                rest?.first = index + 1
            }
            pieces.append(FlowPiece(height: height, items: items, spaceAfter: isLast ? spaceAfter : entryGap,
                                    rest: rest, element: FlowElement(role: .listItem, startsHere: true),
                                    anchors: text.anchors))
        }
        return pieces
    }
}
