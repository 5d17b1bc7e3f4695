import FolioCharts
import FolioCore
import Foundation
import Yams

/// The words Folio writes itself in one language — a staff card's degrees and
/// experience, a photo's alternative text, the note under illustrative charts,
/// chart descriptions for screen readers, the locale of numbers — read from
/// `Languages/<code>/engine.yaml`. Adding a language is adding its folder.
public struct EngineStrings: Sendable {
    public let language: String
    /// Every string by its dotted key (`staff.photo-of`, `chart.kinds.bar`).
    let values: [String: String]

    /// The string at `key` with `{name}`-style fields filled in; the key itself when missing.
    func text(_ key: String, _ fields: [String: String] = [:]) -> String {
        fields.reduce(values[key] ?? key) { $0.replacingOccurrences(of: "{\($1.key)}", with: $1.value) }
    }

    /// The ICU locale of numbers.
    var numberLocale: String { values["number-locale"] ?? language }

    /// The words of chart descriptions.
    var chartWording: ChartWording {
        ChartWording(strings: values.reduce(into: [:]) { strings, entry in
            guard entry.key.hasPrefix("chart.") else { return }
            let key = String(entry.key.dropFirst(6))
            strings[key.hasPrefix("kinds.") ? "kind." + key.dropFirst(6) : key] = entry.value
        })
    }

    /// "Jane Doe, M.D., Ph.D." or "姜宏景（M.D.）".
    func name(_ name: String, degrees: [String]) -> String {
        guard !degrees.isEmpty else { return name }
        return text("staff.name-with-degrees",
                    ["name": name, "degrees": degrees.joined(separator: text("staff.degrees-separator"))])
    }

    /// The strings of `language` (`zh-Hans` falls back on `zh`) in `folder`.
    static func load(language: String, folder: URL, displayFolder: String,
                     requestedAt location: SourceLocation) throws -> EngineStrings {
        let candidates = [language] + (language.contains("-") ? [String(language.prefix { $0 != "-" })] : [])
        for code in candidates {
            let url = folder.appendingPathComponent(code).appendingPathComponent("engine.yaml")
            guard FileManager.default.fileExists(atPath: url.path) else { continue }
            let root = try YAMLValue.load(url, displayPath: "\(displayFolder)/\(code)/engine.yaml")
            var values: [String: String] = [:]
            flatten(root.node, prefix: "", into: &values)
            return EngineStrings(language: language, values: values)
        }
        throw DiagnosticError(.error("there are no engine strings for the language \"\(language)\": add "
            + "\(displayFolder)/\(language)/engine.yaml (a translation of \(displayFolder)/en/engine.yaml)",
            at: location, field: "document.language"))
    }

    private static func flatten(_ node: Node, prefix: String, into values: inout [String: String]) {
        switch node {
        case let .mapping(mapping):
            for (key, value) in mapping {
                flatten(value, prefix: prefix.isEmpty ? key.string ?? "" : "\(prefix).\(key.string ?? "")", into: &values)
            }
        case let .scalar(scalar):
            values[prefix] = scalar.string
        default:
            break
        }
    }
}

/// The engine strings of each language, read once per folder.
public final class EngineStringsLibrary: @unchecked Sendable {
    /// `Languages/`, one folder per language.
    public let folder: URL
    let displayFolder: String
    private var loaded: [String: EngineStrings] = [:]
    private let lock = NSLock()

    /// - Parameter folder: the folder of language folders; `Languages` in the current folder by default.
    public init(folder: URL = URL(fileURLWithPath: "Languages"), displayFolder: String = "Languages") {
        self.folder = folder
        self.displayFolder = displayFolder
    }

    func strings(for language: String, requestedAt location: SourceLocation) throws -> EngineStrings {
        if let known = lock.withLock({ loaded[language] }) { return known }
        let strings = try EngineStrings.load(language: language, folder: folder, displayFolder: displayFolder,
                                             requestedAt: location)
        lock.withLock { loaded[language] = strings }
        return strings
    }
}
