import FolioCore
import Yams

/// Warnings about data fields written in other languages than the document's,
/// each once (a field read on every layout pass is reported one time).
final class LanguageFallbacks {
    var log: DiagnosticLog?
    private var reported: Set<String> = []
    /// Warnings reported so far, repeated ones included.
    private(set) var attempts = 0

    func report(_ diagnostic: Diagnostic) {
        attempts += 1
        guard reported.insert(diagnostic.description).inserted else { return }
        log?.report(diagnostic)
    }
}

extension DataStore {
    /// The languages a field missing the document's is set in instead, in order of preference.
    static let fallbackLanguages = ["en"]

    /// A `{en: …}` group without the document's language: its English variant
    /// (else its first) and a warning at the field, so an English-only name
    /// or biography prints in a Chinese document instead of failing it. A
    /// group whose keys are not all language tags is returned as it is.
    func languageFallback(_ value: YAMLValue, mapping: Node.Mapping) -> YAMLValue {
        let keys = mapping.keys.compactMap(\.string)
        guard !keys.isEmpty, keys.count == mapping.count, keys.allSatisfy(StyleLanguages.isLanguage) else { return value }
        let chosen = Self.fallbackLanguages.first(where: keys.contains) ?? keys[0]
        guard let variant = mapping.first(where: { $0.key.string == chosen }) else { return value }
        fallbacks.report(value.warning("has no \(language) text; the \(chosen) text is used "
            + "(add \"\(language): …\" to translate it)"))
        return value.child(variant.value, key: chosen)
    }
}

extension YAMLValue {
    /// A warning about this value, at its place.
    func warning(_ message: String) -> Diagnostic {
        .warning(message, at: location, field: path.isEmpty ? nil : path)
    }
}
