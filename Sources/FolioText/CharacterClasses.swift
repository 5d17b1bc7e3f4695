/// Character classes that decide spacing and hyphenation. They are asked of
/// every character of every paragraph, so they look at Unicode scalars.
extension Unicode.Scalar {
    /// Han ideographs and kana: the characters between which Chinese and
    /// Japanese lines break and justify.
    var isIdeographic: Bool {
        switch value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xF900...0xFAFF, 0x20000...0x2FFFF: true
        default: false
        }
    }

    /// Full-width CJK punctuation (、。，：；！？「」（）…), which takes no extra spacing.
    var isCJKPunctuation: Bool {
        switch value {
        case 0x3000...0x303F, 0xFF01...0xFF0F, 0xFF1A...0xFF20, 0xFF3B...0xFF40, 0xFF5B...0xFF65: true
        default: false
        }
    }

    /// Latin letters and digits, which CLREQ separates from Han by a quarter em.
    var isLatinOrDigit: Bool {
        switch value {
        case 0x30...0x39, 0x41...0x5A, 0x61...0x7A: true
        case 0xC0...0x24F: properties.isAlphabetic
        default: false
        }
    }

    /// Dashes and hyphens after which a line may break without adding a hyphen.
    var isDash: Bool {
        switch value {
        case 0x2D, 0x2010, 0x2013, 0x2014: true
        default: false
        }
    }

    /// En and em dashes, which as punctuation never begin a line.
    var isPunctuationDash: Bool { value == 0x2013 || value == 0x2014 }

    static let softHyphen: Unicode.Scalar = "\u{00AD}"

    /// No-break, narrow no-break and figure spaces: spacing that never breaks.
    var isNoBreakSpace: Bool { value == 0xA0 || value == 0x202F || value == 0x2007 }

    /// White space that separates words and may end a line (not the no-break spaces).
    var isBreakingSpace: Bool {
        // ASCII's White_Space (tab to carriage return, space) without a property lookup.
        if value < 0x80 { return value == 0x20 || (0x09...0x0D).contains(value) }
        return properties.isWhitespace && !isNoBreakSpace
    }

    /// Line feed, carriage return, line and paragraph separators: a break is required.
    var isLineEnd: Bool {
        switch value {
        case 0x0A, 0x0B, 0x0C, 0x0D, 0x85, 0x2028, 0x2029: true
        default: false
        }
    }
}

/// CLREQ's quarter-em space between Han and Latin letters or digits
/// ("Requirements for Chinese Text Layout", 3.2.1): a quarter em, a little
/// stretch and shrink, in ems.
enum MixedScriptSpacing {
    static let width = 0.25
    static let stretch = 0.08
    static let shrink = 0.08

    /// The space as glue at a font size of `em` points.
    static func glue(em: Double) -> ParagraphItem {
        .glue(.init(width: width * em, stretch: stretch * em, shrink: shrink * em, space: nil))
    }

    /// True when a quarter-em space belongs between `before` and `after`. A
    /// figure's unit sign belongs to the Western run: "60% 患者" as "60%" + space.
    static func needed(between before: Unicode.Scalar, and after: Unicode.Scalar) -> Bool {
        (before.isIdeographic && after.isLatinOrDigit)
            || ((before.isLatinOrDigit || unitSigns.contains(before.value)) && after.isIdeographic)
    }

    /// Percent, per mille, degree.
    static let unitSigns: Set<UInt32> = [0x25, 0x2030, 0xB0]
}

/// Which words the hyphenator may break.
enum HyphenationRules {
    /// Ranges of the space-delimited tokens never hyphenated: those with digits,
    /// URLs and e-mail addresses (the break opportunities after their slashes
    /// remain). Scans bytes: this runs on every paragraph.
    static func protectedTokens(in string: String) -> [Range<String.Index>] {
        var ranges: [Range<String.Index>] = []
        let utf8 = string.utf8
        var tokenStart = utf8.startIndex
        var protected = false
        // The two bytes before `byte`, in scalars (not an array, which would be allocated per byte).
        var beforePrevious: UInt8 = 0, previous: UInt8 = 0
        var index = utf8.startIndex
        while index <= utf8.endIndex {
            let byte = index < utf8.endIndex ? utf8[index] : 0x20
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                if protected, tokenStart < index { ranges.append(tokenStart..<index) }
                protected = false
                if index == utf8.endIndex { break }
                tokenStart = utf8.index(after: index)
            } else if (0x30...0x39).contains(byte) || byte == 0x40 // digit, @
                || (byte == 0x2F && beforePrevious == 0x3A && previous == 0x2F) // "://"
                || (byte == 0x2E && utf8[tokenStart..<index].elementsEqual("www".utf8)) {
                protected = true
            }
            (beforePrevious, previous) = (previous, byte)
            index = utf8.index(after: index)
        }
        return ranges
    }

    /// A capitalised word inside a sentence is taken for a name (of a person,
    /// place or hospital) and not hyphenated: a name split over two lines is
    /// hard to read and may be split wrongly, as the patterns are made for
    /// common words. A capital after a sentence's end (or at the paragraph's
    /// start) is ordinary, and such a word hyphenates.
    static func isName(_ word: Substring, in text: String) -> Bool {
        asciiIsName(word, in: text) ?? unicodeIsName(word, in: text)
    }

    /// `isName` by characters and their Unicode properties: the rule itself.
    static func unicodeIsName(_ word: Substring, in text: String) -> Bool {
        guard let first = word.first(where: \.isLetter), first.isUppercase else { return false }
        var index = word.startIndex
        while index > text.startIndex {
            index = text.index(before: index)
            let character = text[index]
            if character.isWhitespace || "“‘\"'([".contains(character) { continue }
            return !".!?:".contains(character)
        }
        return false
    }

    /// `isName` read from bytes, where the characters it looks at are ASCII
    /// (each byte then is one character, and its class is plain); nil where it
    /// meets another character, whose Unicode properties must decide. It runs
    /// for every word of every paragraph, and `Character` properties cost a
    /// grapheme-cluster and property lookup each.
    static func asciiIsName(_ word: Substring, in text: String) -> Bool? {
        let bytes = text.utf8
        var index = word.startIndex
        while index < word.endIndex {
            let byte = bytes[index]
            guard byte < 0x80 else { return nil }
            let next = bytes.index(after: index)
            if byte.isASCIILetter {
                // A combining mark after the letter would make one character of both.
                if next < word.endIndex, bytes[next] >= 0x80 { return nil }
                guard byte.isASCIICapital else { return false }
                break
            }
            index = next
        }
        guard index < word.endIndex else { return false }
        index = word.startIndex
        while index > text.startIndex {
            index = bytes.index(before: index)
            let byte = bytes[index]
            // A non-ASCII character, or one that may join the byte into one character (a prepended mark).
            guard byte < 0x80, index == text.startIndex || bytes[bytes.index(before: index)] < 0x80 else { return nil }
            // Unicode's White_Space in ASCII (tab to carriage return, space), and the opening quotes and brackets.
            if (0x09...0x0D).contains(byte) || byte == 0x20 || byte == 0x22 || byte == 0x27 || byte == 0x28
                || byte == 0x5B { continue }
            return !(byte == 0x2E || byte == 0x21 || byte == 0x3F || byte == 0x3A)
        }
        return false
    }

    /// All-capital words (acronyms) are not hyphenated.
    static func mayHyphenate(word: Substring) -> Bool {
        asciiMayHyphenate(word: word) ?? unicodeMayHyphenate(word: word)
    }

    /// `mayHyphenate` by characters and their Unicode properties: the rule itself.
    static func unicodeMayHyphenate(word: Substring) -> Bool {
        let letters = word.filter(\.isLetter)
        return !(letters.count > 1 && letters.allSatisfy(\.isUppercase))
    }

    /// `mayHyphenate` from bytes for an ASCII word (each byte a character); nil otherwise.
    static func asciiMayHyphenate(word: Substring) -> Bool? {
        guard word.utf8.allSatisfy({ $0 < 0x80 }) else { return nil }
        var letters = 0, capitals = 0
        for byte in word.utf8 where byte.isASCIILetter {
            letters += 1
            if byte.isASCIICapital { capitals += 1 }
        }
        return !(letters > 1 && capitals == letters)
    }
}

extension UInt8 {
    /// A to Z and a to z: in ASCII, the letters (Unicode's Alphabetic property).
    var isASCIILetter: Bool { isASCIICapital || (0x61...0x7A).contains(self) }

    /// A to Z: in ASCII, the upper-case letters.
    var isASCIICapital: Bool { (0x41...0x5A).contains(self) }
}
