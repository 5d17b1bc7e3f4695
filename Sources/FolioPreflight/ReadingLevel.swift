/// The reading level of an English text by the Flesch–Kincaid grade formula
/// (Kincaid et al., 1975, "Derivation of new readability formulas for Navy
/// enlisted personnel", Research Branch Report 8-75):
/// 0.39 × words per sentence + 11.8 × syllables per word − 15.59.
public struct ReadingLevel: Sendable, Equatable {
    public var sentences: Int
    public var words: Int
    public var syllables: Int
    /// Words of the longest sentence, and its start (for the message).
    public var longestSentence: Int
    public var longestSentenceText: String

    /// The US school grade a reader needs (0 for an empty text).
    public var grade: Double {
        guard sentences > 0, words > 0 else { return 0 }
        return 0.39 * Double(words) / Double(sentences) + 11.8 * Double(syllables) / Double(words) - 15.59
    }

    /// Measures `paragraphs`: each ends a sentence (headings, list items without a full stop).
    public init(paragraphs: [String]) {
        var sentences = 0, words = 0, syllables = 0, longest = 0, longestText = ""
        for paragraph in paragraphs {
            for sentence in Self.sentences(in: paragraph) {
                let tokens = Self.words(in: sentence)
                guard !tokens.isEmpty else { continue }
                sentences += 1
                words += tokens.count
                syllables += tokens.map(Syllables.count).reduce(0, +)
                if tokens.count > longest { longest = tokens.count; longestText = sentence }
            }
        }
        self.sentences = sentences
        self.words = words
        self.syllables = syllables
        self.longestSentence = longest
        self.longestSentenceText = longestText
    }

    /// Abbreviations whose full stop ends no sentence.
    private static let abbreviations: Set<String> = ["dr.", "mr.", "mrs.", "ms.", "prof.", "e.g.", "i.e.", "etc.",
                                                     "no.", "vs.", "ph.d.", "st.", "approx."]

    /// Sentences: split after `.`, `!` or `?` (and closing quotes or brackets)
    /// followed by a space, unless the word is a known abbreviation.
    static func sentences(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        let tokens = text.split(whereSeparator: \.isWhitespace)
        for token in tokens {
            current += current.isEmpty ? String(token) : " " + token
            let bare = token.trimmingCharacters(in: "\"'’”)]")
            if let last = bare.last, ".!?".contains(last), !abbreviations.contains(bare.lowercased()) {
                result.append(current)
                current = ""
            }
        }
        if !current.isEmpty { result.append(current) }
        return result
    }

    /// Words: runs of letters or digits (a hyphen or slash separates two words;
    /// an apostrophe keeps one: don't, patient's).
    static func words(in sentence: String) -> [String] {
        sentence.split { !($0.isLetter || $0.isNumber || $0 == "'" || $0 == "’") }
            .map(String.init).filter { $0.contains { $0.isLetter || $0.isNumber } }
    }
}

extension Substring {
    func trimmingCharacters(in set: String) -> Substring {
        var result = self
        while let last = result.last, set.contains(last) { result = result.dropLast() }
        return result
    }
}
