import FolioCore
import FolioLayout

/// `profile: {source, layout, …card keys}`: one staff member's card, or
/// (`layout: featured`, the director's page) a large avatar beside name and
/// position, then roles as a list and the biography across the card.
struct ProfileElement: BlockElement {
    static let kind = "profile"
    enum Layout: String, CaseIterable { case card, featured }

    var common: BlockCommon
    /// The staff file: a path, or a data field holding one (`{{department.director}}`).
    var source: Template
    var card: CardSpec
    var layout: Layout
    /// The featured biography's style (the card's role style when nil).
    var bioStyle: String?
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> ProfileElement? {
        let log = loader.log
        let keys = ["source", "layout", "bio-style", "space-after"] + CardSpec.keys
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let source = fields.required("source", expected: "a staff file under Data/, e.g. staff/jane-doe.yaml, "
            + "or a data field naming one, e.g. \"{{department.director}}\"")
        let layout = fields["layout"]?.choice(log, of: Layout.self) ?? .card
        guard var card = CardSpec(fields, loader: loader), let source,
              let path = LayoutLoader.template(source, log: log) else { return nil }
        if layout == .featured, fields["avatar-size"] == nil { card.avatarDiameter = 120 }
        return ProfileElement(common: loader.common(fields, origin: origin), source: path, card: card, layout: layout,
                              bioStyle: fields["bio-style"]?.string(log))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let sourceLocation = source.location
        // The styles first, then the staff file: a wrong style and a wrong source are both reported.
        let styles = card.styles(at: sourceLocation, binder: binder)
        let body = layout == .featured ? binder.styles.style(bioStyle ?? card.roleStyle, at: sourceLocation,
                                                             field: "profile.bio-style", log: binder.log) : nil
        let path = try binder.store.interpolate(source)
        // A missing file is this layout line's problem (the file has no line to point at).
        guard binder.store.fileExists(path) else {
            throw DiagnosticError(.error("there is no staff file \(binder.store.displayPath(of: path))",
                                         at: sourceLocation, field: source.field))
        }
        let person = try StaffProfile.load(path, store: binder.store)
        guard let styles else { return nil }
        guard layout == .featured else {
            return try card.card(for: person, styles: styles, origin: origin, spaceAfter: common.spaceAfter,
                                 binder: binder)
        }
        guard let body else { return nil }
        var featured = try card.card(for: person.withoutRolesAndBio, styles: styles, origin: origin,
                                     spaceAfter: common.spaceAfter, binder: binder)
        // Roles as a bulleted list, then the biography, across the card.
        let roles = person.roles.map { "- " + $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        let file = person.location.file
        featured.below = binder.inline.paragraphs(
            try MarkdownParser.parse(roles + "\n\n" + (person.bio ?? ""), file: file), body: body, file: file,
            log: binder.log)
        return featured
    }
}
