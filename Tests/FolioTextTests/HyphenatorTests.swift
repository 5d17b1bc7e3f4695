import FolioText
import Testing

@Suite struct HyphenatorTests {
    let english = Hyphenator(path: Hyphenator.dictionaryPath(for: "en") ?? "")

    func hyphenated(_ word: String, left: Int = 2, right: Int = 3) throws -> String {
        let hyphenator = try #require(english)
        let points = hyphenator.points(in: word, leftMin: left, rightMin: right)
        var result = ""
        for (index, character) in word.enumerated() {
            if points.contains(index) { result += "-" }
            result.append(character)
        }
        return result
    }

    @Test func findsTheEnglishDictionary() {
        #expect(Hyphenator.dictionaryPath(for: "en") == "/usr/share/hyphen/hyph_en_US.dic")
        #expect(Hyphenator.dictionaryPath(for: "en-US") == "/usr/share/hyphen/hyph_en_US.dic")
        #expect(Hyphenator.dictionaryPath(for: "xx") == nil)
    }

    /// A word list from the department's text, hyphenated with 2 letters before
    /// and 3 after each break (TeX's defaults for English).
    @Test(arguments: [
        ("esophageal", "esophageal"), // the US patterns offer no break here
        ("lymphadenectomy", "lym-phadenec-tomy"),
        ("mediastinal", "me-di-asti-nal"),
        ("thoracoscopic", "tho-ra-co-scopic"), // "scop-ic" would leave 2 letters
        ("comprehensive", "com-pre-hen-sive"),
        ("department", "de-part-ment"),
        ("anastomotic", "anas-to-motic"),
        ("neoadjuvant", "neoad-ju-vant"),
    ])
    func hyphenatesDepartmentWords(word: String, expected: String) throws {
        let actual = try hyphenated(word)
        #expect(actual == expected)
    }

    @Test func respectsTheMinimums() throws {
        for word in ["department", "laryngeal", "postoperative", "complications"] {
            let points = try #require(english).points(in: word, leftMin: 2, rightMin: 3)
            for point in points {
                #expect(point >= 2 && word.count - point >= 3, "\(word) at \(point)")
            }
            let strict = try #require(english).points(in: word, leftMin: 4, rightMin: 4)
            #expect(strict.allSatisfy { $0 >= 4 && word.count - $0 >= 4 })
            #expect(Set(strict).isSubset(of: Set(points)))
        }
    }

    @Test func capitalisedWordsUseLowerCasePatterns() throws {
        #expect(try hyphenated("Department") == "De-part-ment")
        #expect(try hyphenated("ab") == "ab")
    }
}
