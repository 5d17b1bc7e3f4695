import FolioTestSupport
@testable import FolioText
import Foundation
import Testing

/// The byte-reading fast paths of the name and acronym rules give the rules' own answers.
@Suite struct HyphenationRulesFastPathTests {
    /// Every word of the sample department's English texts, and cases at the edges of ASCII.
    private func texts() throws -> [String] {
        let folder = TestSupport.packageRoot.appendingPathComponent("Data/text/en")
        let files = try FileManager.default.subpathsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".md") }
        return try files.sorted().map { try String(contentsOf: folder.appendingPathComponent($0), encoding: .utf8) } + [
            "He met NASA staff. \"Tianjin\" (Beijing) [Wuhan] said: Hello\tWorld\r\nNext",
            "Cafe\u{301} Zu\u{308}rich ÉCOLE e\u{301}cole Škoda “Quoted” Name",
            "A I OK x-Ray R2-D2 UNICEF-led mid-Year",
        ]
    }

    @Test func fastPathsAgreeWithTheRules() throws {
        var checked = 0
        for text in try texts() {
            var index = text.startIndex
            while index < text.endIndex {
                let end = text[index...].firstIndex(where: { $0.isWhitespace }) ?? text.endIndex
                let word = text[index..<end]
                if !word.isEmpty {
                    if let fast = HyphenationRules.asciiIsName(word, in: text) {
                        #expect(fast == HyphenationRules.unicodeIsName(word, in: text), "isName(\(word))")
                        checked += 1
                    }
                    if let fast = HyphenationRules.asciiMayHyphenate(word: word) {
                        #expect(fast == HyphenationRules.unicodeMayHyphenate(word: word), "mayHyphenate(\(word))")
                    }
                }
                index = end < text.endIndex ? text.index(after: end) : end
            }
        }
        #expect(checked > 1_000, "only \(checked) words went through the fast path")
    }

    @Test func charactersBeyondASCIIGoToTheRules() {
        // A capital with a combining mark is one character the bytes cannot judge; so is a word after “.
        let text = "in E\u{301}cole and “Tianjin"
        let ecole = text.range(of: "E\u{301}cole")!, tianjin = text.range(of: "Tianjin")!
        #expect(HyphenationRules.asciiIsName(text[ecole], in: text) == nil)
        #expect(HyphenationRules.asciiIsName(text[tianjin], in: text) == nil)
        #expect(HyphenationRules.isName(text[tianjin], in: text))
        #expect(HyphenationRules.asciiMayHyphenate(word: "ÉCOLE") == nil)
    }
}
