import FolioCore
import Yams

/// A layout made in several languages (`document: {languages: [en, zh]}`) is
/// read once per language: its texts written as `{en: …, zh: …}` and its
/// styles' language overrides (`StyleLanguages`) take that language's variant.
enum LayoutLanguages {
    /// The language the layout is being read for.
    @TaskLocal static var current = "en"

    /// `languages: [en, zh]`, or `language: en`; nil (reported) when wrong.
    static func read(_ fields: FieldReader, log: DiagnosticLog) -> [String]? {
        if let single = fields["language"], let list = fields["languages"] {
            log.report(list.error("give either \"language\" or \"languages\", not both (found \(single.written) too)"))
            return nil
        }
        guard let list = fields["languages"] else { return [fields["language"]?.string(log) ?? "en"] }
        guard let words = list.list(log)?.compactMap({ $0.string(log) }), !words.isEmpty else {
            log.report(list.error("expected a list of languages, e.g. [en, zh]"))
            return nil
        }
        for (index, word) in words.enumerated() where !StyleLanguages.isLanguage(word) || words[..<index].contains(word) {
            log.report(list.error("\"\(word)\" is not a language tag such as en or zh, or is named twice"))
            return nil
        }
        return words
    }

    /// The languages a layout file names, before it is read (to read it once per language).
    static func languages(of root: YAMLValue) -> [String] {
        guard let document = root.descendant("document") else { return [] }
        if let single = document.descendant("language")?.node.scalar?.string { return [single] }
        guard case let .sequence(list)? = document.descendant("languages")?.node else { return [] }
        return list.compactMap { $0.scalar?.string }
    }

    /// The layout as it reads in the language being read: every `{en: …, zh: …}`
    /// (a text, a length, a list) becomes that language's variant; a variant
    /// missing for a language the layout is made in is an error at its place.
    /// A group is a set of variants when its keys are language tags and one of
    /// them is a language the layout is made in (so `- qr: {…}` stays a block).
    static func localizedTree(_ value: YAMLValue, languages: [String], log: DiagnosticLog) -> YAMLValue {
        YAMLValue(node: localized(value.node, languages: Set(languages.isEmpty ? ["en"] : languages), file: value.file,
                                  log: log),
                  file: value.file, path: value.path, origin: value.origin)
    }

    private static func localized(_ node: Node, languages: Set<String>, file: String, log: DiagnosticLog) -> Node {
        switch node {
        case let .mapping(mapping):
            let keys = mapping.keys.compactMap(\.string)
            if !keys.isEmpty, keys.count == mapping.count, keys.allSatisfy(StyleLanguages.isLanguage),
               keys.contains(where: languages.contains) {
                if let variant = mapping.first(where: { $0.key.string == current }) {
                    return localized(variant.value, languages: languages, file: file, log: log)
                }
                let mark = mapping.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
                log.report(.error("this has no \(current) variant, and the layout is made in \(current) "
                    + "(it has: \(keys.joined(separator: ", ")))", at: mark ?? SourceLocation(file: file)))
                return mapping.first!.value
            }
            return .mapping(.init(mapping.map { ($0.key, localized($0.value, languages: languages, file: file, log: log)) },
                                  mapping.tag,
                                  mapping.style, mapping.mark))
        case let .sequence(sequence):
            return .sequence(.init(sequence.map { localized($0, languages: languages, file: file, log: log) }, sequence.tag,
                                   sequence.style,
                                   sequence.mark))
        default:
            return node
        }
    }
}
