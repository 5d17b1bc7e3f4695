import FolioText
import Foundation
import Testing

/// Runs Unicode's own conformance file for UAX #14 through Folio's break API.
@Suite struct LineBreakOpportunityTests {
    static let testFile = "/usr/share/unicode/auxiliary/LineBreakTest.txt"

    struct Case {
        var line: Int
        var text: String
        /// UTF-16 offsets at which the file allows a break (÷), the end included.
        var expected: [Int]
    }

    /// Parses lines such as `× 0023 × 0020 ÷ 0030 ÷ # comment`.
    static func cases() throws -> [Case] {
        let content = try String(contentsOfFile: testFile, encoding: .utf8)
        var cases: [Case] = []
        for (number, raw) in content.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let rule = raw.split(separator: "#", maxSplits: 1, omittingEmptySubsequences: false).first.map(String.init) ?? ""
            let tokens = rule.split(whereSeparator: \.isWhitespace)
            guard !tokens.isEmpty else { continue }
            var text = "", expected: [Int] = [], offset = 0
            for token in tokens {
                if token == "÷" {
                    if offset > 0 { expected.append(offset) }
                } else if token != "×", let value = UInt32(token, radix: 16), let scalar = Unicode.Scalar(value) {
                    text.unicodeScalars.append(scalar)
                    offset += String(scalar).utf16.count
                }
            }
            cases.append(Case(line: number + 1, text: text, expected: expected))
        }
        return cases
    }

    /// The 22 cases (of 7,654) where ICU 72 (Debian 12) and the Unicode 15.0 test
    /// file disagree; both are deliberate tailorings in ICU's default line rules:
    ///
    /// - A HYPHEN-MINUS that starts the text stays with the letter after it
    ///   ("-#", "-§", "-" + Thai): the file breaks after the hyphen (rule LB31),
    ///   ICU treats a leading hyphen as a sign or prefix. Lines 2265, 2267,
    ///   2421–2431 (odd lines).
    /// - An INFIX SEPARATOR (full stop, comma) stays with a digit after it
    ///   ("a.2", ",0", "A.1 …"): the file breaks before the digit (LB31), ICU keeps
    ///   number-like sequences together, as Unicode 15.1 later did (LB15c/LB15d).
    ///   Lines 2873, 2875, 7477, 7576–7587 (not 7582).
    ///
    /// Each is listed by line so that a change on either side shows up here.
    static let knownDifferences: Set<Int> = [
        2265, 2267, 2421, 2423, 2425, 2427, 2429, 2431,
        2873, 2875, 7477, 7576, 7577, 7578, 7579, 7580, 7581, 7583, 7584, 7585, 7586, 7587,
    ]

    @Test func passRateOfUnicodeLineBreakTest() throws {
        let cases = try Self.cases()
        #expect(cases.count > 7000, "LineBreakTest.txt has about 7,600 cases")
        var failures: [Case] = []
        for testCase in cases {
            let found = LineBreakOpportunities.find(in: testCase.text, locale: "en").map {
                $0.index.utf16Offset(in: testCase.text)
            }
            if found != testCase.expected { failures.append(testCase) }
        }
        let rate = Double(cases.count - failures.count) / Double(cases.count) * 100
        print("LineBreakTest.txt: \(cases.count - failures.count) of \(cases.count) pass "
            + "(\(String(format: "%.2f", rate)) %); failing lines: \(failures.map(\.line))")
        #expect(Set(failures.map(\.line)) == Self.knownDifferences)
    }

    @Test func mandatoryBreakAfterNewline() {
        let text = "one\ntwo three"
        let found = LineBreakOpportunities.find(in: text, locale: "en")
        #expect(found.map { $0.index.utf16Offset(in: text) } == [4, 8, 13])
        #expect(found.map(\.isMandatory).prefix(2) == [true, false])
    }

    @Test func chineseBreaksBetweenIdeographsButKeepsPunctuationOnTheLine() {
        let text = "手术，切除。"
        let offsets = LineBreakOpportunities.find(in: text, locale: "zh").map { $0.index.utf16Offset(in: text) }
        // Breaks after 手 and after each punctuation mark, never before ， or 。.
        #expect(offsets == [1, 3, 4, 6])
    }
}
