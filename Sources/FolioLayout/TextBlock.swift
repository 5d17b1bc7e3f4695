import FolioText

/// Running text: paragraphs, headings and lists, split across frames line by
/// line where widows, orphans and keep-with-next allow.
public struct TextBlock: Block {
    public var origin: BlockOrigin
    /// Space below the block before the next one.
    public var spaceAfter: Double
    public var paragraphs: [Paragraph]
    /// The first paragraph still to set: a block going on in a new frame shares
    /// the paragraphs with the block it came from instead of copying the rest.
    var first = 0
    /// Where paragraph `first` resumes when the block continues in a new frame.
    var resume: Resume?

    /// A paragraph part-set in an earlier frame: its items, the item where the
    /// next line starts, how many lines were set before, and the lines still
    /// to place at the width they were set for. A frame of that width takes
    /// them as they are: the paragraph is broken once, as TeX breaks it, and a
    /// long paragraph costs one line breaking, not one per frame it runs into.
    struct Resume: Sendable {
        var prepared: PreparedParagraph
        var nextItem: Int
        var linesBefore: Int
        var lines: ArraySlice<TypesetLine>
        var width: Double
    }

    public init(origin: BlockOrigin, paragraphs: [Paragraph], spaceAfter: Double) {
        self.origin = origin
        self.paragraphs = paragraphs
        self.spaceAfter = spaceAfter
    }

    public var anchors: [HeadingAnchor] { paragraphs[first...].compactMap(\.anchor) }

    public func paragraphsToSet(width: Double?) -> [ParagraphToSet] {
        paragraphs[first...].map { ParagraphToSet(paragraph: $0, width: width) }
    }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try pieces(width: width, context: context, filling: .infinity)
    }

    /// Whole paragraphs until their lines fill `height`.
    public func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        var pieces: [FlowPiece] = []
        var filled = 0.0
        for index in paragraphs.indices.dropFirst(first) {
            if filled > height { break }
            let paragraph = paragraphs[index]
            let resumed = index == first ? resume : nil
            guard let prepared = try resumed?.prepared
                ?? context.typesetter.prepare(paragraph.spans, width: width, style: paragraph.style,
                                              marker: paragraph.marker, report: context.report) else { continue }
            let lines: ArraySlice<TypesetLine>
            if let resumed, resumed.width == width {
                lines = resumed.lines
            } else {
                lines = context.typesetter.set(prepared, width: width, from: resumed?.nextItem ?? 0,
                                               linesBefore: resumed?.linesBefore ?? 0).lines[...]
            }
            let isLastParagraph = index == paragraphs.count - 1
            for (number, line) in zip(0..., lines) {
                let isFirst = number == 0 && resumed == nil
                let anchor = isFirst ? paragraph.anchor : nil
                let isLast = number == lines.count - 1
                var rest: TextBlock?
                if !isLast {
                    let next = lines.index(lines.startIndex, offsetBy: number + 1)
                    rest = self.rest(from: index, resume: Resume(prepared: prepared, nextItem: line.nextItem,
                                                                 linesBefore: (resumed?.linesBefore ?? 0) + number + 1,
                                                                 lines: lines[next...], width: width))
                } else if !isLastParagraph {
                    rest = self.rest(from: index + 1, resume: nil)
                }
                // A heading's destination marks its first line's top.
                let destination = anchor.map { DisplayItem.destination($0.destination, at: Point(x: 0, y: 0)) }
                pieces.append(FlowPiece(
                    height: line.height, items: (destination.map { [$0] } ?? []) + line.items(at: 0),
                    penaltyAfter: paragraph.keepWithNext ? FlowPiece.forbidden : line.pageBreakPenalty,
                    spaceBefore: isFirst ? paragraph.spaceBefore : 0,
                    spaceAfter: isLast ? max(paragraph.spaceAfter, isLastParagraph ? spaceAfter : 0) : 0,
                    rest: rest, element: FlowElement(role: paragraph.role, language: paragraph.language,
                                                          startsHere: isFirst),
                    anchors: anchor.map { [$0] } ?? []))
                filled += line.height
            }
        }
        return pieces
    }

    /// The block from paragraph `index` on, its first paragraph resuming at `resume`.
    private func rest(from index: Int, resume: Resume?) -> TextBlock {
        var block = self
        block.first = index
        block.resume = resume
        return block
    }
}
