import FolioCore
import FolioText

/// A paragraph style resolved through its `based-on` chain.
struct ResolvedStyle {
    var text: TextStyle
    var paragraph: ParagraphStyle
    var spaceBefore: Double
    var spaceAfter: Double
    /// Where the style is defined, for messages about its font.
    var location: SourceLocation
    var field: String
}

/// Overrides that inline markup (emphasis, strong, code, links) applies to the
/// surrounding paragraph style.
struct CharacterStyle {
    var family: String?
    var bold: Bool?
    var italic: Bool?
    var size: Double?
    var color: RGBColor?
    var features: [FontFeature]?
    var letterSpacing: Double?
    var smallCaps: Bool?
    var location: SourceLocation
    var field: String

    func apply(to style: TextStyle) -> TextStyle {
        var result = style
        if let family { result.family = family }
        if let bold { result.variant.bold = bold }
        if let italic { result.variant.italic = italic }
        if let size { result.size = size }
        if let color { result.color = color }
        if let features { result.features = features }
        if let letterSpacing { result.letterSpacing = letterSpacing }
        if let smallCaps {
            result.features.removeAll { $0.tag == "smcp" }
            if smallCaps { result.features.append(FontFeature("smcp")) }
        }
        return result
    }
}

/// The layout's named paragraph and character styles.
struct StyleSheet {
    var styles: [String: ResolvedStyle]
    var characterStyles: [String: CharacterStyle]

    /// The paragraph style `name`, or nil with a report naming the template's place.
    func style(_ name: String, at location: SourceLocation, field: String, log: DiagnosticLog) -> ResolvedStyle? {
        if let style = styles[name] { return style }
        log.report(.error("no paragraph style named \"\(name)\"" + DidYouMean.suggestion(for: name, among: Array(styles.keys))
            + "; defined: \(styles.keys.sorted().joined(separator: ", "))", at: location, field: field))
        return nil
    }
}

/// Reads `styles:` and `character-styles:` from a layout.
enum StyleSheetLoader {
    static let paragraphKeys = ["based-on", "font", "weight", "style", "size", "leading", "align", "color",
                                "space-before", "space-after", "first-line-indent", "left-indent", "features",
                                "letter-spacing", "small-caps",
                                "hyphenate", "hyphen-min-before", "hyphen-min-after", "line-breaking",
                                "widows", "orphans", "expansion", "justify-letter-spacing", "protrusion", "min-last-line", "balance-lines",
                                "consecutive-hyphens"]
    static let characterKeys = ["font", "weight", "style", "size", "color", "features", "letter-spacing", "small-caps"]

    enum Weight: String, CaseIterable { case regular, bold }
    enum Slant: String, CaseIterable { case normal, italic }

    /// Unresolved fields of one paragraph style.
    private struct RawStyle {
        var basedOn: YAMLValue?
        var character: CharacterStyle
        var leading: Double?
        var alignment: TextAlignment?
        var spaceBefore: Double?
        var spaceAfter: Double?
        var firstLineIndent: Double?
        var leftIndent: Double?
        var hyphenate: Bool?
        var hyphenMinBefore: Int?
        var hyphenMinAfter: Int?
        var method: LineBreakingMethod?
        var widows: Int?
        var orphans: Int?
        var expansion: Double?
        var justifyLetterSpacing: Double?
        var protrusion: Bool?
        var minLastLine: Double?
        var balanced: Bool?
        var consecutiveHyphens: Int?
    }

    static func load(styles: YAMLValue?, characterStyles: YAMLValue?, palette: [String: RGBColor],
                     fallbackFamilies: [String], language: String, log: DiagnosticLog) -> StyleSheet {
        var raw: [String: RawStyle] = [:]
        if let styles, let fields = FieldReader(styles, allowed: keysOf(styles), log: log) {
            for name in fields.keys {
                guard let value = fields[name], let reader = FieldReader(value, allowed: paragraphKeys, log: log) else {
                    continue
                }
                raw[name] = RawStyle(
                    basedOn: reader["based-on"],
                    character: character(reader, palette: palette, log: log),
                    leading: reader["leading"]?.length(log),
                    alignment: reader["align"]?.choice(log, of: TextAlignment.self),
                    spaceBefore: reader["space-before"]?.length(log),
                    spaceAfter: reader["space-after"]?.length(log),
                    firstLineIndent: reader["first-line-indent"]?.length(log),
                    leftIndent: reader["left-indent"]?.length(log),
                    hyphenate: reader["hyphenate"]?.bool(log),
                    hyphenMinBefore: reader["hyphen-min-before"]?.count(log, in: 1...10),
                    hyphenMinAfter: reader["hyphen-min-after"]?.count(log, in: 1...10),
                    method: reader["line-breaking"]?.choice(log, of: LineBreakingMethod.self),
                    widows: reader["widows"]?.count(log, in: 1...10),
                    orphans: reader["orphans"]?.count(log, in: 1...10),
                    expansion: reader["expansion"].flatMap { percentLimit($0, log: log) },
                    justifyLetterSpacing: reader["justify-letter-spacing"].flatMap { percentLimit($0, log: log) },
                    protrusion: reader["protrusion"]?.bool(log),
                    minLastLine: reader["min-last-line"]?.length(log),
                    balanced: reader["balance-lines"]?.bool(log),
                    consecutiveHyphens: reader["consecutive-hyphens"]?.count(log, in: 1...10))
            }
        }
        var memo: [String: ResolvedStyle?] = [:]
        for name in raw.keys.sorted() {
            _ = resolve(name, raw: raw, chain: [], memo: &memo, fallbackFamilies: fallbackFamilies,
                        language: language, log: log)
        }
        let resolved = memo.compactMapValues { $0 }
        var characters: [String: CharacterStyle] = [:]
        if let characterStyles, let fields = FieldReader(characterStyles, allowed: keysOf(characterStyles), log: log) {
            for name in fields.keys {
                guard let value = fields[name], let reader = FieldReader(value, allowed: characterKeys, log: log) else {
                    continue
                }
                characters[name] = character(reader, palette: palette, log: log)
            }
        }
        return StyleSheet(styles: resolved, characterStyles: characters)
    }

    /// `expansion: 2%` (the most glyphs may widen or narrow) or
    /// `justify-letter-spacing: 1%` (of an em, between letters), or `0` for none.
    private static func percentLimit(_ value: YAMLValue, log: DiagnosticLog) -> Double? {
        guard let text = value.string(log) else { return nil }
        let number = text.hasSuffix("%") ? Double(text.dropLast()) : Double(text)
        guard let number, (0...5).contains(number), text.hasSuffix("%") || number == 0 else {
            log.report(value.error("expected a percentage from 0% to 5% such as 2%, or 0 for none, found \(text)"))
            return nil
        }
        return number / 100
    }

    private static func keysOf(_ value: YAMLValue) -> [String] {
        guard case let .mapping(mapping) = value.node else { return [] }
        return mapping.keys.compactMap(\.string)
    }

    private static func character(_ reader: FieldReader, palette: [String: RGBColor], log: DiagnosticLog) -> CharacterStyle {
        CharacterStyle(
            family: reader["font"]?.string(log),
            bold: reader["weight"]?.choice(log, of: Weight.self).map { $0 == .bold },
            italic: reader["style"]?.choice(log, of: Slant.self).map { $0 == .italic },
            size: reader["size"]?.length(log, in: Limits.fontSize),
            color: reader["color"]?.color(log, palette: palette),
            features: reader["features"].flatMap { features($0, log: log) },
            letterSpacing: reader["letter-spacing"]?.length(log),
            smallCaps: reader["small-caps"]?.bool(log),
            location: reader.value.location,
            field: reader.value.path)
    }

    /// `[kern, "liga=0", tnum]`: a tag turns a feature on, `tag=n` sets its value.
    private static func features(_ value: YAMLValue, log: DiagnosticLog) -> [FontFeature]? {
        guard let items = value.list(log) else { return nil }
        var result = FontFeature.defaults
        for item in items {
            guard let text = item.string(log) else { continue }
            let parts = text.split(separator: "=", maxSplits: 1, omittingEmptySubsequences: false).map(String.init)
            let setting = parts.count == 2 ? UInt32(parts[1]) : 1
            guard FontFeature.isValidTag(parts[0]), let setting else {
                log.report(item.error("expected an OpenType feature such as tnum or liga=0, found \"\(text)\""))
                continue
            }
            result.removeAll { $0.tag == parts[0] }
            result.append(FontFeature(parts[0], setting))
        }
        return result
    }

    /// Resolves `name` through its parents; `memo` keeps every result (failures
    /// too) so that a broken style is reported once, not once per child.
    private static func resolve(_ name: String, raw: [String: RawStyle], chain: [String],
                                memo: inout [String: ResolvedStyle?], fallbackFamilies: [String],
                                language: String, log: DiagnosticLog) -> ResolvedStyle? {
        if let known = memo[name] { return known }
        let style = resolveUncached(name, raw: raw, chain: chain, memo: &memo, fallbackFamilies: fallbackFamilies,
                                    language: language, log: log)
        memo[name] = .some(style)
        return style
    }

    private static func resolveUncached(_ name: String, raw: [String: RawStyle], chain: [String],
                                        memo: inout [String: ResolvedStyle?], fallbackFamilies: [String],
                                        language: String, log: DiagnosticLog) -> ResolvedStyle? {
        guard let style = raw[name] else { return nil }
        var base: ResolvedStyle
        if let parentValue = style.basedOn, let parentName = parentValue.string(log) {
            guard raw[parentName] != nil else {
                log.report(parentValue.error("no paragraph style named \"\(parentName)\" to base this style on"))
                return nil
            }
            guard !chain.contains(parentName), parentName != name else {
                log.report(parentValue.error("styles are based on each other in a loop: "
                    + (chain + [name, parentName]).joined(separator: " → ")))
                return nil
            }
            guard let parent = resolve(parentName, raw: raw, chain: chain + [name], memo: &memo,
                                       fallbackFamilies: fallbackFamilies, language: language, log: log) else {
                return nil
            }
            base = parent
        } else {
            base = ResolvedStyle(
                text: TextStyle(family: "Noto Serif", size: 10, fallbackFamilies: fallbackFamilies, language: language),
                paragraph: ParagraphStyle(leading: 0), spaceBefore: 0, spaceAfter: 0,
                location: style.character.location, field: style.character.field)
        }
        let inheritedLeadingRatio = base.paragraph.leading > 0 ? base.paragraph.leading / base.text.size : 1.3
        base.text = style.character.apply(to: base.text)
        base.paragraph.leading = style.leading ?? base.text.size * inheritedLeadingRatio
        if let alignment = style.alignment { base.paragraph.alignment = alignment }
        if let indent = style.firstLineIndent { base.paragraph.firstLineIndent = indent }
        if let indent = style.leftIndent { base.paragraph.leftIndent = indent }
        if let hyphenate = style.hyphenate {
            base.paragraph.hyphenation = hyphenate ? (base.paragraph.hyphenation ?? HyphenationSettings()) : nil
        }
        if let before = style.hyphenMinBefore { base.paragraph.hyphenation?.leftMin = before }
        if let after = style.hyphenMinAfter { base.paragraph.hyphenation?.rightMin = after }
        if let method = style.method { base.paragraph.method = method }
        if let widows = style.widows { base.paragraph.widows = widows }
        if let orphans = style.orphans { base.paragraph.orphans = orphans }
        if let limit = style.expansion { base.paragraph.expansion = FontExpansion(stretch: limit, shrink: limit) }
        if let limit = style.justifyLetterSpacing {
            base.paragraph.letterSpacing = JustificationLetterSpacing(stretch: limit, shrink: limit)
        }
        if let protrusion = style.protrusion { base.paragraph.protrusion = protrusion }
        if let length = style.minLastLine { base.paragraph.minLastLine = length }
        if let balanced = style.balanced { base.paragraph.balanced = balanced }
        if let limit = style.consecutiveHyphens { base.paragraph.maxConsecutiveHyphens = limit }
        if let space = style.spaceBefore { base.spaceBefore = space }
        if let space = style.spaceAfter { base.spaceAfter = space }
        base.location = style.character.location
        base.field = style.character.field
        return base
    }
}
