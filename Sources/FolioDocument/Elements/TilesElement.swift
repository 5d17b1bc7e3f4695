import FolioCore
import FolioLayout

/// `tiles: {items, value-style, label-style, …}`: a row of equal figure tiles
/// (qualifier, big value, label), each from a figure group in the data or
/// written out, with an optional trend arrow and sparkline.
struct TilesElement: BlockElement {
    static let kind = "tiles"

    struct Item {
        /// A data path to a figure group (value, unit, qualifier, label), or nil.
        var figure: Template?
        var value: Template?
        var label: Template?
        var qualifier: Template?
        var trend: Tile.Trend?
        var sparkline: Sparkline?
        var location: SourceLocation
        var field: String
    }

    /// A tile's sparkline: a column of a CSV file under Data/, or numbers written in the layout.
    enum Sparkline {
        case csv(path: String, column: String, location: SourceLocation)
        case values([Double])
    }

    var common: BlockCommon
    var items: [Controlled<Item>]
    var valueStyle: String
    var labelStyle: String
    var qualifierStyle: String
    var background: RGBColor?
    var accent: RGBColor?
    var gutter: Double
    var padding: EdgeInsets
    var cornerRadius: Double
    /// Most tiles in one row (a list repeated over data may give any number); nil: all in one row.
    var perRow: Int?
    /// Space between rows when the tiles take several.
    var rowGap: Double
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> TilesElement? {
        let log = loader.log, palette = loader.palette
        let keys = ["items", "value-style", "label-style", "qualifier-style", "background", "accent", "gutter",
                    "padding", "corner-radius", "per-row", "row-gap", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let items = fields.required("items", expected: "a list of figures")?.list(log).map {
            Controlled.readList($0, log: log) { readItem($0, log: log) }
        }
        let valueStyle = fields.required("value-style", expected: "a paragraph style")?.string(log)
        let labelStyle = fields.required("label-style", expected: "a paragraph style")?.string(log)
        guard let items, let valueStyle, let labelStyle else { return nil }
        return TilesElement(
            common: loader.common(fields, origin: origin), items: items, valueStyle: valueStyle,
            labelStyle: labelStyle, qualifierStyle: fields["qualifier-style"]?.string(log) ?? labelStyle,
            background: fields["background"]?.color(log, palette: palette),
            accent: fields["accent"]?.color(log, palette: palette),
            gutter: fields["gutter"]?.length(log) ?? 12,
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 8),
            cornerRadius: fields["corner-radius"]?.length(log) ?? 0, perRow: fields["per-row"]?.count(log, in: 1...12),
            rowGap: fields["row-gap"]?.length(log) ?? 3 * 72 / 25.4)
    }

    private static func readItem(_ value: YAMLValue, log: DiagnosticLog) -> Item? {
        let keys = ["figure", "value", "label", "qualifier", "trend", "sparkline"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let item = Item(
            figure: fields["figure"].flatMap { LayoutLoader.template($0, log: log) },
            value: fields["value"].flatMap { LayoutLoader.template($0, log: log) },
            label: fields["label"].flatMap { LayoutLoader.template($0, log: log) },
            qualifier: fields["qualifier"].flatMap { LayoutLoader.template($0, log: log) },
            trend: fields["trend"]?.choice(log, of: Tile.Trend.self),
            sparkline: fields["sparkline"].flatMap { readSparkline($0, log: log) },
            location: value.location, field: value.path)
        if item.figure == nil && (item.value == nil || item.label == nil) {
            log.report(value.error("a tile needs \"figure\" (a data path such as department.figures.beds) "
                + "or both \"value\" and \"label\""))
            return nil
        }
        return item
    }

    /// `{data: metrics/x.csv, y: column}` or a list of at least two numbers.
    private static func readSparkline(_ value: YAMLValue, log: DiagnosticLog) -> Sparkline? {
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

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let location = origin.location ?? SourceLocation(file: "")
        let (styles, log) = (binder.styles, binder.log)
        // Every style checked, then every item, so that each problem is reported.
        let valueStyle = styles.style(valueStyle, at: location, field: "tiles.value-style", log: log),
            labelStyle = styles.style(labelStyle, at: location, field: "tiles.label-style", log: log),
            // The qualifier's style is the label's unless named: a wrong label style is one problem, not two.
            qualifierStyle = qualifierStyle == self.labelStyle ? labelStyle
                : styles.style(qualifierStyle, at: location, field: "tiles.qualifier-style", log: log)
        let tiles = try Controlled.expand(items, store: binder.store) { item -> Tile? in
            var problems = Problems()
            let parts = try problems.attempt { try figureParts(item, binder: binder) }
            let sparkline = try problems.attempt {
                try (item.sparkline ?? parts?.sparkline).map { try sparklineValues($0, binder: binder) } ?? []
            }
            try problems.throwIfAny()
            guard let parts, let sparkline, let valueStyle, let labelStyle, let qualifierStyle else { return nil }
            return Tile(rows: [
                binder.inline.paragraph(parts.qualifier, style: qualifierStyle, location: item.location),
                binder.inline.paragraph(parts.value, style: valueStyle, location: item.location),
                binder.inline.paragraph(parts.label, style: labelStyle, location: item.location),
            ], trend: item.trend ?? parts.trend, trendRow: 1, sparkline: sparkline)
        }.compactMap { $0 }
        // Every tile hidden by its condition, or an empty list (or a style missing): no row at all.
        guard !tiles.isEmpty else { return nil }
        let size = perRow ?? tiles.count
        let rows = stride(from: 0, to: tiles.count, by: size).map { start in
            var row = TilesBlock(origin: origin, tiles: Array(tiles[start..<min(start + size, tiles.count)]),
                                 gutter: gutter, padding: padding, background: background, accent: accent,
                                 cornerRadius: cornerRadius,
                                 spaceAfter: start + size >= tiles.count ? common.spaceAfter : rowGap)
            row.places = perRow
            return row
        }
        return rows.count == 1 ? rows[0] : StoryBlock(origin: origin, blocks: rows)
    }

    private func sparklineValues(_ sparkline: Sparkline, binder: BlockBinder) throws -> [Double] {
        switch sparkline {
        case let .values(values): return values
        case let .csv(path, column, location):
            let store = binder.store
            let table = try store.csv(path, requestedAt: location, field: "tiles.sparkline.data")
            return try table.numbers(try table.column(column, at: location, field: "tiles.sparkline.y"))
        }
    }

    /// A tile's texts, and the trend and sparkline its figure may bring.
    private struct FigureParts {
        var qualifier = "", value = "", label = ""
        var trend: Tile.Trend?
        var sparkline: Sparkline?
    }

    /// The fields of a figure in the data; `title` names it in a table, `group` and
    /// `highlight` are for choosing (`where`), `note` and `source` explain it.
    static let figureKeys = ["value", "unit", "qualifier", "label", "title", "note", "source", "group", "highlight",
                             "illustrative", "trend", "sparkline"]

    /// Qualifier, value (with its unit) and label of a tile: from a figure group
    /// in the data (`value`, `unit`, `qualifier`, `label`), each overridable in the layout.
    private func figureParts(_ item: Item, binder: BlockBinder) throws -> FigureParts {
        let (store, log) = (binder.store, binder.log)
        var parts = FigureParts(), problems = Problems()
        // The item's own texts first: each is checked even when the figure is wrong.
        func filled(_ template: Template?) throws -> String? {
            try template.flatMap { template in try problems.attempt { try store.interpolate(template) } }
        }
        let value = try filled(item.value), label = try filled(item.label), qualifier = try filled(item.qualifier)
        if let figure = item.figure,
           let group = try problems.attempt({ try store.value(at: store.interpolate(figure), for: figure) }),
           let fields = FieldReader(group, allowed: Self.figureKeys, log: log) {
            let value = fields.required("value", expected: "the figure's number")?.string(log) ?? ""
            let unit = fields["unit"]?.string(log) ?? ""
            parts.value = value + unit
            parts.qualifier = fields["qualifier"].flatMap { store.localized($0).string(log) } ?? ""
            parts.label = fields.required("label", expected: "what the figure counts")
                .flatMap { store.localized($0).string(log) } ?? ""
            parts.trend = fields["trend"]?.choice(log, of: Tile.Trend.self)
            parts.sparkline = fields["sparkline"].flatMap { Self.readSparkline($0, log: log) }
        }
        try problems.throwIfAny()
        parts.value = value ?? parts.value
        parts.label = label ?? parts.label
        parts.qualifier = qualifier ?? parts.qualifier
        return parts
    }
}
