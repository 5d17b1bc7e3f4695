import FolioText

/// A table of contents: one entry per heading, indented by level, linked to
/// the heading, with its page number set flush right on the entry's last line.
public struct ContentsBlock: Block {
    public struct Entry: Sendable {
        public var anchor: HeadingAnchor
        /// The page the heading is on, or nil before the first pagination.
        public var page: Int?

        public init(anchor: HeadingAnchor, page: Int?) {
            self.anchor = anchor
            self.page = page
        }
    }

    public var origin: BlockOrigin
    public var title: Paragraph?
    public var entries: [Entry]
    /// Style of the entries; each level indents by 1.5 em more.
    public var entryStyle: TextStyle
    public var entryParagraph: ParagraphStyle
    public var spaceAfter: Double
    /// The first entry still to set: a contents going on in the next frame
    /// shares `entries` instead of copying what is left of them.
    private var first = 0

    public init(origin: BlockOrigin, title: Paragraph?, entries: [Entry], entryStyle: TextStyle,
                entryParagraph: ParagraphStyle, spaceAfter: Double) {
        self.origin = origin
        self.title = title
        self.entries = entries
        self.entryStyle = entryStyle
        self.entryParagraph = entryParagraph
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { title?.anchor.map { [$0] } ?? [] }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try pieces(width: width, context: context, filling: .infinity)
    }

    /// The title and entries until they fill `height`.
    public func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        if let title {
            var heading = try TextBlock(origin: origin, paragraphs: [title], spaceAfter: 0)
                .pieces(width: width, context: context)
            for index in heading.indices { heading[index].penaltyAfter = FlowPiece.forbidden }
            if let last = heading.indices.last { heading[last].rest = rest(from: 0) }
            pieces += heading
        }
        // Page numbers take the width of the widest one, in tabular figures.
        var numberStyle = entryStyle
        numberStyle.features += [FontFeature("tnum")]
        let numbers = entries[first...].map { $0.page.map(String.init) ?? "0" }
        let numberWidth = try Set(numbers).map {
            try context.typesetter.typeset([StyledText($0, style: numberStyle)], width: width,
                                           style: ParagraphStyle(leading: entryParagraph.leading)) { _ in }
                .lines.first?.width ?? 0
        }.max() ?? 0
        var filled = pieces.reduce(0) { $0 + $1.height }
        for (index, entry) in entries.enumerated().dropFirst(first) {
            if filled > height { break }
            var style = entryParagraph
            style.leftIndent += Double(entry.anchor.level - 1) * 1.5 * entryStyle.size
            style.alignment = .left
            let link = "#\(entry.anchor.destination)"
            let text = try context.typesetter.typeset([StyledText(entry.anchor.title, style: entryStyle, link: link)],
                                                      width: width - numberWidth - entryStyle.size, style: style,
                                                      report: context.report)
            var items = text.lines.enumerated().flatMap { number, line in
                line.items(at: Double(number) * line.height)
            }
            let number = try context.typesetter.typeset([StyledText(numbers[index - first], style: numberStyle, link: link)],
                                                        width: numberWidth, style: ParagraphStyle(
                                                            alignment: .right, leading: entryParagraph.leading)) { _ in }
            let lastTop = Double(max(text.lines.count - 1, 0)) * entryParagraph.leading
            items += number.lines.flatMap { $0.items(at: lastTop) }.map { $0.offsetBy(dx: width - numberWidth, dy: 0) }
            let isLast = index == entries.count - 1
            pieces.append(FlowPiece(height: text.height, items: items, spaceAfter: isLast ? spaceAfter : 0,
                                    rest: isLast ? nil : rest(from: index + 1),
                                    element: FlowElement(role: .tableOfContentsItem, startsHere: true)))
            filled += text.height
        }
        return pieces
    }

    /// The entries from `index` on, without the title: where a contents that
    /// fills its page goes on.
    private func rest(from index: Int) -> ContentsBlock {
        var rest = self
        rest.title = nil
        rest.first = index
        return rest
    }
}
