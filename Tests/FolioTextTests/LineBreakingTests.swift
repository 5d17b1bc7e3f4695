import FolioCore
import FolioTestSupport
import FolioText
import Foundation
import Testing

@Suite struct LineBreakingTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 10, fallbackFamilies: ["Noto Sans CJK SC"])

    /// The department's own prose, the text Folio must set well.
    func departmentParagraphs() throws -> [String] {
        let files = ["Data/text/en/about.md", "Data/text/en/approach.md"]
        return try files.flatMap { file in
            try String(contentsOf: TestSupport.packageRoot.appendingPathComponent(file), encoding: .utf8)
                .components(separatedBy: "\n\n").filter { !$0.isEmpty }
        }
    }

    func set(_ text: String, width: Double, alignment: TextAlignment) throws -> TypesetParagraph {
        try typesetter.typeset([StyledText(text, style: body)], width: width,
                               style: ParagraphStyle(alignment: alignment, leading: 13)) { _ in }
    }

    /// Measures in points: a 45 mm tri-fold panel, an 80 mm column, a 160 mm full width.
    static let measures = [45.0, 80.0, 160.0].map { $0 * 72 / 25.4 }

    @Test(arguments: measures) func justifiedLinesFillTheMeasureExactly(width: Double) throws {
        for text in try departmentParagraphs() {
            let paragraph = try set(text, width: width, alignment: .justify)
            #expect(paragraph.lines.count > 1)
            for line in paragraph.lines.dropLast() {
                let text = line.runs.map(\.text).joined()
                #expect(line.width <= width + 0.01)
                // A line with an interword space stretches to the measure; one without
                // (a single long word in a narrow panel) cannot, and stays short.
                if text.contains(" ") {
                    #expect(abs(line.width - width) < 0.01, "\"\(text)\": \(line.width) pt in a \(width) pt measure")
                }
            }
            let last = try #require(paragraph.lines.last)
            #expect(last.width <= width + 0.01)
        }
    }

    @Test(arguments: TextAlignment.allCases) func noLineOverflowsItsMeasure(alignment: TextAlignment) throws {
        let width = Self.measures[0]
        for text in try departmentParagraphs() {
            for line in try set(text, width: width, alignment: alignment).lines {
                #expect(line.width <= width + 0.01)
                for run in line.runs {
                    for glyph in run.glyphs { #expect(glyph.x >= -0.01 && glyph.x <= width + 0.01) }
                }
            }
        }
    }

    @Test func textSurvivesLineBreakingUnchanged() throws {
        let text = try departmentParagraphs()[0]
        let paragraph = try set(text, width: Self.measures[1], alignment: .justify)
        let rejoined = paragraph.lines.map { $0.runs.map(\.text).joined() }.joined(separator: " ")
        let normalized = rejoined.replacingOccurrences(of: "  ", with: " ")
            .replacingOccurrences(of: "- ", with: "-")
        #expect(normalized.replacingOccurrences(of: " ", with: "") == text.replacingOccurrences(of: " ", with: ""))
    }

    @Test func hardBreakEndsALineWithoutJustifyingIt() throws {
        let paragraph = try set("First line\u{2028}second line that is long enough to wrap twice at this width",
                                width: 120, alignment: .justify)
        #expect(paragraph.lines[0].runs.map(\.text).joined() == "First line")
        #expect(paragraph.lines[0].width < 100)
    }

    @Test func overlongWordIsCutBetweenLettersAndReported() throws {
        var reports: [Diagnostic] = []
        let paragraph = try typesetter.typeset(
            [StyledText("Pneumonoultramicroscopicsilicovolcanoconiosis", style: body)], width: 60,
            style: ParagraphStyle(leading: 13)) { reports.append($0) }
        #expect(paragraph.lines.count > 1)
        for line in paragraph.lines { #expect(line.width <= 60.01) }
        #expect(reports.contains { $0.message.contains("wider than") })
    }

    @Test func chineseBreaksBetweenIdeographsButNotBeforeClosingPunctuation() throws {
        let text = String(repeating: "食管微创外科，", count: 8)
        let paragraph = try set(text, width: 70, alignment: .left)
        #expect(paragraph.lines.count > 2)
        for line in paragraph.lines {
            let first = try #require(line.runs.first?.text.first)
            #expect(first != "，", "a line starts with a comma")
            #expect(line.width <= 70.01)
        }
    }
}

@Suite struct ChineseLineTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif CJK SC", size: 10)

    func lines(_ text: String, width: Double) throws -> [String] {
        try typesetter.typeset([StyledText(text, style: style)], width: width,
                               style: ParagraphStyle(alignment: .justify, leading: 16)) { _ in }
            .lines.map { $0.runs.map(\.text).joined() }
    }

    @Test func lastLineNeverHoldsOneCharacter() throws {
        // Twelve ideographs and a full stop at a measure of eleven: greedy filling would leave "字。" alone.
        let text = String(repeating: "微创外科手术", count: 2) + "。"
        let set = try lines(text, width: 11 * 10 + 1)
        #expect(set.count == 2)
        let last = try #require(set.last)
        #expect(last.unicodeScalars.filter(\.properties.isIdeographic).count >= 2, "\(set)")
    }

    @Test func percentSignTakesTheQuarterEmLikeItsDigits() throws {
        let items = try typesetter.items([StyledText("超过60%患者", style: style)], width: 500,
                                         style: ParagraphStyle(leading: 16)) { _ in }
        let texts: [String] = items.map {
            switch $0 {
            case let .box(box): box.content.run.text
            case let .glue(glue): glue.space == nil ? "<\(glue.width)>" : " "
            case .penalty: ""
            }
        }.filter { !$0.isEmpty && $0 != "<0.0>" }
        // The quarter em (2.5 pt) on both sides of "60%", as around digits alone.
        let figure = try #require(texts.firstIndex(of: "60%"), "\(texts)")
        #expect(texts[figure - 1] == "<2.5>" && texts[figure + 1] == "<2.5>", "\(texts)")
    }
}
