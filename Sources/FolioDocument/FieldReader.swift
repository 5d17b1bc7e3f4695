import FolioCore
import Yams

/// Reads a YAML mapping field by field, reporting unknown keys, missing
/// required fields and wrong types to a log instead of stopping at the first.
struct FieldReader {
    let value: YAMLValue
    private let entries: [(key: String, keyNode: Node, value: Node)]
    private let log: DiagnosticLog

    /// Nil (with a report) when `value` is not a mapping.
    init?(_ value: YAMLValue, allowed: [String], log: DiagnosticLog) {
        guard case let .mapping(mapping) = value.node else {
            log.report(value.error("expected a group of fields (key: value lines), found \(value.written)"))
            return nil
        }
        self.value = value
        self.log = log
        self.entries = mapping.map { (key: $0.key.string ?? "", keyNode: $0.key, value: $0.value) }
        for entry in entries where !allowed.contains(entry.key) {
            let keyValue = value.child(entry.keyNode, key: entry.key)
            var message = "unknown key \"\(entry.key)\""
            if let guess = Self.closest(to: entry.key, in: allowed) { message += "; did you mean \"\(guess)\"?" }
            message += " Allowed here: \(allowed.joined(separator: ", "))"
            log.report(keyValue.error(message))
        }
    }

    /// The keys present, in file order.
    var keys: [String] { entries.map(\.key) }

    /// The value of `key`, or nil when absent (or explicitly null).
    subscript(key: String) -> YAMLValue? {
        guard let entry = entries.first(where: { $0.key == key }) else { return nil }
        if entry.value.null != nil { return nil }
        return value.child(entry.value, key: key)
    }

    /// The value of `key`; reports it missing when absent, and empty (`key: ""`,
    /// as good as missing) unless `allowsEmpty` (a decorative image's `alt: ""`).
    func required(_ key: String, expected: String, allowsEmpty: Bool = false) -> YAMLValue? {
        if let found = self[key] {
            guard !allowsEmpty, case let .scalar(scalar) = found.node,
                  scalar.string.trimmingCharacters(in: .whitespaces).isEmpty else { return found }
            log.report(.error("field \"\(key)\" is empty (\(expected))", at: found.location,
                              field: value.path.isEmpty ? key : "\(value.path).\(key)"))
            return nil
        }
        log.report(.error("missing field \"\(key)\" (\(expected))", at: value.location,
                          field: value.path.isEmpty ? key : "\(value.path).\(key)"))
        return nil
    }

    /// A nested mapping read with its own allowed keys.
    func reader(_ key: String, allowed: [String]) -> FieldReader? {
        self[key].flatMap { FieldReader($0, allowed: allowed, log: log) }
    }

    /// The allowed key nearest to a misspelt one (edit distance at most 2).
    static func closest(to key: String, in allowed: [String]) -> String? {
        allowed.map { ($0, editDistance(key, $0)) }.filter { $0.1 <= 2 }.min { $0.1 < $1.1 }?.0
    }

    /// Levenshtein distance between two keys.
    private static func editDistance(_ a: String, _ b: String) -> Int {
        let a = Array(a), b = Array(b)
        guard !a.isEmpty else { return b.count }
        guard !b.isEmpty else { return a.count }
        var previous = Array(0...b.count)
        for i in 1...a.count {
            var current = [i] + Array(repeating: 0, count: b.count)
            for j in 1...b.count {
                current[j] = min(previous[j] + 1, current[j - 1] + 1, previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1))
            }
            previous = current
        }
        return previous[b.count]
    }
}
