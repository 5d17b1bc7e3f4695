import FolioCore

/// A stretch of text that one font will draw.
struct FontRun {
    var text: String
    var font: Font
}

/// Chooses a font per grapheme cluster: the style's family, then its fallback
/// families, then any system font Fontconfig finds with the glyph. A cluster no
/// font covers is reported (never a silent missing-glyph box) and drawn in the
/// main font.
struct FontFallback {
    let library: FontLibrary
    let chain: [Font]
    let language: String?

    /// Resolves the chain for `style`; throws when its main family is missing.
    init(style: TextStyle, library: FontLibrary) throws {
        guard let primary = library.font(family: style.family, variant: style.variant, language: style.language) else {
            throw FontError(description: "font family \"\(style.family)\" is neither in Fonts/ nor installed "
                + "(bundled: \(library.bundledFamilies.joined(separator: ", ")))")
        }
        let fallbacks = style.fallbackFamilies.compactMap {
            library.font(family: $0, variant: style.variant, language: style.language)
        }
        self.library = library
        self.chain = [primary] + fallbacks
        self.language = style.language
    }

    /// Splits `text` into runs of one font each, reporting uncovered clusters.
    func runs(_ text: String, location: SourceLocation?, report: (Diagnostic) -> Void) -> [FontRun] {
        // Text the first font draws whole (most words) is one run in it, as the walk
        // below would find, without stepping by grapheme cluster.
        if let first = chain.first, !text.isEmpty, text.unicodeScalars.allSatisfy({ scalar in
            (scalar.value >= 0x80 && scalar.properties.isDefaultIgnorableCodePoint) || first.glyph(for: scalar) != nil
        }) {
            return [FontRun(text: text, font: first)]
        }
        var runs: [FontRun] = []
        for character in text {
            let font = font(for: character, current: runs.last?.font, location: location, report: report)
            if let last = runs.indices.last, runs[last].font === font {
                runs[last].text.append(character)
            } else {
                runs.append(FontRun(text: String(character), font: font))
            }
        }
        return runs
    }

    private func font(for character: Character, current: Font?, location: SourceLocation?,
                      report: (Diagnostic) -> Void) -> Font {
        // Spaces and marks-only clusters stay in the running font when it can draw them,
        // so a word's spaces do not split runs.
        if let current, character.isWhitespace, current.covers(character) { return current }
        if let font = chain.first(where: { $0.covers(character) }) { return font }
        if let scalar = character.unicodeScalars.first(where: { !$0.properties.isDefaultIgnorableCodePoint }),
           let font = library.fallbackFont(covering: scalar, language: language), font.covers(character) {
            return font
        }
        let codes = character.unicodeScalars.map { "U+" + String($0.value, radix: 16, uppercase: true) }
        report(.warning(
            "character \"\(character)\" (\(codes.joined(separator: " "))) is in no available font "
                + "(tried \(chain.map(\.description).joined(separator: ", ")) and the system fonts); "
                + "it would print as an empty box",
            at: location))
        return chain[0]
    }
}
