import FolioCharts
import FolioCore
import FolioImages
import FolioLayout
import FolioText
import Foundation

/// Binds block specifications to the department's data, producing layout blocks.
struct BlockBinder {
    let store: DataStore
    let styles: StyleSheet
    let log: DiagnosticLog
    let language: String
    let inline: InlineText
    /// Images below this resolution at their placed size get a warning (300 print, 150 screen).
    let minimumImageResolution: Double

    init(store: DataStore, styles: StyleSheet, log: DiagnosticLog, language: String, minimumImageResolution: Double,
         numberedHeadingLevels: Int = 0) {
        self.store = store
        self.styles = styles
        self.log = log
        self.language = language
        self.minimumImageResolution = minimumImageResolution
        self.inline = InlineText(styles: styles, anchors: AnchorNumbering(numberedLevels: numberedHeadingLevels))
    }

    /// The block for `spec`; nil for a contents block, which is made once the
    /// headings are known (see `contents`), and for a block with reported errors.
    func block(_ spec: BlockSpec) throws -> (any Block)? {
        switch spec {
        case let .band(band): return try self.band(band)
        case let .heading(heading): return try self.heading(heading)
        case let .text(text): return try self.text(text)
        case let .tiles(tiles): return try self.tiles(tiles)
        case let .profile(profile): return try self.profile(profile)
        case let .staff(staff): return try self.staff(staff)
        case let .table(table): return try self.table(table)
        case let .figure(figure): return try self.figure(figure)
        case let .chart(chart): return try self.chart(chart)
        case .contents: return nil
        case let .pageBreak(master, origin): return BreakBlock(kind: .page(master: master), origin: origin)
        case let .columnBreak(origin): return BreakBlock(kind: .frame, origin: origin)
        case let .spacer(height, origin): return SpacerBlock(origin: origin, height: height)
        case let .rule(stroke, common): return RuleBlock(origin: common.origin, stroke: stroke, spaceAfter: common.spaceAfter)
        case let .notes(lines, spacing, stroke, common):
            return NotesBlock(origin: common.origin, lines: lines, spacing: spacing, stroke: stroke,
                              spaceAfter: common.spaceAfter)
        case let .box(box):
            return BoxBlock(origin: box.common.origin, content: try nested(box.blocks), background: box.background,
                            border: box.border, padding: box.padding, cornerRadius: box.cornerRadius,
                            spaceAfter: box.common.spaceAfter)
        case let .sideBySide(spec):
            return SideBySideBlock(origin: spec.common.origin, columns: try spec.columns.map(nested),
                                   gutter: spec.gutter, spaceAfter: spec.common.spaceAfter)
        }
    }

    /// Blocks inside another block; breaks and contents have no place there.
    private func nested(_ specs: [BlockSpec]) throws -> [any Block] {
        try specs.compactMap { spec in
            switch spec {
            case let .pageBreak(_, origin), let .columnBreak(origin):
                throw DiagnosticError(.error("a break cannot be inside a box or side-by-side columns",
                                             at: origin.location))
            case let .contents(contents):
                throw DiagnosticError(.error("a contents block cannot be inside a box or side-by-side columns",
                                             at: contents.common.origin.location))
            default:
                return try block(spec)
            }
        }
    }

    /// The contents block for `spec`: every heading down to its depth, with the
    /// pages a pagination put them on (none yet on the first pass).
    func contents(_ spec: ContentsSpec, title: Paragraph?, headings: [HeadingAnchor],
                  pages: [String: Int]) throws -> (any Block)? {
        let location = spec.common.origin.location ?? SourceLocation(file: "")
        guard let entry = styles.style(spec.entryStyle, at: location, field: "contents.entry-style", log: log) else {
            return nil
        }
        return ContentsBlock(
            origin: spec.common.origin, title: title,
            entries: headings.filter { $0.inContents && $0.level <= spec.depth }
                .map { .init(anchor: $0, page: pages[$0.destination]) },
            entryStyle: entry.text, entryParagraph: entry.paragraph, spaceAfter: spec.common.spaceAfter)
    }

    /// The contents' title as a heading, made once: its anchor must stay the
    /// same from one layout pass to the next for the page numbers to settle.
    func contentsTitle(_ spec: ContentsSpec) throws -> Paragraph? {
        try spec.title.flatMap { try line($0) }.map { inline.heading($0, level: 1, numbered: false) }
    }

    /// A paragraph for a `{text, style}` line of the layout.
    func line(_ line: StyledTemplate) throws -> Paragraph? {
        let text = try store.interpolate(line.template)
        guard let style = styles.style(line.style, at: line.template.location, field: line.template.field, log: log) else {
            return nil
        }
        return inline.paragraph(text, style: style, location: line.template.location)
    }

    /// An image file under the data folder; a missing or unreadable one is an error at `location`.
    func image(_ path: String, at location: SourceLocation, field: String) throws -> ImageFile {
        do {
            return try ImageFile.load(store.url(of: path, at: location, field: field), path: store.displayPath(of: path))
        } catch let error as ImageError {
            throw DiagnosticError(.error(error.description, at: location, field: field))
        }
    }

    private func figure(_ spec: FigureSpec) throws -> (any Block)? {
        let image = try image(spec.image, at: spec.imageLocation, field: "figure.image")
        var figure = FigureBlock(
            origin: spec.common.origin, image: image, width: spec.width, height: spec.height, fit: spec.fit,
            caption: try spec.caption.flatMap { try line($0) }, alternativeText: spec.alternativeText,
            minimumResolution: minimumImageResolution, spaceAfter: spec.common.spaceAfter)
        figure.float = spec.float
        return figure
    }

    private func table(_ spec: TableSpec) throws -> (any Block)? {
        let location = spec.common.origin.location ?? SourceLocation(file: "")
        guard let body = styles.style(spec.style, at: location, field: "table.style", log: log),
              let head = styles.style(spec.headerStyle, at: location, field: "table.header-style", log: log)
        else { return nil }
        let columnStyles = spec.columns.map { column in
            column.style.flatMap { styles.style($0, at: location, field: "table.columns.style", log: log) } ?? body
        }
        func row(_ cells: [Template], header: Bool) throws -> [Paragraph] {
            try cells.enumerated().map { index, cell in
                let style = header ? head : columnStyles[min(index, columnStyles.count - 1)]
                return inline.paragraph(try store.interpolate(cell), style: style, location: cell.location)
            }
        }
        return TableBlock(
            origin: spec.common.origin,
            columns: spec.columns.map { TableBlock.Column(width: $0.width, alignment: $0.alignment) },
            header: try spec.header.map { try row($0, header: true) },
            rows: try spec.rows.map { try row($0, header: false) },
            appearance: spec.appearance, spaceAfter: spec.common.spaceAfter)
    }

    private func band(_ spec: BandSpec) throws -> (any Block)? {
        let paragraphs = try spec.lines.compactMap(line)
        guard paragraphs.count == spec.lines.count else { return nil }
        return BandBlock(origin: spec.common.origin, paragraphs: paragraphs, background: spec.background,
                         padding: spec.padding, bleed: spec.bleed, spaceAfter: spec.common.spaceAfter)
    }

    private func heading(_ spec: HeadingSpec) throws -> (any Block)? {
        guard let paragraph = try line(spec.line) else { return nil }
        var heading = inline.heading(paragraph, level: spec.level, numbered: spec.inContents)
        heading.anchor?.inContents = spec.inContents
        return TextBlock(origin: spec.common.origin, paragraphs: [heading], spaceAfter: spec.common.spaceAfter)
    }

    private func text(_ spec: TextSpec) throws -> (any Block)? {
        let location = spec.common.origin.location ?? SourceLocation(file: "")
        guard let body = styles.style(spec.style, at: location, field: "text.style", log: log) else { return nil }
        let list = spec.listStyle.flatMap { styles.style($0, at: location, field: "text.list-style", log: log) }
        if spec.listStyle != nil, list == nil { return nil }
        let markdown: String
        let file: String
        switch spec.source {
        case let .file(path, sourceLocation):
            file = store.displayPath(of: path)
            // Data fields work in Markdown files too: "[our page]({{department.website}})".
            markdown = try store.interpolate(Template(
                text: try store.text(path, requestedAt: sourceLocation, field: "text.source"),
                location: SourceLocation(file: file), field: ""))
        case let .inline(template):
            markdown = try store.interpolate(template)
            file = template.location.file
        }
        let blocks = try MarkdownParser.parse(markdown, file: file)
        return TextBlock(origin: spec.common.origin,
                         paragraphs: inline.paragraphs(blocks, body: body, list: list, file: file, log: log),
                         spaceAfter: spec.common.spaceAfter)
    }

    private func tiles(_ spec: TilesSpec) throws -> (any Block)? {
        let location = spec.common.origin.location ?? SourceLocation(file: "")
        guard let valueStyle = styles.style(spec.valueStyle, at: location, field: "tiles.value-style", log: log),
              let labelStyle = styles.style(spec.labelStyle, at: location, field: "tiles.label-style", log: log),
              let qualifierStyle = styles.style(spec.qualifierStyle, at: location, field: "tiles.qualifier-style",
                                                log: log)
        else { return nil }
        let tiles = try spec.items.map { item -> Tile in
            let parts = try figureParts(item)
            return Tile(rows: [
                inline.paragraph(parts.qualifier, style: qualifierStyle, location: item.location),
                inline.paragraph(parts.value, style: valueStyle, location: item.location),
                inline.paragraph(parts.label, style: labelStyle, location: item.location),
            ], trend: item.trend, trendRow: 1, sparkline: try item.sparkline.map(sparklineValues) ?? [])
        }
        return TilesBlock(origin: spec.common.origin, tiles: tiles, gutter: spec.gutter, padding: spec.padding,
                          background: spec.background, accent: spec.accent, cornerRadius: spec.cornerRadius,
                          spaceAfter: spec.common.spaceAfter)
    }

    private func sparklineValues(_ spec: SparklineSpec) throws -> [Double] {
        switch spec {
        case let .values(values): return values
        case let .csv(path, column, location):
            let table = try CSVTable(text: try store.text(path, requestedAt: location, field: "tiles.sparkline.data"),
                                     file: store.displayPath(of: path))
            return try table.numbers(try table.column(column, at: location, field: "tiles.sparkline.y"))
        }
    }

    /// Qualifier, value (with its unit) and label of a tile: from a figure group
    /// in the data (`value`, `unit`, `qualifier`, `label`), each overridable in the layout.
    private func figureParts(_ item: TileItemSpec) throws -> (qualifier: String, value: String, label: String) {
        var parts = (qualifier: "", value: "", label: "")
        if let figure = item.figure {
            let path = try store.interpolate(figure)
            let group = try store.value(at: path, for: figure)
            guard let fields = FieldReader(group, allowed: ["value", "unit", "qualifier", "label", "note"], log: log)
            else { return parts }
            let value = fields.required("value", expected: "the figure's number")?.string(log) ?? ""
            let unit = fields["unit"]?.string(log) ?? ""
            parts.value = value + unit
            parts.qualifier = fields["qualifier"].flatMap { store.localized($0).string(log) } ?? ""
            parts.label = fields.required("label", expected: "what the figure counts")
                .flatMap { store.localized($0).string(log) } ?? ""
        }
        if let value = item.value { parts.value = try store.interpolate(value) }
        if let label = item.label { parts.label = try store.interpolate(label) }
        if let qualifier = item.qualifier { parts.qualifier = try store.interpolate(qualifier) }
        return parts
    }

    private func profile(_ spec: ProfileSpec) throws -> (any Block)? {
        let person = try StaffProfile.load(spec.source, store: store)
        guard spec.layout == .featured else {
            return try card(for: person, spec: spec.card, origin: spec.common.origin, location: spec.sourceLocation,
                            spaceAfter: spec.common.spaceAfter)
        }
        let bioStyle = spec.bioStyle ?? spec.card.roleStyle
        guard let body = styles.style(bioStyle, at: spec.sourceLocation, field: "profile.bio-style", log: log),
              var card = try card(for: person.withoutRolesAndBio, spec: spec.card, origin: spec.common.origin,
                                  location: spec.sourceLocation, spaceAfter: spec.common.spaceAfter)
        else { return nil }
        // Roles as a bulleted list, then the biography, across the card.
        let roles = person.roles.map { "- " + $0.replacingOccurrences(of: "\n", with: " ") }.joined(separator: "\n")
        let file = person.location.file
        card.below = inline.paragraphs(try MarkdownParser.parse(roles + "\n\n" + (person.bio ?? ""), file: file),
                                       body: body, file: file, log: log)
        return card
    }

    /// Every profile in a folder as rows of cards, ordered by rank (director,
    /// chief, deputy chief, attending physicians, others) or by file name.
    private func staff(_ spec: StaffGridSpec) throws -> (any Block)? {
        let folder = try store.url(of: spec.folder, at: spec.folderLocation, field: "staff.source")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: folder.path))?
            .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        guard !files.isEmpty else {
            throw DiagnosticError(.error("there are no staff profiles (*.yaml) in \(store.displayPath(of: spec.folder))",
                                         at: spec.folderLocation, field: "staff.source"))
        }
        var problems: [Diagnostic] = []
        var people: [StaffProfile] = []
        for file in files {
            do {
                people.append(try StaffProfile.load("\(spec.folder)/\(file)", store: store))
            } catch let error as DiagnosticError {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        if spec.order == .rank {
            let ranks = StaffProfile.Rank.allCases
            people = people.enumerated().sorted {
                let left = ranks.firstIndex(of: $0.element.rank) ?? 0, right = ranks.firstIndex(of: $1.element.rank) ?? 0
                return (left, $0.offset) < (right, $1.offset)
            }.map(\.element)
        }
        var rows: [any Block] = []
        for start in stride(from: 0, to: people.count, by: spec.columns) {
            let row = try people[start..<min(start + spec.columns, people.count)].map { person -> [any Block] in
                try card(for: person, spec: spec.card, origin: spec.common.origin, location: spec.folderLocation,
                         spaceAfter: 0).map { [$0] } ?? []
            }
            let padded = row + Array(repeating: [], count: spec.columns - row.count)
            let isLast = start + spec.columns >= people.count
            rows.append(SideBySideBlock(origin: spec.common.origin, columns: padded, gutter: spec.gutter,
                                        spaceAfter: isLast ? spec.common.spaceAfter : spec.rowGap))
        }
        return StoryBlock(origin: spec.common.origin, blocks: rows)
    }

    /// A card: photo (cropped round around its focal point) or initials, name
    /// and degrees, position and experience, roles and a short bio.
    private func card(for person: StaffProfile, spec: CardSpec, origin: BlockOrigin, location: SourceLocation,
                      spaceAfter: Double) throws -> ProfileCardBlock? {
        guard let name = styles.style(spec.nameStyle, at: location, field: "name-style", log: log),
              let detail = styles.style(spec.detailStyle, at: location, field: "detail-style", log: log),
              let role = styles.style(spec.roleStyle, at: location, field: "role-style", log: log),
              let initials = styles.style(spec.initialsStyle, at: location, field: "initials-style", log: log)
        else { return nil }
        let fileLocation = person.location
        var body = [inline.paragraph(Phrases.name(person.name, degrees: person.degrees, language), style: name,
                                     location: fileLocation)]
        let details = [person.position, person.clinicalExperienceYears.map { Phrases.experience($0, language) }]
            .compactMap { $0 }
        if !details.isEmpty {
            body.append(inline.paragraph(details.joined(separator: " · "), style: detail, location: fileLocation))
        }
        body += person.roles.map { inline.paragraph($0, style: role, location: fileLocation) }
        if let bio = person.bio, spec.showsBio {
            body += inline.paragraphs(try MarkdownParser.parse(bio, file: fileLocation.file), body: role,
                                      file: fileLocation.file, log: log)
        }
        var initialsParagraph = inline.paragraph(person.initials, style: initials, location: fileLocation)
        initialsParagraph.style.alignment = .center
        var card = ProfileCardBlock(
            origin: origin, initials: initialsParagraph, avatarDiameter: spec.avatarDiameter,
            avatarColor: spec.avatarColor, body: body, background: spec.background, border: spec.border,
            cornerRadius: spec.cornerRadius, padding: spec.padding, gap: spec.gap, spaceAfter: spaceAfter)
        // Corners in proportion to the avatar, as an app icon's.
        card.avatarCornerRadius = spec.roundedAvatar ? spec.avatarDiameter * 0.15 : nil
        if let photo = person.photo {
            card.photo = try image(photo, at: fileLocation, field: "photo")
            card.photoFocus = person.photoFocus
            card.photoDescription = "Photo of \(person.name)"
        }
        return card
    }
}

/// Fixed wording that data turns into sentences, per document language.
enum Phrases {
    static func experience(_ years: Int, _ language: String) -> String {
        language.hasPrefix("zh") ? "临床经验\(years)年" : "\(years) years of clinical experience"
    }

    /// "Jane Doe, M.D., Ph.D."; in Chinese the degrees follow in full-width brackets: "姜宏景（M.D.）".
    static func name(_ name: String, degrees: [String], _ language: String) -> String {
        guard !degrees.isEmpty else { return name }
        return language.hasPrefix("zh") ? "\(name)（\(degrees.joined(separator: "，"))）"
            : ([name] + degrees).joined(separator: ", ")
    }

    static func illustrativeData(_ language: String) -> String {
        language.hasPrefix("zh") ? "示例数据，仅作说明，并非科室的实际数字。" : "Illustrative sample data, not the department’s figures."
    }
}
