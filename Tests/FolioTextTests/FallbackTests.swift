import FolioCore
import FolioTestSupport
import FolioText
import Testing

@Suite struct FallbackTests {
    let typesetter = TestSupport.typesetter()

    func set(_ text: String, fallback: [String] = ["Noto Sans CJK SC"]) throws -> (TypesetParagraph, [Diagnostic]) {
        var reports: [Diagnostic] = []
        let style = TextStyle(family: "Noto Serif", size: 10, fallbackFamilies: fallback, language: "en")
        let paragraph = try typesetter.typeset(
            [StyledText(text, style: style, location: SourceLocation(file: "Data/text/en/test.md", line: 3))],
            width: 400, style: ParagraphStyle(leading: 14)) { reports.append($0) }
        return (paragraph, reports)
    }

    @Test func hanFallsBackToTheCJKFont() throws {
        let (paragraph, reports) = try set("Tianjin 天津医科大学肿瘤医院")
        let fonts = paragraph.lines.flatMap(\.runs).map(\.font.family)
        #expect(fonts.contains("Noto Serif"))
        #expect(fonts.contains { $0.contains("CJK") }, "fonts used: \(fonts)")
        #expect(reports.isEmpty)
        let hanRun = try #require(paragraph.lines.flatMap(\.runs).first { $0.font.family.contains("CJK") })
        #expect(hanRun.text == "天津医科大学肿瘤医院")
    }

    @Test func uncoveredCharacterIsReportedWithItsLocation() throws {
        // U+0378 is unassigned: no font has it.
        let (_, reports) = try set("before \u{0378} after")
        let report = try #require(reports.first)
        #expect(report.severity == .warning)
        #expect(report.message.contains("U+378"))
        #expect(report.location == SourceLocation(file: "Data/text/en/test.md", line: 3))
    }

    @Test func missingFamilyIsAnError() {
        let style = TextStyle(family: "No Such Family", size: 10)
        #expect(throws: FontError.self) {
            _ = try typesetter.typeset([StyledText("x", style: style)], width: 100,
                                       style: ParagraphStyle(leading: 12)) { _ in }
        }
    }
}
