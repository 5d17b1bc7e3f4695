import FolioCore
import FolioImages
import FolioLayout

/// How a staff card looks; read from the keys `profile` and `staff` share.
struct CardSpec {
    static let keys = ["name-style", "detail-style", "role-style", "initials-style", "avatar-size", "avatar-color",
                       "background", "border", "border-width", "corner-radius", "padding", "gap", "bio", "avatar-shape"]

    /// A staff card's portrait or initials: round, or a square with rounded corners.
    enum AvatarShape: String, CaseIterable { case circle, rounded }

    var nameStyle: String
    var detailStyle: String
    var roleStyle: String
    var initialsStyle: String
    var avatarDiameter: Double
    var avatarColor: RGBColor
    var background: RGBColor?
    var border: Stroke?
    var cornerRadius: Double
    var padding: EdgeInsets
    var gap: Double
    /// Whether the card prints the person's biography.
    var showsBio: Bool
    /// A square avatar with rounded corners instead of a circle.
    var roundedAvatar: Bool

    init?(_ fields: FieldReader, loader: BlockLoader) {
        let log = loader.log, palette = loader.palette
        let styles = ["name-style", "detail-style", "role-style", "initials-style"].map {
            fields.required($0, expected: "a paragraph style")?.string(log)
        }
        let avatarColor = fields.required("avatar-color", expected: "a colour")?.color(log, palette: palette)
        guard let avatarColor, let name = styles[0], let detail = styles[1], let role = styles[2],
              let initials = styles[3] else { return nil }
        nameStyle = name
        detailStyle = detail
        roleStyle = role
        initialsStyle = initials
        self.avatarColor = avatarColor
        avatarDiameter = fields["avatar-size"]?.length(log, in: 1...Limits.longestLength) ?? 72
        background = fields["background"]?.color(log, palette: palette)
        border = fields["border"]?.color(log, palette: palette).map {
            Stroke(color: $0, width: fields["border-width"]?.length(log) ?? 0.75)
        }
        cornerRadius = fields["corner-radius"]?.length(log) ?? 0
        padding = fields["padding"]?.insets(log) ?? EdgeInsets(all: 10)
        gap = fields["gap"]?.length(log) ?? 12
        showsBio = fields["bio"]?.bool(log) ?? true
        roundedAvatar = fields["avatar-shape"]?.choice(log, of: AvatarShape.self) == .rounded
    }

    /// The card's paragraph styles, resolved.
    struct Styles {
        var name, detail, role, initials: ResolvedStyle
    }

    /// The card's styles; nil when one is missing (every missing one is reported at `location`).
    func styles(at location: SourceLocation, binder: BlockBinder) -> Styles? {
        let (styles, log) = (binder.styles, binder.log)
        let name = styles.style(nameStyle, at: location, field: "name-style", log: log),
            detail = styles.style(detailStyle, at: location, field: "detail-style", log: log),
            role = styles.style(roleStyle, at: location, field: "role-style", log: log),
            initials = styles.style(initialsStyle, at: location, field: "initials-style", log: log)
        guard let name, let detail, let role, let initials else { return nil }
        return Styles(name: name, detail: detail, role: role, initials: initials)
    }

    /// A card: photo (cropped round around its focal point) or initials, name
    /// and degrees, position and experience, roles (a list to a screen reader)
    /// and a short bio.
    func card(for person: StaffProfile, styles: Styles, origin: BlockOrigin, spaceAfter: Double,
              binder: BlockBinder) throws -> ProfileCardBlock {
        let (log, inline, words) = (binder.log, binder.inline, binder.strings)
        let (name, detail, role, initials) = (styles.name, styles.detail, styles.role, styles.initials)
        let fileLocation = person.location
        var body = [inline.paragraph(words.name(person.name, degrees: person.degrees), style: name,
                                     location: fileLocation)]
        let details = [person.position, person.clinicalExperienceYears.map { words.text("staff.experience", ["years": String($0)]) }]
            .compactMap { $0 }
        if !details.isEmpty {
            body.append(inline.paragraph(details.joined(separator: words.text("staff.detail-separator")), style: detail,
                                         location: fileLocation))
        }
        body += person.roles.map { text in
            var item = inline.paragraph(text, style: role, location: fileLocation)
            item.role = .listItem
            return item
        }
        if let bio = person.bio, showsBio {
            body += inline.paragraphs(try MarkdownParser.parse(bio, file: fileLocation.file), body: role,
                                      file: fileLocation.file, log: log)
        }
        var initialsParagraph = inline.paragraph(person.initials, style: initials, location: fileLocation)
        initialsParagraph.style.alignment = .center
        var card = ProfileCardBlock(
            origin: origin, initials: initialsParagraph, avatarDiameter: avatarDiameter, avatarColor: avatarColor,
            body: body, background: background, border: border, cornerRadius: cornerRadius, padding: padding,
            gap: gap, spaceAfter: spaceAfter)
        // Corners in proportion to the avatar, as an app icon's.
        card.avatarCornerRadius = roundedAvatar ? avatarDiameter * 0.15 : nil
        if let photo = person.photo {
            card.photo = try binder.image(photo, at: fileLocation, field: "photo")
            card.photoFocus = person.photoFocus
            card.photoDescription = words.text("staff.photo-of", ["name": person.name])
        }
        return card
    }
}
