/// How hard a Chinese text is to read: its longest sentence in characters and
/// the share of its characters outside the 2,500 常用字 (`CommonHanzi`).
public struct ChineseReadability: Sendable, Equatable {
    /// Han characters in the text.
    public var characters: Int
    /// Of those, the ones outside the 2,500 常用字, in order of first use.
    public var uncommon: [Character]
    public var uncommonCount: Int
    /// Characters (without punctuation and spaces) of the longest sentence, and the sentence.
    public var longestSentence: Int
    public var longestSentenceText: String

    public var uncommonShare: Double { characters == 0 ? 0 : Double(uncommonCount) / Double(characters) }

    /// Measures `paragraphs`; each ends a sentence.
    public init(paragraphs: [String]) {
        var characters = 0, uncommonCount = 0, longest = 0, longestText = ""
        var uncommon: [Character] = []
        for paragraph in paragraphs {
            for sentence in Self.sentences(in: paragraph) {
                let length = sentence.filter { !$0.isPunctuation && !$0.isWhitespace && !$0.isSymbol }.count
                if length > longest { longest = length; longestText = sentence }
            }
            for character in paragraph where Self.isHan(character) {
                characters += 1
                guard let scalar = character.unicodeScalars.first, !CommonHanzi.set.contains(scalar) else { continue }
                uncommonCount += 1
                if !uncommon.contains(character) { uncommon.append(character) }
            }
        }
        self.characters = characters
        self.uncommon = uncommon
        self.uncommonCount = uncommonCount
        self.longestSentence = longest
        self.longestSentenceText = longestText
    }

    /// Sentences end at 。！？； (and their ASCII forms), as GB/T 15834 punctuation has them.
    static func sentences(in text: String) -> [String] {
        var result: [String] = []
        var current = ""
        for character in text {
            current.append(character)
            if "。！？；!?;".contains(character) {
                result.append(current)
                current = ""
            }
        }
        if current.contains(where: { !$0.isWhitespace }) { result.append(current) }
        return result
    }

    /// CJK Unified Ideographs and extension A (what the 常用字 list can contain).
    static func isHan(_ character: Character) -> Bool {
        guard let scalar = character.unicodeScalars.first else { return false }
        return (0x4E00...0x9FFF).contains(scalar.value) || (0x3400...0x4DBF).contains(scalar.value)
    }
}
