import FolioCore
import FolioLayout

/// `table: {columns, header, rows, style, header-style, …}`: a table written in
/// the layout; header rows repeat after every break, body rows are kept whole.
struct TableElement: BlockElement {
    static let kind = "table"
    enum ColumnAlignment: String, CaseIterable { case left, center, right, decimal }

    struct Column {
        var width: TableBlock.Width
        var alignment: TableBlock.Alignment
        /// Paragraph style of the column's body cells, when not the table's.
        var style: String?
    }

    var common: BlockCommon
    var columns: [Column]
    var header: [[Template]]
    var rows: [Controlled<[Template]>]
    /// A table defined in the data (`from: tables.pathway`): its header and rows
    /// (or a CSV file's) come from there; the layout's columns design it, the
    /// last column's design serving any further columns.
    var from: Template?
    var style: String
    var headerStyle: String
    var appearance: TableBlock.Appearance
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> TableElement? {
        let log = loader.log, palette = loader.palette
        let keys = ["columns", "header", "rows", "from", "style", "header-style", "padding", "rule", "frame-rule",
                    "header-fill", "stripe-fill", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let columns = fields.required("columns", expected: "a list of {width, align, style}")?.list(log)?
            .compactMap { readColumn($0, log: log) }
        func cells(_ row: YAMLValue) -> [Template]? { row.list(log)?.compactMap { LayoutLoader.template($0, log: log) } }
        // A row is a list of cells, or `{row: […]}` with data controls (`each`, `when`, …).
        let from = fields["from"].flatMap { LayoutLoader.template($0, log: log) }
        if from != nil, let written = fields["rows"] ?? fields["header"] {
            log.report(written.error("a table \"from\" the data takes its header and rows from there; "
                + "remove this or \"from\""))
        }
        let rowsValue = from == nil ? fields.required("rows", expected: "a list of rows, each a list of cells, "
            + "or \"from\": a table defined in the data") : nil
        let rows = (rowsValue?.list(log) ?? (from == nil ? nil : [])).map {
            Controlled.readList($0, log: log) { row in
                guard case .mapping = row.node else { return cells(row) }
                return FieldReader(row, allowed: ["row"], log: log)?
                    .required("row", expected: "the cells of the repeated row").flatMap(cells)
            }
        }
        let header = fields["header"]?.list(log)?.compactMap(cells) ?? []
        let style = fields.required("style", expected: "the paragraph style of the cells")?.string(log)
        guard let columns, let rows, let style else { return nil }
        for (index, row) in (header + rows.map(\.item)).enumerated() where row.count != columns.count && from == nil {
            log.report(value.error("row \(index + 1) has \(row.count) cells for \(columns.count) columns"))
        }
        let appearance = TableBlock.Appearance(
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(top: 3, left: 4, bottom: 3, right: 4),
            rule: fields["rule"]?.color(log, palette: palette).map { Stroke(color: $0, width: 0.5) },
            frameRule: fields["frame-rule"]?.color(log, palette: palette).map { Stroke(color: $0, width: 1) },
            headerFill: fields["header-fill"]?.color(log, palette: palette),
            stripeFill: fields["stripe-fill"]?.color(log, palette: palette))
        return TableElement(common: loader.common(fields, origin: origin), columns: columns, header: header,
                            rows: rows, from: from, style: style, headerStyle: fields["header-style"]?.string(log) ?? style,
                            appearance: appearance)
    }

    /// `{width: 2fr | 30mm | content, align: left | center | right | decimal, style: name}`.
    private static func readColumn(_ value: YAMLValue, log: DiagnosticLog) -> Column? {
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
        return Column(width: width, alignment: alignment, style: fields["style"]?.string(log))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let location = origin.location ?? SourceLocation(file: "")
        let (styles, log) = (binder.styles, binder.log)
        // Every style and every cell is checked: each problem is reported.
        let body = styles.style(style, at: location, field: "table.style", log: log),
            head = styles.style(headerStyle, at: location, field: "table.header-style", log: log)
        let (header, rows) = try from.map { try dataTable($0, store: binder.store) } ?? (self.header, self.rows)
        let width = (header + rows.map(\.item)).map(\.count).max() ?? columns.count
        let columns = (0..<max(width, 1)).map { self.columns[min($0, self.columns.count - 1)] }
        let columnStyles = columns.map { column in
            column.style.map { styles.style($0, at: location, field: "table.columns.style", log: log) } ?? body
        }
        /// A row's paragraphs; nil when a style is missing.
        func row(_ cells: [Template], header: Bool) throws -> [Paragraph]? {
            let texts = try collectingEvery(cells, binder.store.interpolate)
            let paragraphs = zip(cells, texts).enumerated().compactMap { index, cell -> Paragraph? in
                let style = header ? head : columnStyles[min(index, columnStyles.count - 1)]
                return style.map { binder.inline.paragraph(cell.1, style: $0, location: cell.0.location) }
            }
            return paragraphs.count == cells.count ? paragraphs : nil
        }
        var problems = Problems()
        let headerRows = try problems.attempt { try header.map { try row($0, header: true) } }
        let bodyRows = try problems.attempt { try Controlled.expand(rows, store: binder.store) { try row($0, header: false) } }
        try problems.throwIfAny()
        // Every row hidden by its condition, or an empty list: no table at all.
        guard let headerRows, let bodyRows, !bodyRows.isEmpty,
              !(headerRows + bodyRows).contains(where: { $0 == nil }) else { return nil }
        return TableBlock(
            origin: origin, columns: columns.map { TableBlock.Column(width: $0.width, alignment: $0.alignment) },
            header: headerRows.compactMap { $0 }, rows: bodyRows.compactMap { $0 },
            appearance: appearance, spaceAfter: common.spaceAfter)
    }
}
