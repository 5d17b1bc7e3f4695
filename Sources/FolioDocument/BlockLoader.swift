import FolioCharts
import FolioCore
import FolioLayout

/// Reads the entries of a layout's `blocks` list and its `footer`.
struct BlockLoader {
    let palette: [String: RGBColor]
    let log: DiagnosticLog

    static let kinds = ["band", "heading", "text", "tiles", "profile", "staff", "table", "figure", "chart", "contents", "box",
                        "side-by-side", "spacer", "rule", "notes", "page-break", "column-break"]

    func block(_ value: YAMLValue) -> BlockSpec? {
        guard let entry = FieldReader(value, allowed: Self.kinds, log: log) else { return nil }
        guard entry.keys.count == 1, let kind = entry.keys.first, let body = entry[kind] else {
            log.report(value.error("each block is one of \(Self.kinds.joined(separator: ", ")) with its settings, "
                + "e.g. \"- heading: {text: About us, style: h2}\""))
            return nil
        }
        let origin = BlockOrigin(kind: kind, location: value.location)
        switch kind {
        case "band": return band(body, origin: origin).map(BlockSpec.band)
        case "heading": return heading(body, origin: origin).map(BlockSpec.heading)
        case "text": return text(body, origin: origin).map(BlockSpec.text)
        case "tiles": return tiles(body, origin: origin).map(BlockSpec.tiles)
        case "profile": return profile(body, origin: origin).map(BlockSpec.profile)
        case "staff": return staff(body, origin: origin).map(BlockSpec.staff)
        case "contents": return contents(body, origin: origin).map(BlockSpec.contents)
        case "table": return table(body, origin: origin).map(BlockSpec.table)
        case "figure": return figure(body, origin: origin).map(BlockSpec.figure)
        case "chart": return chart(body, origin: origin).map(BlockSpec.chart)
        case "page-break":
            guard let fields = FieldReader(body, allowed: ["master"], log: log) else { return nil }
            return .pageBreak(master: fields["master"]?.string(log), origin: origin)
        case "column-break":
            _ = FieldReader(body, allowed: [], log: log)
            return .columnBreak(origin: origin)
        case "spacer":
            guard let fields = FieldReader(body, allowed: ["height"], log: log),
                  let height = fields.required("height", expected: "a length")?.length(log) else { return nil }
            return .spacer(height: height, origin: origin)
        case "rule":
            guard let fields = FieldReader(body, allowed: ["color", "width", "space-after"], log: log),
                  let color = fields.required("color", expected: "a colour")?.color(log, palette: palette)
            else { return nil }
            return .rule(Stroke(color: color, width: fields["width"]?.length(log) ?? 0.5),
                         common(fields, origin: origin))
        case "notes":
            guard let fields = FieldReader(body, allowed: ["lines", "spacing", "color", "width", "space-after"], log: log),
                  let lines = fields.required("lines", expected: "how many ruled lines, e.g. 12")?.count(log, in: 1...200),
                  let color = fields.required("color", expected: "a colour")?.color(log, palette: palette)
            else { return nil }
            return .notes(lines: lines, spacing: fields["spacing"]?.length(log) ?? 22,
                          Stroke(color: color, width: fields["width"]?.length(log) ?? 0.5), common(fields, origin: origin))
        case "box": return box(body, origin: origin).map(BlockSpec.box)
        case "side-by-side": return sideBySide(body, origin: origin).map(BlockSpec.sideBySide)
        default: return nil
        }
    }

    func common(_ fields: FieldReader, origin: BlockOrigin) -> BlockCommon {
        BlockCommon(origin: origin, spaceAfter: fields["space-after"]?.length(log) ?? 0)
    }

    private func styledLine(_ value: YAMLValue) -> StyledTemplate? {
        guard let fields = FieldReader(value, allowed: ["text", "style"], log: log) else { return nil }
        let text = fields.required("text", expected: "the line's text").flatMap { LayoutLoader.template($0, log: log) }
        let style = fields.required("style", expected: "a paragraph style name")?.string(log)
        guard let text, let style else { return nil }
        return StyledTemplate(template: text, style: style)
    }

    private func band(_ value: YAMLValue, origin: BlockOrigin) -> BandSpec? {
        guard let fields = FieldReader(value, allowed: ["lines", "background", "padding", "bleed", "space-after"],
                                       log: log) else { return nil }
        let lines = fields.required("lines", expected: "a list of {text, style}")?.list(log)?.compactMap(styledLine)
        let background = fields.required("background", expected: "a colour")?.color(log, palette: palette)
        guard let lines, let background else { return nil }
        return BandSpec(common: common(fields, origin: origin), lines: lines, background: background,
                        padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 0),
                        bleed: fields["bleed"]?.bool(log) ?? false)
    }

    private func heading(_ value: YAMLValue, origin: BlockOrigin) -> HeadingSpec? {
        guard let fields = FieldReader(value, allowed: ["text", "style", "level", "in-contents", "space-after"],
                                       log: log) else {
            return nil
        }
        let text = fields.required("text", expected: "the heading's text").flatMap { LayoutLoader.template($0, log: log) }
        let style = fields.required("style", expected: "a paragraph style name")?.string(log)
        guard let text, let style else { return nil }
        return HeadingSpec(common: common(fields, origin: origin), line: StyledTemplate(template: text, style: style),
                           level: fields["level"]?.count(log, in: 1...6) ?? 1,
                           inContents: fields["in-contents"]?.bool(log) ?? true)
    }

    private func text(_ value: YAMLValue, origin: BlockOrigin) -> TextSpec? {
        let keys = ["source", "markdown", "style", "list-style", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let style = fields.required("style", expected: "the paragraph style of the body text")?.string(log)
        var source: TextSpec.Source?
        switch (fields["source"], fields["markdown"]) {
        case let (file?, nil):
            source = file.string(log).map { .file(path: $0, location: file.location) }
        case let (nil, inline?):
            source = LayoutLoader.template(inline, log: log).map { .inline($0) }
        default:
            log.report(value.error("give either \"source\" (a Markdown file under Data/) or \"markdown\" (inline text)"))
        }
        guard let style, let source else { return nil }
        return TextSpec(common: common(fields, origin: origin), source: source, style: style,
                        listStyle: fields["list-style"]?.string(log))
    }

    private func tiles(_ value: YAMLValue, origin: BlockOrigin) -> TilesSpec? {
        let keys = ["items", "value-style", "label-style", "qualifier-style", "background", "accent", "gutter",
                    "padding", "corner-radius", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let items = fields.required("items", expected: "a list of figures")?.list(log)?.compactMap(tileItem)
        let valueStyle = fields.required("value-style", expected: "a paragraph style")?.string(log)
        let labelStyle = fields.required("label-style", expected: "a paragraph style")?.string(log)
        guard let items, let valueStyle, let labelStyle else { return nil }
        return TilesSpec(
            common: common(fields, origin: origin), items: items, valueStyle: valueStyle, labelStyle: labelStyle,
            qualifierStyle: fields["qualifier-style"]?.string(log) ?? labelStyle,
            background: fields["background"]?.color(log, palette: palette),
            accent: fields["accent"]?.color(log, palette: palette),
            gutter: fields["gutter"]?.length(log) ?? 12,
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 8),
            cornerRadius: fields["corner-radius"]?.length(log) ?? 0)
    }

    private func tileItem(_ value: YAMLValue) -> TileItemSpec? {
        let keys = ["figure", "value", "label", "qualifier", "trend", "sparkline"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let item = TileItemSpec(
            figure: fields["figure"].flatMap { LayoutLoader.template($0, log: log) },
            value: fields["value"].flatMap { LayoutLoader.template($0, log: log) },
            label: fields["label"].flatMap { LayoutLoader.template($0, log: log) },
            qualifier: fields["qualifier"].flatMap { LayoutLoader.template($0, log: log) },
            trend: fields["trend"]?.choice(log, of: Tile.Trend.self),
            sparkline: fields["sparkline"].flatMap(sparkline),
            location: value.location, field: value.path)
        if item.figure == nil && (item.value == nil || item.label == nil) {
            log.report(value.error("a tile needs \"figure\" (a data path such as department.figures.beds) "
                + "or both \"value\" and \"label\""))
            return nil
        }
        return item
    }

    /// `{data: metrics/x.csv, y: column}` or a list of at least two numbers.
    private func sparkline(_ value: YAMLValue) -> SparklineSpec? {
        if case .sequence = value.node {
            let numbers = value.list(log)?.compactMap { $0.number(log) } ?? []
            guard numbers.count >= 2 else {
                log.report(value.error("a sparkline needs at least two numbers"))
                return nil
            }
            return .values(numbers)
        }
        guard let fields = FieldReader(value, allowed: ["data", "y"], log: log),
              let data = fields.required("data", expected: "a CSV file under Data/"), let path = data.string(log),
              let column = fields.required("y", expected: "the column of values")?.string(log)
        else { return nil }
        return .csv(path: path, column: column, location: data.location)
    }

    static let cardKeys = ["name-style", "detail-style", "role-style", "initials-style", "avatar-size", "avatar-color",
                           "background", "border", "border-width", "corner-radius", "padding", "gap", "bio", "avatar-shape"]

    private func profile(_ value: YAMLValue, origin: BlockOrigin) -> ProfileSpec? {
        let keys = ["source", "layout", "bio-style", "space-after"] + Self.cardKeys
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let source = fields.required("source", expected: "a staff file under Data/, e.g. staff/jane-doe.yaml")
        let layout = fields["layout"]?.choice(log, of: ProfileSpec.Layout.self) ?? .card
        guard var card = card(fields), let source, let path = source.string(log) else { return nil }
        if layout == .featured, fields["avatar-size"] == nil { card.avatarDiameter = 120 }
        return ProfileSpec(common: common(fields, origin: origin), source: path, sourceLocation: source.location,
                           card: card, layout: layout, bioStyle: fields["bio-style"]?.string(log))
    }

    private func staff(_ value: YAMLValue, origin: BlockOrigin) -> StaffGridSpec? {
        let keys = ["source", "columns", "gutter", "row-gap", "order", "space-after"] + Self.cardKeys
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let folder = fields["source"]
        guard let card = card(fields) else { return nil }
        return StaffGridSpec(
            common: common(fields, origin: origin), folder: folder?.string(log) ?? "staff",
            folderLocation: folder?.location ?? fields.value.location,
            columns: fields["columns"]?.count(log, in: 1...6) ?? 3, gutter: fields["gutter"]?.length(log) ?? 12,
            rowGap: fields["row-gap"]?.length(log) ?? 12,
            order: fields["order"]?.choice(log, of: StaffGridSpec.Order.self) ?? .rank, card: card)
    }

    /// The look of staff cards, shared by `profile` and `staff`.
    private func card(_ fields: FieldReader) -> CardSpec? {
        let styles = ["name-style", "detail-style", "role-style", "initials-style"].map {
            fields.required($0, expected: "a paragraph style")?.string(log)
        }
        let avatarColor = fields.required("avatar-color", expected: "a colour")?.color(log, palette: palette)
        guard let avatarColor, let name = styles[0], let detail = styles[1], let role = styles[2],
              let initials = styles[3] else { return nil }
        let border = fields["border"]?.color(log, palette: palette).map {
            Stroke(color: $0, width: fields["border-width"]?.length(log) ?? 0.75)
        }
        return CardSpec(
            nameStyle: name, detailStyle: detail, roleStyle: role, initialsStyle: initials,
            avatarDiameter: fields["avatar-size"]?.length(log, in: 1...Limits.longestLength) ?? 72, avatarColor: avatarColor,
            background: fields["background"]?.color(log, palette: palette), border: border,
            cornerRadius: fields["corner-radius"]?.length(log) ?? 0,
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 10),
            gap: fields["gap"]?.length(log) ?? 12, showsBio: fields["bio"]?.bool(log) ?? true,
            roundedAvatar: fields["avatar-shape"]?.choice(log, of: AvatarShape.self) == .rounded)
    }

    private func box(_ value: YAMLValue, origin: BlockOrigin) -> BoxSpec? {
        let keys = ["blocks", "background", "border", "border-width", "padding", "corner-radius", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log),
              let blocks = fields.required("blocks", expected: "the blocks inside the box")?.list(log) else { return nil }
        return BoxSpec(
            common: common(fields, origin: origin), blocks: blocks.compactMap(block),
            background: fields["background"]?.color(log, palette: palette),
            border: fields["border"]?.color(log, palette: palette).map {
                Stroke(color: $0, width: fields["border-width"]?.length(log) ?? 0.75)
            },
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 8),
            cornerRadius: fields["corner-radius"]?.length(log) ?? 0)
    }

    private func sideBySide(_ value: YAMLValue, origin: BlockOrigin) -> SideBySideSpec? {
        guard let fields = FieldReader(value, allowed: ["columns", "gutter", "space-after"], log: log),
              let columns = fields.required("columns", expected: "a list of columns, each a list of blocks")?.list(log)
        else { return nil }
        return SideBySideSpec(common: common(fields, origin: origin),
                              columns: columns.map { $0.list(log)?.compactMap(block) ?? [] },
                              gutter: fields["gutter"]?.length(log) ?? 12)
    }

    enum FitMode: String, CaseIterable { case fit, fill, stretch }

    /// A staff card's portrait or initials: round, or a square with rounded corners.
    enum AvatarShape: String, CaseIterable { case circle, rounded }

    private func figure(_ value: YAMLValue, origin: BlockOrigin) -> FigureSpec? {
        let keys = ["image", "alt", "caption", "caption-style", "width", "height", "fit", "focus", "float",
                    "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let image = fields.required("image", expected: "a PNG, JPEG or SVG file under Data/")
        let alt = fields.required("alt", expected: "what the image shows, for screen readers (\"\" if decorative)")?
            .string(log)
        var caption: StyledTemplate?
        if let text = fields["caption"].flatMap({ LayoutLoader.template($0, log: log) }),
           let style = fields.required("caption-style", expected: "the paragraph style of the caption")?.string(log) {
            caption = StyledTemplate(template: text, style: style)
        }
        var width: FigureBlock.BoxWidth?
        if let widthValue = fields["width"], let text = widthValue.string(log) {
            if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent > 0, percent <= 100 {
                width = .share(percent / 100)
            } else if let points = Units.points(text) {
                width = .points(points)
            } else {
                log.report(widthValue.error("expected a width such as 60mm or 50%, found \"\(text)\""))
            }
        }
        var fit = FigureBlock.Fit.fit
        switch fields["fit"]?.choice(log, of: FitMode.self) {
        case .fill:
            let focus = fields["focus"]?.list(log)?.compactMap { $0.number(log) } ?? [0.5, 0.5]
            if focus.count != 2 || focus.contains(where: { $0 < 0 || $0 > 1 }), let focusValue = fields["focus"] {
                log.report(focusValue.error("expected [x, y] between 0 and 1, e.g. [0.5, 0.3]"))
            }
            fit = .fill(focusX: focus.first ?? 0.5, focusY: focus.count > 1 ? focus[1] : 0.5)
        case .stretch: fit = .stretch
        case .fit, nil: break
        }
        guard let image, let path = image.string(log), let alt else { return nil }
        return FigureSpec(common: common(fields, origin: origin), image: path, imageLocation: image.location,
                          alternativeText: alt, caption: caption, width: width,
                          height: fields["height"]?.length(log), fit: fit,
                          float: fields["float"]?.choice(log, of: FloatPlacement.self))
    }

    enum ColumnAlignment: String, CaseIterable { case left, center, right, decimal }

    private func table(_ value: YAMLValue, origin: BlockOrigin) -> TableSpec? {
        let keys = ["columns", "header", "rows", "style", "header-style", "padding", "rule", "frame-rule",
                    "header-fill", "stripe-fill", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let columns = fields.required("columns", expected: "a list of {width, align, style}")?.list(log)?
            .compactMap(column)
        let rows = fields.required("rows", expected: "a list of rows, each a list of cells")?.list(log)?
            .compactMap(cells)
        let header = fields["header"]?.list(log)?.compactMap(cells) ?? []
        let style = fields.required("style", expected: "the paragraph style of the cells")?.string(log)
        guard let columns, let rows, let style else { return nil }
        for (index, row) in (header + rows).enumerated() where row.count != columns.count {
            log.report(value.error("row \(index + 1) has \(row.count) cells for \(columns.count) columns"))
        }
        let appearance = TableBlock.Appearance(
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(top: 3, left: 4, bottom: 3, right: 4),
            rule: fields["rule"]?.color(log, palette: palette).map { Stroke(color: $0, width: 0.5) },
            frameRule: fields["frame-rule"]?.color(log, palette: palette).map { Stroke(color: $0, width: 1) },
            headerFill: fields["header-fill"]?.color(log, palette: palette),
            stripeFill: fields["stripe-fill"]?.color(log, palette: palette))
        return TableSpec(common: common(fields, origin: origin), columns: columns, header: header, rows: rows,
                         style: style, headerStyle: fields["header-style"]?.string(log) ?? style,
                         appearance: appearance)
    }

    /// `{width: 2fr | 30mm | content, align: left | center | right | decimal, style: name}`.
    private func column(_ value: YAMLValue) -> TableSpec.Column? {
        guard let fields = FieldReader(value, allowed: ["width", "align", "style"], log: log) else { return nil }
        var width = TableBlock.Width.fraction(1)
        if let widthValue = fields["width"], let text = widthValue.string(log) {
            if text == "content" {
                width = .content
            } else if text.hasSuffix("fr"), let share = Double(text.dropLast(2)), share > 0 {
                width = .fraction(share)
            } else if let points = Units.points(text) {
                width = .fixed(points)
            } else {
                log.report(widthValue.error("expected a column width: a share such as 2fr, a length such as 30mm, "
                    + "or content; found \"\(text)\""))
            }
        }
        let alignment: TableBlock.Alignment = switch fields["align"]?.choice(log, of: ColumnAlignment.self) {
        case .center: .center
        case .right: .right
        case .decimal: .decimal
        case .left, nil: .left
        }
        return TableSpec.Column(width: width, alignment: alignment, style: fields["style"]?.string(log))
    }

    private func cells(_ value: YAMLValue) -> [Template]? {
        value.list(log)?.compactMap { LayoutLoader.template($0, log: log) }
    }

    private func contents(_ value: YAMLValue, origin: BlockOrigin) -> ContentsSpec? {
        guard let fields = FieldReader(value, allowed: ["title", "title-style", "entry-style", "depth", "space-after"],
                                       log: log) else { return nil }
        let entryStyle = fields.required("entry-style", expected: "the paragraph style of the entries")?.string(log)
        var title: StyledTemplate?
        if let text = fields["title"].flatMap({ LayoutLoader.template($0, log: log) }),
           let style = fields.required("title-style", expected: "the paragraph style of the title")?.string(log) {
            title = StyledTemplate(template: text, style: style)
        }
        guard let entryStyle else { return nil }
        return ContentsSpec(common: common(fields, origin: origin), title: title, entryStyle: entryStyle,
                            depth: fields["depth"]?.count(log, in: 1...6) ?? 2)
    }

    /// A `header` or `footer`: `left`, `center`, `right` text with `{{page}}`,
    /// `{{pages}}` and `{{section}}`, a style, an optional rule and its distance.
    func runningText(_ value: YAMLValue, kind: String) -> RunningTextSpec? {
        let keys = ["left", "center", "right", "style", "rule", "rule-width", "distance"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let style = fields.required("style", expected: "a paragraph style")?.string(log)
        guard let style else { return nil }
        let rule = fields["rule"]?.color(log, palette: palette).map {
            Stroke(color: $0, width: fields["rule-width"]?.length(log) ?? 0.5)
        }
        return RunningTextSpec(origin: BlockOrigin(kind: kind, location: value.location),
                               left: fields["left"].flatMap { LayoutLoader.template($0, log: log) },
                               center: fields["center"].flatMap { LayoutLoader.template($0, log: log) },
                               right: fields["right"].flatMap { LayoutLoader.template($0, log: log) },
                               style: style, rule: rule, distance: fields["distance"]?.length(log) ?? 8)
    }
}
