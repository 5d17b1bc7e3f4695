import FolioCharts
import FolioCore
import FolioLayout
import Yams

/// `chart: {kind, data, …}`: a chart drawn from a CSV file or values written in
/// the layout (reading in ChartLoader, binding in ChartBinder). With `from: data.path`
/// the chart's content — kind, data, columns, title, source note, series names —
/// comes from a group in the data (a department's chart definition, in the
/// document's language) and the layout gives its looks (styles, height, colours,
/// a data table), which win over the same keys in the definition.
struct ChartElement: BlockElement {
    static let kind = "chart"

    enum Definition {
        case layout(ChartSpec)
        /// Read when bound: the data group merged with the layout's keys.
        case data(from: Template, looks: YAMLValue, palette: [String: RGBColor])
    }

    var definition: Definition
    /// A definition's list of the documents that show it, for `where`; not a chart setting.
    static let placesKey = "places"
    var origin: BlockOrigin

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> ChartElement? {
        let log = loader.log
        guard case let .mapping(mapping) = value.node, let from = mapping.first(where: { $0.key.string == "from" })
        else { return loader.chart(value, origin: origin).map { ChartElement(definition: .layout($0), origin: origin) } }
        guard FieldReader(value, allowed: BlockLoader.chartKeys + ChartKinds.keys + ["from"], log: log) != nil,
              let path = LayoutLoader.template(value.child(from.value, key: "from"), log: log) else { return nil }
        let looks = mapping.filter { $0.key.string != "from" }.map { ($0.key, $0.value) }
        return ChartElement(definition: .data(
            from: path, looks: YAMLValue(node: .mapping(.init(looks, mapping.tag, mapping.style, mapping.mark)),
                                         file: value.file, path: value.path, origin: value.origin),
            palette: loader.palette), origin: origin)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        switch definition {
        case let .layout(spec):
            return try binder.chart(spec)
        case let .data(from, looks, palette):
            let store = binder.store
            let group = try store.value(at: store.interpolate(from), for: from)
            guard case let .mapping(content) = group.node, case let .mapping(layout) = looks.node else {
                throw DiagnosticError(.error("chart from {{\(from.text)}}: \(group.file) has \(group.written) there, "
                    + "not a chart definition (kind, data, x, y, title, …)", at: from.location, field: from.field))
            }
            // The definition's texts in the document's language; the layout's looks over them.
            let pairs = content.filter { entry in
                entry.key.string != Self.placesKey && !layout.contains { $0.key == entry.key }
            }.map { ($0.key, localized($0.value, in: group, key: $0.key.string ?? "", store: store)) }
                + layout.map { ($0.key, $0.value) }
            let merged = YAMLValue(node: .mapping(.init(pairs, content.tag, content.style, content.mark)),
                                   file: group.file, path: group.path, origin: group.origin)
            let spec = BlockLoader(palette: palette, log: binder.log).chart(merged, origin: origin)
            return try spec.flatMap(binder.chart)
        }
    }

    /// A `{en: …, zh: …}` value (or a list of them) in the document's language.
    private func localized(_ node: Node, in group: YAMLValue, key: String, store: DataStore) -> Node {
        if case let .sequence(sequence) = node {
            return .sequence(.init(sequence.map { store.localized(group.child($0, key: key)).node },
                                   sequence.tag, sequence.style, sequence.mark))
        }
        return store.localized(group.child(node, key: key)).node
    }
}
