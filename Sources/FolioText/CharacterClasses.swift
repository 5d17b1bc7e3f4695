/// Character classes that decide spacing and hyphenation.
extension Character {
    /// Han ideographs, kana, and full-width forms: the characters between which
    /// Chinese and Japanese lines break and justify.
    var isIdeographic: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF:
            return true
        default:
            return false
        }
    }

    /// Full-width CJK punctuation (、。，：；！？「」（）…), which takes no extra spacing.
    var isCJKPunctuation: Bool {
        guard let scalar = unicodeScalars.first else { return false }
        switch scalar.value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65:
            return true
        default:
            return false
        }
    }

    /// Latin letters and digits, which CLREQ separates from Han by a quarter em.
    var isLatinOrDigit: Bool {
        guard let scalar = unicodeScalars.first, scalar.isASCII || (0xC0...0x24F).contains(scalar.value) else {
            return false
        }
        return isLetter || isNumber
    }

    /// Dashes and hyphens after which a line may break without adding a hyphen.
    var isDash: Bool { ["-", "\u{2010}", "\u{2013}", "\u{2014}"].contains(self) }

    static let softHyphen: Character = "\u{00AD}"
    static let noBreakSpaces: Set<Character> = ["\u{00A0}", "\u{202F}", "\u{2007}"]
}

/// CLREQ's quarter-em space between Han and Latin letters or digits
/// ("Requirements for Chinese Text Layout", 3.2.1): a quarter em, a little
/// stretch and shrink, in ems.
enum MixedScriptSpacing {
    static let width = 0.25
    static let stretch = 0.08
    static let shrink = 0.08

    /// True when a quarter-em space belongs between `before` and `after`.
    static func needed(between before: Character, and after: Character) -> Bool {
        (before.isIdeographic && after.isLatinOrDigit) || (before.isLatinOrDigit && after.isIdeographic)
    }
}

/// Which words the hyphenator may break.
enum HyphenationRules {
    /// A space-delimited token with digits, or a URL or e-mail address, is
    /// never hyphenated (the break opportunities after its slashes remain).
    static func mayHyphenate(token: Substring) -> Bool {
        if token.contains(where: \.isNumber) || token.contains("@") || token.contains("://") { return false }
        return !token.lowercased().hasPrefix("www.")
    }

    /// All-capital words (acronyms) are not hyphenated.
    static func mayHyphenate(word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return !(letters.count > 1 && letters.allSatisfy(\.isUppercase))
    }
}
