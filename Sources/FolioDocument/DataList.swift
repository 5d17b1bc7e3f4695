import FolioCore
import Foundation
import Yams

/// `each: source, as: name, where: …, sort: […]`: the items a block or an
/// item of a list is repeated over (see `DataControls`).
struct DataList {
    /// A data path (`department.key-figures`), a CSV file (`metrics/x.csv`) or a folder (`staff`).
    var source: Template
    /// The name an item is read under: `{{name.field}}`.
    var name: String
    var filter: [FieldCondition]
    var sort: [SortKey]

    /// `sort: [title, -year]`: a field of the items, `-` for descending.
    struct SortKey {
        var field: String
        var descending: Bool
    }

    static func read(each: YAMLValue, fields: FieldReader, log: DiagnosticLog) -> DataList? {
        guard let source = each.string(log) else { return nil }
        let nameValue = fields.required("as", expected: "the name an item is read under, e.g. \"as: figure\" "
            + "for {{figure.label}}")
        guard let nameValue, let name = nameValue.string(log) else { return nil }
        if name.isEmpty || name.contains(".") || name.contains("{") || name.contains("|") || name == "lang"
            || DataStore.pageFields.contains(name) {
            log.report(nameValue.error("expected a name without dots, braces or bars (and not page, pages, section "
                + "or lang), found \"\(name)\""))
            return nil
        }
        guard let filter = readFilter(fields, log: log), let sort = readSort(fields, log: log) else { return nil }
        return DataList(source: Template(text: source, location: each.location, field: each.path), name: name,
                        filter: filter, sort: sort)
    }

    /// `where`: one test or a list of tests, all of which an item must pass.
    static func readFilter(_ fields: FieldReader, log: DiagnosticLog) -> [FieldCondition]? {
        guard let whereValue = fields["where"] else { return [] }
        let tests = if case .sequence = whereValue.node { whereValue.list(log) ?? [] } else { [whereValue] }
        let filter = tests.compactMap { FieldCondition.read($0, shown: true, log: log) }
        return filter.count == tests.count ? filter : nil
    }

    /// `sort`: one field or a list of fields, `-field` for descending.
    static func readSort(_ fields: FieldReader, log: DiagnosticLog) -> [SortKey]? {
        guard let sortValue = fields["sort"] else { return [] }
        let keys = if case .sequence = sortValue.node { sortValue.list(log) ?? [] } else { [sortValue] }
        let sort = keys.compactMap { key in
            key.string(log).map { text in
                SortKey(field: text.hasPrefix("-") ? String(text.dropFirst()) : text, descending: text.hasPrefix("-"))
            }
        }
        return sort.count == keys.count ? sort : nil
    }

    /// The items, filtered and sorted (a stable sort: equal items keep the data's order).
    func items(_ store: DataStore) throws -> [YAMLValue] {
        let items = try all(store)
        return try chosen(items, store: store).map { items[$0] }
    }

    /// The indices of the `items` that pass the filter, in sorted order.
    func chosen(_ items: [YAMLValue], store: DataStore) throws -> [Int] {
        var indices = Array(items.indices)
        if !filter.isEmpty {
            indices = try indices.filter { index in
                try store.scoped(name, as: items[index]) {
                    try filter.allSatisfy { try $0.holds(in: store, prefix: name) }
                }
            }
        }
        guard !sort.isEmpty else { return indices }
        let keys = indices.map { index in
            sort.map { key in items[index].descendant(key.field).map(store.localized).flatMap(\.node.scalar?.string) }
        }
        return indices.indices.sorted { left, right in
            for (index, key) in sort.enumerated() {
                let order = Self.compare(keys[left][index], keys[right][index])
                if order != .orderedSame { return key.descending ? order == .orderedDescending : order == .orderedAscending }
            }
            return left < right
        }.map { indices[$0] }
    }

    /// Numbers as numbers, text by Unicode order; a missing value after any.
    private static func compare(_ left: String?, _ right: String?) -> ComparisonResult {
        switch (left, right) {
        case (nil, nil): return .orderedSame
        case (nil, _): return .orderedDescending
        case (_, nil): return .orderedAscending
        case let (left?, right?):
            if let a = Double(left), let b = Double(right) { return a == b ? .orderedSame : (a < b ? .orderedAscending : .orderedDescending) }
            return left == right ? .orderedSame : (left < right ? .orderedAscending : .orderedDescending)
        }
    }

    /// Every item of the source, in the data's order.
    private func all(_ store: DataStore) throws -> [YAMLValue] {
        let path = try store.interpolate(source)
        if path.lowercased().hasSuffix(".csv") { return try csvRows(path, store: store) }
        var isFolder: ObjCBool = false
        if !path.contains("."),
           FileManager.default.fileExists(atPath: store.directory.appendingPathComponent(path).path,
                                          isDirectory: &isFolder), isFolder.boolValue {
            let files = (try? FileManager.default.contentsOfDirectory(atPath: store.directory
                .appendingPathComponent(path).path)) ?? []
            return try files.filter { $0.hasSuffix(".yaml") }.sorted().map { try store.yaml("\(path)/\($0)") }
        }
        let list = try store.value(at: path, for: source)
        switch list.node {
        case let .sequence(sequence):
            return sequence.enumerated().map { list.element($1, index: $0) }
        case let .mapping(mapping):
            return mapping.map { list.child($0.value, key: $0.key.string ?? "") }
        default:
            throw DiagnosticError(.error("each: {{\(path)}} is \(list.written) in \(list.file), not a list "
                + "or a group of groups", at: source.location, field: source.field))
        }
    }

    /// A CSV file's rows, each a group of fields named by the header.
    private func csvRows(_ path: String, store: DataStore) throws -> [YAMLValue] {
        let table = try store.csv(path, requestedAt: source.location, field: source.field)
        return table.rows.map { row in
            YAMLValue(node: FieldNodes.mapping(zip(table.header, row.cells)), file: table.file, path: "",
                      origin: SourceLocation(file: table.file, line: row.line))
        }
    }
}

extension YAMLValue {
    /// The value at a dotted path below this one, or nil when a part is missing.
    func descendant(_ dottedPath: String) -> YAMLValue? {
        var current = self
        for part in dottedPath.split(separator: ".").map(String.init) {
            guard case let .mapping(mapping) = current.node,
                  let next = mapping.first(where: { $0.key.string == part }) else { return nil }
            current = current.child(next.value, key: part)
        }
        return current
    }
}

extension DataStore {
    /// The value at a dotted data path in the document's language, or nil when
    /// the field or its file does not exist (other problems, such as a YAML
    /// syntax error, still throw).
    func lookup(_ dataPath: String, for template: Template) throws -> YAMLValue? {
        let parts = dataPath.split(separator: ".").map(String.init)
        guard let first = parts.first else { return nil }
        guard isScoped(first)
            || FileManager.default.fileExists(atPath: directory.appendingPathComponent("\(first).yaml").path)
        else { return nil }
        let root = try value(at: first, for: template)
        guard parts.count > 1 else { return root }
        return root.descendant(parts.dropFirst().joined(separator: ".")).map(localized)
    }
}

extension DataStore {
    /// What `{{lang}}`, `{{field?}}` and `{{field | other}}` stand for: the
    /// document's language, an optional field's value or nothing, the first of
    /// several fields that exists (`{{department.short-name | department.name}}`);
    /// nil for any other field.
    func optionalField(_ dataPath: String, for template: Template) throws -> String? {
        if dataPath == "lang" { return language }
        if dataPath.contains("|") {
            let choices = dataPath.split(separator: "|").map { $0.trimmingCharacters(in: .whitespaces) }
            for choice in choices {
                if let value = try optionalField(choice.hasSuffix("?") ? choice : choice + "?", for: template),
                   !value.isEmpty { return value }
            }
            guard choices.last?.hasSuffix("?") == true else {
                throw DiagnosticError(.error("none of the data fields \(choices.map { "{{\($0)}}" }.joined(separator: ", ")) "
                    + "exists", at: template.location, field: template.field))
            }
            return ""
        }
        guard dataPath.hasSuffix("?") else { return nil }
        let value = try lookup(String(dataPath.dropLast()), for: template)
        guard let value, FieldCondition.hasContent(value) else { return "" }
        guard case let .scalar(scalar) = value.node else {
            throw DiagnosticError(.error("data field {{\(dataPath)}} is \(value.written) in \(value.file), "
                + "not a single value; name one of its fields", at: template.location, field: template.field))
        }
        return scalar.string
    }

    /// Whether a file (a path with a `/`, such as `text/en/report/foreword.md`) is in the data folder.
    func fileExists(_ relative: String) -> Bool {
        FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path)
    }
}

extension DataStore {
    /// A keyword template's keywords: one, or each of a list when the template
    /// is just a data field holding a list (`{{department.keywords}}`).
    func keywords(_ template: Template) throws -> [String] {
        let text = template.text.trimmingCharacters(in: .whitespaces)
        if text.hasPrefix("{{"), text.hasSuffix("}}"), text.dropFirst(2).dropLast(2).contains("{{") == false,
           let value = try lookup(String(text.dropFirst(2).dropLast(2)).trimmingCharacters(in: .whitespaces),
                                  for: template),
           case let .sequence(sequence) = value.node {
            return sequence.compactMap { $0.scalar?.string }
        }
        return [try interpolate(template)]
    }
}
