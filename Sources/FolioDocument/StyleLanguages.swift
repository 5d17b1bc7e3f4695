import FolioCore
import Yams

/// One style sheet for several languages (docs/layout-format.md, "Languages"):
///
/// - `font: {latin: Noto Serif, han: Noto Serif CJK SC}` names a font per
///   script. A document in a Han-script language (Chinese, Japanese) sets its
///   text in the Han font with the Latin one as fallback, any other the other
///   way round: each character comes from the font of its script.
/// - A key naming a language (`zh: {size: 9.5pt, leading: 16pt}`) overrides
///   the style's settings in documents of that language.
enum StyleLanguages {
    /// The `styles:` (or `character-styles:`) mapping as it reads for `language`,
    /// and for each primary font the other script's font to fall back on.
    static func prepare(_ styles: YAMLValue?, language: String,
                        log: DiagnosticLog) -> (styles: YAMLValue?, fallbacks: [String: String]) {
        guard let styles, case let .mapping(mapping) = styles.node else { return (styles, [:]) }
        var fallbacks: [String: String] = [:]
        let prepared = mapping.map { name, style -> (Node, Node) in
            guard case let .mapping(settings) = style else { return (name, style) }
            var pairs: [(Node, Node)] = []
            for (key, value) in settings {
                guard let word = key.string else { continue }
                if isLanguage(word) {
                    if matches(word, language), case let .mapping(overrides) = value {
                        for (overrideKey, overrideValue) in overrides {
                            pairs.removeAll { $0.0 == overrideKey }
                            pairs.append((overrideKey, overrideValue))
                        }
                    }
                    continue
                }
                pairs.removeAll { $0.0 == key }
                pairs.append((key, value))
            }
            pairs = pairs.map { key, value in
                guard key.string == "font", case .mapping = value else { return (key, value) }
                let fonts = styles.child(value, key: "\(name.string ?? "").font")
                guard let reader = FieldReader(fonts, allowed: ["latin", "han"], log: log),
                      let latin = reader.required("latin", expected: "the font of Latin text")?.string(log),
                      let han = reader.required("han", expected: "the font of Chinese (Han) text")?.string(log)
                else { return (key, .scalar(.init("Noto Serif"))) }
                let (primary, secondary) = usesHan(language) ? (han, latin) : (latin, han)
                fallbacks[primary] = secondary
                return (key, Node.scalar(.init(primary, .implicit, .any, value.mark)))
            }
            return (name, .mapping(.init(pairs, settings.tag, settings.style, settings.mark)))
        }
        return (YAMLValue(node: .mapping(.init(prepared, mapping.tag, mapping.style, mapping.mark)), file: styles.file,
                          path: styles.path, origin: styles.origin), fallbacks)
    }

    /// Puts each style's other-script font first among its fallbacks.
    static func applyFallbacks(_ fallbacks: [String: String], to sheet: inout StyleSheet) {
        for (name, style) in sheet.styles {
            guard let secondary = fallbacks[style.text.family] else { continue }
            sheet.styles[name]?.text.fallbackFamilies = [secondary] + style.text.fallbackFamilies.filter { $0 != secondary }
        }
    }

    /// A language tag as a key: a two-letter ISO 639-1 code with optional
    /// subtags (`zh`, `en`, `zh-Hant`); three-letter words are block kinds and
    /// settings (`box`), never languages here.
    static func isLanguage(_ key: String) -> Bool {
        let parts = key.split(separator: "-", omittingEmptySubsequences: false)
        guard let first = parts.first, first.count == 2, first.allSatisfy({ $0.isASCII && $0.isLowercase }) else {
            return false
        }
        return parts.dropFirst().allSatisfy { !$0.isEmpty && $0.allSatisfy { $0.isASCII && ($0.isLetter || $0.isNumber) } }
    }

    /// Whether a key for `key`'s language applies to a document in `language` (`zh` serves `zh-Hans`).
    static func matches(_ key: String, _ language: String) -> Bool {
        language == key || language.hasPrefix(key + "-")
    }

    /// Whether the language is written in Han characters (Chinese, Japanese).
    static func usesHan(_ language: String) -> Bool {
        matches("zh", language) || matches("ja", language)
    }
}
