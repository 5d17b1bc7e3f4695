import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// URLs break after `/` and `.` without a hyphen; URLs and names are never
/// hyphenated (issue 14); box facts are computed once per box.
@Suite struct URLAndNameBreakingTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 9.5, language: "en")
    let justified = ParagraphStyle(alignment: .justify, leading: 13.8, hyphenation: HyphenationSettings())

    func lines(_ text: String, width: Double) throws -> [String] {
        try typesetter.typeset([StyledText(text, style: body)], width: width, style: justified) { _ in }
            .lines.map { $0.runs.map(\.text).joined() }
    }

    @Test func urlTokensAreFoundWithoutTheirPunctuation() {
        let text = "See https://example.org/a/b, www.example.com and (tmucih.com/index.html). Not e.g. or U.S. here."
        let found = URLBreaks.tokens(in: text).map { String(text[$0]) }
        #expect(found == ["https://example.org/a/b", "www.example.com", "tmucih.com/index.html"])
    }

    @Test func numbersWithADecimalPointAreNotURLsButANumericHostWithASchemeIs() {
        let text = "582.1 mg, 3.5 mm and v2.0 (not URLs); http://192.168.0.1/report is one."
        let found = URLBreaks.tokens(in: text).map { String(text[$0]) }
        #expect(found == ["http://192.168.0.1/report"])
    }

    @Test func aLongURLBreaksAfterSlashesAndDotsWithoutAHyphen() throws {
        let url = "https://tmucih.com/index/clinical/department/id/49.html"
        let set = try lines("The department's page is \(url) on the hospital's website.", width: 90)
        let joined = set.joined(separator: "\n")
        #expect(set.count > 2)
        // Every line holding part of the URL ends after a slash or a dot, or holds its end.
        let urlLines = set.filter { $0.contains("/") || $0.contains("html") || $0.contains("tmucih") }
        #expect(urlLines.count >= 2, "\(joined)")
        for line in urlLines.dropLast() {
            let end = line.trimmingCharacters(in: .whitespaces)
            #expect(end.hasSuffix("/") || end.hasSuffix(".") || !end.contains("/"), "\(joined)")
            #expect(!end.hasSuffix("-"), "a URL gained a hyphen: \(joined)")
        }
        #expect(set.joined().replacingOccurrences(of: " ", with: "").contains(url), "\(joined)")
    }

    @Test func namesInsideASentenceAreNotHyphenated() {
        let text = "The team in Tianjin works with Washington. Tianjin is large."
        func word(_ w: String, from: String.Index? = nil) -> Substring {
            let range = text.range(of: w, range: (from ?? text.startIndex)..<text.endIndex)!
            return text[range]
        }
        #expect(HyphenationRules.isName(word("Tianjin"), in: text))
        #expect(HyphenationRules.isName(word("Washington"), in: text))
        #expect(!HyphenationRules.isName(word("The"), in: text))
        let second = text.range(of: "large")!.lowerBound
        let sentenceStart = text.range(of: "Tianjin", options: .backwards, range: text.startIndex..<second)!
        #expect(!HyphenationRules.isName(text[sentenceStart], in: text))
        #expect(!HyphenationRules.isName(word("team"), in: text))
    }

    @Test func aNameIsNeverSplitAcrossLines() throws {
        // "Massachusetts" hyphenates as a common word would (Mas-sa-chu-setts);
        // inside a sentence it stays whole at every width.
        for width in stride(from: 70.0, through: 160, by: 3) {
            let set = try lines("Patients came from as far as Massachusetts and Pennsylvania to be treated here.",
                                width: width)
            #expect(!set.contains { $0.hasSuffix("-") && ($0.contains("Mas") || $0.contains("Penn")) },
                    "\(width): \(set)")
        }
    }

    @Test func boxFactsAreComputedOnceFromTheRun() throws {
        let items = try typesetter.items([StyledText("word, 汉字 “quote”.", style: TextStyle(
            family: "Noto Serif", size: 10, fallbackFamilies: ["Noto Sans CJK SC"], language: "en"))],
                                         width: 500, style: justified) { _ in }
        let boxes = items.compactMap { if case let .box(box) = $0 { box } else { nil } }
        let comma = try #require(boxes.first { $0.content.run.text == "word," })
        #expect(comma.facts.rightProtrusion > 0 && comma.facts.leftProtrusion == 0 && !comma.facts.isCJK)
        #expect(boxes.contains { $0.facts.isCJK })
        let quote = try #require(boxes.first { $0.content.run.text.hasPrefix("“") })
        #expect(quote.facts.leftProtrusion > 0 && quote.facts.rightProtrusion > 0)
    }
}
