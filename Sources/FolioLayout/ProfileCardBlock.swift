import FolioCore
import FolioImages

/// A staff profile card: a round avatar (initials where no photo exists) beside
/// the person's name, titles and roles. Kept whole unless taller than a frame;
/// then cut between paragraphs, the rest going on in a box of the card's look.
public struct ProfileCardBlock: SplittableBlock {
    public var origin: BlockOrigin
    public var spaceAfter: Double
    /// The initials shown in the avatar, already styled and centred.
    public var initials: Paragraph
    public var avatarDiameter: Double
    public var avatarColor: RGBColor
    public var body: [Paragraph]
    public var background: RGBColor?
    public var border: Stroke?
    public var cornerRadius: Double
    public var padding: EdgeInsets
    /// Space between the avatar and the text.
    public var gap: Double
    /// A portrait shown in the avatar's circle instead of the initials.
    public var photo: ImageFile?
    /// Shape of the avatar (photo or initials): a circle when nil, else a
    /// square with corners rounded by this radius.
    public var avatarCornerRadius: Double?
    /// The point (0…1 across and down) of the photo the circle keeps in view.
    public var photoFocus: (x: Double, y: Double) = (0.5, 0.5)
    public var photoDescription = ""
    /// Paragraphs across the card's full width under the avatar and the text
    /// beside it: the featured layout's roles and long biography.
    public var below: [Paragraph] = []
    /// Space between the avatar row and `below`.
    public var belowGap = 10.0
    /// The card is at least this tall (the tallest card of its row, `CardRowBlock`).
    public var minimumHeight = 0.0

    public init(origin: BlockOrigin, initials: Paragraph, avatarDiameter: Double, avatarColor: RGBColor,
                body: [Paragraph], background: RGBColor?, border: Stroke?, cornerRadius: Double,
                padding: EdgeInsets, gap: Double, spaceAfter: Double) {
        self.origin = origin
        self.initials = initials
        self.avatarDiameter = avatarDiameter
        self.avatarColor = avatarColor
        self.body = body
        self.background = background
        self.border = border
        self.cornerRadius = cornerRadius
        self.padding = padding
        self.gap = gap
        self.spaceAfter = spaceAfter
    }

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        try set(width: width, context: context).card(minimumHeight: minimumHeight, context: context)
    }

    /// The card's text set at `width`, before the card gets its height: a row
    /// of cards sets each once and gives all the tallest one's height
    /// (`CardRowBlock`), instead of setting every card a second time.
    struct SetCard {
        let block: ProfileCardBlock
        let width: Double
        let text: BlockFragment
        let under: BlockFragment?

        /// The card's height on its own: padding, the avatar or the text beside it, the part
        /// across it, and at least the card's `minimumHeight`.
        var height: Double { block.height(text: text, under: under, minimumHeight: block.minimumHeight) }

        /// The finished card, at least `minimumHeight` tall; a card wider than its place is reported.
        func card(minimumHeight: Double, context: LayoutContext) throws -> BlockFragment {
            let card = try block.assembled(text: text, under: under, width: width, minimumHeight: minimumHeight,
                                           context: context)
            block.reportOverflow(card, width: width, context: context)
            return card
        }
    }

    func set(width: Double, context: LayoutContext) throws -> SetCard {
        let text = try fittedBody(width: width, context: context).composed(width: textWidth(width), origin: origin,
                                                                           context: context)
        let under = below.isEmpty ? nil
            : try below.composed(width: width - padding.left - padding.right, origin: origin, context: context)
        return SetCard(block: self, width: width, text: text, under: under)
    }

    public func split(width: Double, height: Double,
                      context: LayoutContext) throws -> (first: FlowPiece, rest: any Block)? {
        let inner = height - padding.top - padding.bottom
        let belowBlock = TextBlock(origin: origin, paragraphs: below, spaceAfter: 0)
        let (text, bodyRest) = try FrameFiller.fit([TextBlock(origin: origin, paragraphs: try fittedBody(width: width,
                                                                                                        context: context),
                                                              spaceAfter: 0)],
                                                   width: textWidth(width), height: inner, context: context)
        var under: BlockFragment?
        let rest: [any Block]
        if let bodyRest {
            guard text.height > 0 else { return nil }
            rest = bodyRest + (below.isEmpty ? [] : [belowBlock])
        } else {
            // The text beside the avatar fits: cut the part across the card.
            let room = inner - max(avatarDiameter, text.height) - belowGap
            guard !below.isEmpty, room > 0 else { return nil }
            let (part, belowRest) = try FrameFiller.fit([belowBlock], width: width - padding.left - padding.right,
                                                        height: room, context: context)
            guard let belowRest else { return nil }
            under = part.height > 0 ? part : nil
            rest = belowRest
        }
        let next = BoxBlock(origin: origin, content: rest, background: background, border: border, padding: padding,
                            cornerRadius: cornerRadius, spaceAfter: spaceAfter)
        let card = try assembled(text: text, under: under, width: width, minimumHeight: minimumHeight, context: context)
        reportOverflow(card, width: width, context: context)
        return (part(card, last: false), next)
    }

    /// The body with the name (its first paragraph) made smaller when a word of it is wider than the text.
    private func fittedBody(width: Double, context: LayoutContext) throws -> [Paragraph] {
        guard let name = body.first else { return body }
        return [try name.shrunkToFit(width: textWidth(width), context: context)] + body.dropFirst()
    }

    /// Width of the text beside the avatar.
    private func textWidth(_ width: Double) -> Double {
        width - padding.left - avatarDiameter - gap - padding.right
    }

    /// The card: background, avatar, the text beside it and the part across it.
    private func assembled(text: BlockFragment, under: BlockFragment?, width: Double, minimumHeight: Double,
                           context: LayoutContext) throws -> BlockFragment {
        let textX = padding.left + avatarDiameter + gap
        let rowHeight = max(avatarDiameter, text.height)
        let height = height(text: text, under: under, minimumHeight: minimumHeight)
        var items: [DisplayItem] = []
        if background != nil || border != nil {
            items.append(.group([.rectangle(Rect(x: 0, y: 0, width: width, height: height), fill: background,
                                            stroke: border, cornerRadius: cornerRadius)], .artifact(.background)))
        }
        let avatar = Rect(x: padding.left, y: padding.top, width: avatarDiameter, height: avatarDiameter)
        if let photo {
            let drawn = photo.rect(covering: avatar, focusX: photoFocus.x, focusY: photoFocus.y)
            let image = DisplayItem.image(photo, rect: drawn,
                                          clip: avatarCornerRadius.map { ImageClip(avatar, cornerRadius: $0) }
                                              ?? ImageClip(avatar, oval: true))
            items.append(.group([image], .element(StructureElement(.figure, alternativeText: photoDescription))))
        } else {
            // The initials repeat the name beside them: decoration to a screen reader.
            let disc = avatarCornerRadius.map { DisplayItem.rectangle(avatar, fill: avatarColor, stroke: nil,
                                                                      cornerRadius: $0) }
                ?? .ellipse(avatar, fill: avatarColor, stroke: nil)
            items.append(.group([disc] + (try initialsItems(in: avatar, context: context)), .artifact(.layout)))
        }
        items.append(.group(text.items, offset: Point(x: textX, y: padding.top)))
        if let under {
            items.append(.group(under.items, offset: Point(x: padding.left, y: padding.top + rowHeight + belowGap)))
        }
        return BlockFragment(height: height, items: items, anchors: text.anchors + (under?.anchors ?? []))
    }

    /// The card's height: at least `minimumHeight`, else what it holds with its padding.
    private func height(text: BlockFragment, under: BlockFragment?, minimumHeight: Double) -> Double {
        max(minimumHeight, padding.top + max(avatarDiameter, text.height) + (under.map { belowGap + $0.height } ?? 0)
            + padding.bottom)
    }

    /// The initials centred optically: the capitals' middle on the circle's middle.
    private func initialsItems(in avatar: Rect, context: LayoutContext) throws -> [DisplayItem] {
        let set = try context.typesetter.typeset(initials.spans, width: avatar.width, style: initials.style,
                                                 report: context.report)
        guard let line = set.lines.first, let run = line.runs.first else { return [] }
        let capHeight = run.font.capHeight * run.size
        let baseline = avatar.y + avatar.height / 2 + capHeight / 2
        return line.runs.map { .text($0, origin: Point(x: avatar.x, y: baseline)) }
    }
}
