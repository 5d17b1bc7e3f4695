import FolioCore
import FolioImages

/// A staff profile card: a round avatar (initials where no photo exists) beside
/// the person's name, titles and roles.
public struct ProfileCardBlock: WholeBlock {
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
        let textX = padding.left + avatarDiameter + gap
        let text = try ParagraphStack(body).layout(width: width - textX - padding.right, context: context)
        let rowHeight = max(avatarDiameter, text.height)
        let under = below.isEmpty ? nil
            : try ParagraphStack(below).layout(width: width - padding.left - padding.right, context: context)
        let height = padding.top + rowHeight + (under.map { belowGap + $0.height } ?? 0) + padding.bottom
        var items: [DisplayItem] = []
        if background != nil || border != nil {
            items.append(.rectangle(Rect(x: 0, y: 0, width: width, height: height), fill: background,
                                    stroke: border, cornerRadius: cornerRadius))
        }
        let avatar = Rect(x: padding.left, y: padding.top, width: avatarDiameter, height: avatarDiameter)
        if let photo {
            items.append(.image(photo, rect: photo.rect(covering: avatar, focusX: photoFocus.x, focusY: photoFocus.y),
                                clip: avatarCornerRadius.map { ImageClip(avatar, cornerRadius: $0) }
                                    ?? ImageClip(avatar, oval: true),
                                alternativeText: photoDescription))
        } else {
            items.append(avatarCornerRadius.map { .rectangle(avatar, fill: avatarColor, stroke: nil, cornerRadius: $0) }
                ?? .ellipse(avatar, fill: avatarColor, stroke: nil))
            items += try initialsItems(in: avatar, context: context)
        }
        items += text.items.map { $0.offsetBy(dx: textX, dy: padding.top) }
        if let under {
            items += under.items.map { $0.offsetBy(dx: padding.left, dy: padding.top + rowHeight + belowGap) }
        }
        return BlockFragment(height: height, items: items)
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
