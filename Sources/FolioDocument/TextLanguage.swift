/// The language of a paragraph whose letters are mostly of another script
/// than the document's language: Chinese names and titles in an English
/// document, English ones in a Chinese document. A screen reader switches
/// voice on the element's /Lang (PDF/UA-1 7.2, ISO 32000-1 14.9.2); without
/// it, 天津医科大学 is spelled out by an English voice.
///
/// Only the two scripts Folio's documents mix are told apart: Han (with kana
/// and hangul counted as CJK, read as Chinese here) and Latin letters. Digits,
/// punctuation and spaces do not count. A paragraph written in the document's
/// script, or evenly mixed, keeps the document's language (nil).
enum TextLanguage {
    static func of(_ text: String, in documentLanguage: String) -> String? {
        var han = 0, latin = 0
        for scalar in text.unicodeScalars {
            if isHan(scalar) { han += 1 } else if isLatinLetter(scalar) { latin += 1 }
        }
        let chineseDocument = documentLanguage.lowercased().hasPrefix("zh")
        // "Predominantly": more than two thirds of the letters.
        if !chineseDocument, han * 3 > (han + latin) * 2 { return "zh" }
        if chineseDocument, latin * 3 > (han + latin) * 2 { return "en" }
        return nil
    }

    private static func isHan(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x3040...0x30FF, 0x3400...0x4DBF, 0x4E00...0x9FFF, 0xAC00...0xD7AF, 0xF900...0xFAFF, 0x20000...0x3134F: true
        default: false
        }
    }

    /// Basic Latin and Latin-1 letters and Latin Extended-A and -B (× and ÷ are not letters).
    /// Ranges, not Unicode properties: this runs on every paragraph's text.
    private static func isLatinLetter(_ scalar: Unicode.Scalar) -> Bool {
        switch scalar.value {
        case 0x41...0x5A, 0x61...0x7A, 0xC0...0xD6, 0xD8...0xF6, 0xF8...0x24F: true
        default: false
        }
    }
}
