import Foundation
import Testing
@testable import FolioPreflight

/// The syllable counter against the CMU Pronouncing Dictionary, the
/// Flesch–Kincaid formula against hand counts, the Chinese measures against
/// the 常用字 list.
@Suite struct ReadabilityTests {
    /// Words and their syllables in the CMU dictionary (Fixtures/cmudict-sample.tsv, BSD licence beside it).
    static func dictionarySample() throws -> [(word: String, syllables: Set<Int>)] {
        let url = try #require(Bundle.module.url(forResource: "Fixtures/cmudict-sample", withExtension: "tsv"))
        return try String(contentsOf: url, encoding: .utf8).split(separator: "\n")
            .filter { !$0.hasPrefix("#") }
            .map { line in
                let parts = line.split(separator: "\t")
                return (String(parts[0]), Set(parts[1].split(separator: "|").compactMap { Int($0) }))
            }
    }

    @Test func syllableCounterAgreesWithTheDictionaryForNineWordsInTen() throws {
        let sample = try Self.dictionarySample()
        #expect(sample.count > 1000)
        let wrong = sample.filter { !$0.syllables.contains(Syllables.count($0.word)) }
        let agreement = 1 - Double(wrong.count) / Double(sample.count)
        print("syllable counter agrees with CMUdict for \(sample.count - wrong.count) of \(sample.count) words")
        #expect(agreement >= 0.88, "agreement \(agreement); e.g. \(wrong.prefix(30).map { "\($0.word) \(Syllables.count($0.word))/\($0.syllables)" })")
    }

    @Test func syllablesOfCommonLeafletWords() {
        let words = ["the": 1, "treatment": 2, "surgery": 3, "minimally": 4, "invasive": 3, "recovery": 4,
                     "lymph": 1, "nodes": 1, "walked": 1, "table": 2, "people": 2, "made": 1, "operation": 4]
        for (word, syllables) in words { #expect(Syllables.count(word) == syllables, "\(word)") }
    }

    @Test func fleschKincaidGradeFollowsTheFormula() {
        // 2 sentences of 6 and 7 words.
        let level = ReadingLevel(paragraphs: ["The cat sat on the mat. Our doctors treat tumors of the lung."])
        #expect(level.sentences == 2)
        #expect(level.words == 13)
        #expect(level.syllables == Self.count(["The cat sat on the mat", "Our doctors treat tumors of the lung"]))
        let expected = 0.39 * 13 / 2 + 11.8 * Double(level.syllables) / 13 - 15.59
        #expect(abs(level.grade - expected) < 1e-9)
        #expect(level.longestSentence == 7)
    }

    static func count(_ sentences: [String]) -> Int {
        sentences.flatMap { $0.split(separator: " ") }.map { Syllables.count(String($0)) }.reduce(0, +)
    }

    @Test func abbreviationsDoNotEndSentences() {
        let level = ReadingLevel(paragraphs: ["Dr. Jiang, Ph.D., leads the team. It is large."])
        #expect(level.sentences == 2)
    }

    @Test func plainTextScoresLowerThanDenseText() {
        let plain = ReadingLevel(paragraphs: ["We treat cancer of the food pipe. We use small cuts. Most people go home in a week."])
        let dense = ReadingLevel(paragraphs: ["Amid the rapid worldwide development of minimally invasive surgery, the department was the first thoracic oncology department in China’s oncology hospitals to be characterized by minimally invasive surgery."])
        #expect(plain.grade < 4)
        #expect(dense.grade > 13)
    }

    @Test func commonCharacterListIsTheTwoThousandFiveHundred() {
        #expect(CommonHanzi.set.count == 2500)
        #expect(CommonHanzi.characters.first == "一")
        #expect(CommonHanzi.characters.last { !$0.isWhitespace } == "罐")
        // 次常用字 (the next 1,000) are outside: 匕 is the first of them.
        #expect(!CommonHanzi.set.contains("匕"))
    }

    @Test func chineseSentencesAndUncommonCharacters() {
        let reading = ChineseReadability(paragraphs: ["我们治疗食管肿瘤。纵隔是胸腔中间的部分！"])
        #expect(reading.characters == 18)
        #expect(reading.longestSentence == 10)
        // 纵 and 隔 are common; 肿 and 瘤 are not in the 2,500.
        #expect(reading.uncommon.contains("瘤"))
        #expect(!reading.uncommon.contains("食"))
    }
}
