import FolioCore
import Foundation
import Yams

/// What makes a block or an item of a list data-driven, read from the same
/// keys wherever they stand (any block, `group`, an entry of `tiles.items`,
/// `table.rows`, `timeline`, `staff`):
///
/// - `when: data.path` shows it only when the field exists and is not empty
///   (`when: text/{{lang}}/foreword.md`: when the file exists);
///   `unless: data.path` only when it does not. A field named anywhere else
///   stays required: missing, it is an error naming the field and the layout line.
/// - `each: source, as: name` repeats it once per item of a list in the data
///   (a YAML list or group of groups), of the rows of a CSV file under Data/
///   (`metrics/x.csv`, each row's columns by name) or of the YAML files of a
///   folder (`staff`); inside, `{{name.field}}` reads the item.
/// - `where` keeps the items whose field passes (`where: bio`, `where: {field:
///   rank, equals: chief}`, `where: {field: rank, in: [chief, deputy-chief]}`,
///   `where: {field: rank, except: [director]}`);
///   `sort: [field, -field]` orders them (numbers as numbers, `-` descending).
struct DataControls {
    static let keys = ["when", "unless", "each", "as", "where", "sort"]

    var conditions: [FieldCondition]
    var list: DataList?

    var isEmpty: Bool { conditions.isEmpty && list == nil }

    /// The controls among `fields`; nil (with reports) when one is wrong.
    static func read(_ fields: FieldReader, log: DiagnosticLog) -> DataControls? {
        var conditions: [FieldCondition] = []
        var valid = true
        for (key, shown) in [("when", true), ("unless", false)] {
            guard let value = fields[key] else { continue }
            if let condition = FieldCondition.read(value, shown: shown, log: log) {
                conditions.append(condition)
            } else {
                valid = false
            }
        }
        var list: DataList?
        if let each = fields["each"] {
            list = DataList.read(each: each, fields: fields, log: log)
            valid = valid && list != nil
        } else {
            for key in ["as", "where", "sort"] {
                guard let value = fields[key] else { continue }
                log.report(value.error("\"\(key)\" belongs to a repeated block: add \"each\" (a data list, "
                    + "a CSV file or a folder under Data/) or remove \"\(key)\""))
                valid = false
            }
        }
        return valid ? DataControls(conditions: conditions, list: list) : nil
    }

    /// Splits `value` (a group of fields) into these controls and the rest, which
    /// the block's or item's own reader then reads (with the keys in `leaving`).
    /// The controls are nil when one is wrong.
    static func split(_ value: YAMLValue, leaving: [String] = [],
                      log: DiagnosticLog) -> (controls: DataControls?, rest: YAMLValue) {
        let taken = keys.filter { !leaving.contains($0) }
        guard case let .mapping(mapping) = value.node,
              mapping.contains(where: { taken.contains($0.key.string ?? "") }) else {
            return (DataControls(conditions: [], list: nil), value)
        }
        func part(_ isControl: Bool) -> YAMLValue {
            let pairs = mapping.filter { taken.contains($0.key.string ?? "") == isControl }.map { ($0.key, $0.value) }
            return YAMLValue(node: .mapping(.init(pairs, mapping.tag, mapping.style, mapping.mark)),
                             file: value.file, path: value.path, origin: value.origin)
        }
        let controls = FieldReader(part(true), allowed: keys, log: log).flatMap { read($0, log: log) }
        return (controls, part(false))
    }

    /// `make` run once (no list), once per item with the item in scope, or
    /// not at all when a condition fails.
    func expand<T>(_ store: DataStore, _ make: () throws -> T) throws -> [T] {
        for condition in conditions where try !condition.holds(in: store) { return [] }
        guard let list else { return [try make()] }
        return try collectingEvery(try list.items(store)) { item in try store.scoped(list.name, as: item, make) }
    }
}

/// `when`/`unless`/`where`: a field exists and is not empty, equals a word,
/// or is one of several.
struct FieldCondition {
    enum Test {
        case present
        case oneOf([String])
        /// Passes when the field is none of these words (or missing).
        case noneOf([String])
    }

    var path: Template
    var test: Test
    /// False for `unless`: the block shows when the test fails.
    var shown: Bool

    static func read(_ value: YAMLValue, shown: Bool, log: DiagnosticLog) -> FieldCondition? {
        if case .scalar = value.node {
            guard let path = value.string(log) else { return nil }
            return FieldCondition(path: Template(text: path, location: value.location, field: value.path),
                                  test: .present, shown: shown)
        }
        guard let fields = FieldReader(value, allowed: ["field", "equals", "in", "except"], log: log),
              let field = fields.required("field", expected: "the data field to test"),
              let path = field.string(log) else { return nil }
        var test = Test.present
        if let equals = fields["equals"] {
            guard let word = equals.string(log) else { return nil }
            test = .oneOf([word])
        } else if let choices = fields["in"] {
            guard let words = choices.list(log)?.compactMap({ $0.string(log) }) else { return nil }
            test = .oneOf(words)
        } else if let excluded = fields["except"] {
            guard let words = excluded.list(log)?.compactMap({ $0.string(log) }) else { return nil }
            test = .noneOf(words)
        }
        return FieldCondition(path: Template(text: path, location: field.location, field: field.path),
                              test: test, shown: shown)
    }

    /// Whether the block or item shows with the data as it is.
    func holds(in store: DataStore, prefix: String? = nil) throws -> Bool {
        let written = try store.interpolate(path)
        // A path with a slash is a file under Data/: `when: text/{{lang}}/report/foreword.md`.
        if written.contains("/") { return store.fileExists(written) == shown }
        let dataPath = prefix.map { "\($0).\(written)" } ?? written
        let value = try store.lookup(dataPath, for: path)
        let passes: Bool = switch test {
        case .present: value.map(Self.hasContent) ?? false
        case let .oneOf(words): Self.mentions(value, words)
        case let .noneOf(words): !Self.mentions(value, words)
        }
        return passes == shown
    }

    /// Whether the value is one of `words`, or a list of words (`places: [report,
    /// gallery]`) holding one of them.
    static func mentions(_ value: YAMLValue?, _ words: [String]) -> Bool {
        switch value?.node {
        case let .scalar(scalar)?: words.contains(scalar.string)
        case let .sequence(sequence)?: sequence.contains { $0.scalar.map { words.contains($0.string) } ?? false }
        default: false
        }
    }

    /// Not null, not empty text, not an empty list or group.
    static func hasContent(_ value: YAMLValue) -> Bool {
        switch value.node {
        case let .scalar(scalar): value.node.null == nil && !scalar.string.trimmingCharacters(in: .whitespaces).isEmpty
        case let .sequence(sequence): !sequence.isEmpty
        case let .mapping(mapping): !mapping.isEmpty
        case .alias: true
        }
    }
}

/// An entry of a list in a layout (a tile, a table row) with its data
/// controls: written out once, shown on a condition, or repeated over data.
struct Controlled<Item> {
    var controls: DataControls
    var item: Item

    /// The entries of `values`, each read by `readItem` after its controls are
    /// taken off; entries with problems are left out (and reported).
    static func readList(_ values: [YAMLValue], log: DiagnosticLog,
                         readItem: (YAMLValue) -> Item?) -> [Controlled<Item>] {
        values.compactMap { value in
            let (controls, rest) = DataControls.split(value, log: log)
            guard let item = readItem(rest), let controls else { return nil }
            return Controlled(controls: controls, item: item)
        }
    }

    /// What `make` gives for each entry, as often as its controls say.
    static func expand<T>(_ entries: [Controlled<Item>], store: DataStore,
                          _ make: (Item) throws -> T) throws -> [T] {
        try collectingEvery(entries) { entry in try entry.controls.expand(store) { try make(entry.item) } }.flatMap { $0 }
    }
}
