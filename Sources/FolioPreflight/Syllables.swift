import Foundation

/// Counts the syllables of an English word by its spelling: vowel groups,
/// corrected by the patterns of Greg Fast's Lingua::EN::Syllable (the counter
/// behind many readability tools), plus silent final -e, -ed and -es.
/// `SyllableTests` measures it against a sample of the CMU Pronouncing
/// Dictionary; it is right for about nine words in ten, which is what the
/// Flesch–Kincaid formula (itself a regression on hand counts) needs.
public enum Syllables {
    /// Patterns that split a vowel group into two syllables (me-di-a, vi-o-lin).
    private static let adding = patterns(["ia", "riet", "dien", "iu", "io", "ii", "[aeiouym]bl$", "[aeiou]{3}",
                                          "^mc", "ism$", "([^aeiouy])\\1l$", "[^l]lien", "^coa[dglx].",
                                          "[^gq]ua[^auieo]", "dnt$", "uity$", "ie(r|st)$"])
    /// Patterns where two vowel groups make one syllable (spe-cial, na-tion),
    /// and silent endings (walked, makes).
    private static let removing = patterns(["cial", "tia", "cius", "cious", "giu", "ion", "iou", "sia$", ".ely$",
                                            "[^aeioutd]ed$", "[^aeiouslzxcgh]es$"])
    /// Words the rules get wrong and that patient texts use.
    private static let exceptions: [String: Int] = [
        "every": 2, "several": 3, "family": 3, "families": 3, "different": 3, "business": 2, "interest": 3,
        "area": 3, "idea": 3, "create": 2, "because": 2, "people": 2, "doctor": 2, "doctors": 2,
        "surgery": 3, "patient": 2, "patients": 2, "hospital": 3, "hospitals": 3, "being": 2, "going": 2,
        "mediastinum": 5, "mediastinal": 5, "esophagus": 4, "esophageal": 5, "cancer": 2, "cancers": 2,
    ]

    /// Syllables of `word` (letters only are read; a word has at least one).
    public static func count(_ word: String) -> Int {
        var letters = word.lowercased().filter { $0.isASCII && $0.isLetter }
        guard !letters.isEmpty else { return word.contains(where: \.isNumber) ? 1 : 0 }
        if let known = exceptions[letters] { return known }
        if letters.count <= 3 { return 1 }
        // A final e is silent (make, whale), except in a consonant + le ending (a-ble, peo-ple).
        if letters.hasSuffix("e"), !consonantLe(letters) { letters.removeLast() }
        var count = letters.split(whereSeparator: { !"aeiouy".contains($0) }).count
        let range = NSRange(letters.startIndex..., in: letters)
        count += adding.filter { $0.firstMatch(in: letters, range: range) != nil }.count
        count -= removing.filter { $0.firstMatch(in: letters, range: range) != nil }.count
        return max(count, 1)
    }

    private static func consonantLe(_ word: String) -> Bool {
        let scalars = Array(word)
        guard scalars.count >= 3, word.hasSuffix("le") else { return false }
        return !"aeiouy".contains(scalars[scalars.count - 3])
    }

    private static func patterns(_ sources: [String]) -> [NSRegularExpression] {
        // The patterns are constants of this file; a typo fails every test at once.
        sources.map { try! NSRegularExpression(pattern: $0) }
    }
}
