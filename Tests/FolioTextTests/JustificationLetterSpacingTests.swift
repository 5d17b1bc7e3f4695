import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// Justification letter spacing: its range, where the space goes (between a
/// word's letters only), that lines still fill the measure, that Chinese keeps
/// its own justification, and that it makes word spaces more even.
@Suite struct JustificationLetterSpacingTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 9.5, language: "en")
    static let range = JustificationLetterSpacing(stretch: 0.01, shrink: 0.01)

    func style(_ letterSpacing: JustificationLetterSpacing) -> ParagraphStyle {
        ParagraphStyle(alignment: .justify, leading: 13.8, hyphenation: HyphenationSettings(), letterSpacing: letterSpacing)
    }

    func set(_ text: String, width: Double, _ letterSpacing: JustificationLetterSpacing) throws -> [TypesetLine] {
        try typesetter.typeset([StyledText(text, style: body)], width: width, style: style(letterSpacing)) { _ in }.lines
    }

    @Test(arguments: MicroTypographyTests.measures) func letterSpacingStaysWithinItsRange(width: Double) throws {
        var spread = 0, tightened = 0
        for text in try KnuthPlassTests.paragraphs("en") {
            let lines = try set(text, width: width, Self.range)
            for line in lines {
                #expect(line.letterSpacing >= -0.01 - 1e-12 && line.letterSpacing <= 0.01 + 1e-12)
                if line.letterSpacing > 0 { spread += 1 }
                if line.letterSpacing < 0 { tightened += 1 }
            }
            #expect(lines.last?.letterSpacing ?? 0 <= 0, "a last line is set at its natural spacing or tighter")
        }
        #expect(spread > 0 && tightened > 0, "spread \(spread), tightened \(tightened)")
    }

    @Test func offByDefault() throws {
        #expect(ParagraphStyle(leading: 12).letterSpacing == .none)
        for text in try KnuthPlassTests.paragraphs("en") {
            for line in try set(text, width: 231, .none) { #expect(line.letterSpacing == 0) }
        }
    }

    /// Each letter after a word's first moves on by the line's spacing (after
    /// its expansion); a justified line still ends exactly at the measure.
    @Test func spaceGoesBetweenLettersAndLinesFillTheMeasure() throws {
        let text = try #require(try KnuthPlassTests.paragraphs("en").max { $0.count < $1.count })
        let lines = try set(text, width: 231, Self.range)
        for line in lines.dropLast() where line.protrusion.right == 0 {
            #expect(abs(line.width - 231) < 0.01, "a line of \(line.width) pt")
        }
        // The first word of each line against the word shaped alone: letter i is i spacings further on.
        var checked = 0
        for line in lines where line.letterSpacing != 0 {
            let run = try #require(line.runs.first)
            let word = String(try #require(run.text.split(separator: " ").first))
            guard word.allSatisfy(\.isLetter) else { continue }
            let items = try typesetter.items([StyledText(word, style: body)], width: 500, style: style(.none)) { _ in }
            guard items.count == 3, case let .box(box) = items[0] else { continue } // a box, \parfillskip, the end
            let natural = box.content.run.glyphs, em = body.size * line.letterSpacing
            for index in natural.indices {
                let expected = run.glyphs[0].x + (natural[index].x - natural[0].x) * line.expansion + Double(index) * em
                #expect(abs(run.glyphs[index].x - expected) < 1e-6, "\(word): letter \(index)")
            }
            checked += 1
        }
        #expect(checked > 3)
    }

    /// Chinese justifies by the space between ideographs (CLREQ), never by letter spacing.
    @Test func chineseIsNotLetterSpaced() throws {
        let chinese = TextStyle(family: "Noto Serif CJK SC", size: 10, language: "zh")
        for text in try KnuthPlassTests.paragraphs("zh") {
            let lines = try typesetter.typeset([StyledText(text, style: chinese)], width: 200,
                                               style: style(Self.range)) { _ in }.lines
            for line in lines { #expect(line.letterSpacing == 0) }
        }
    }

    /// More stretch makes the spaces more even: at the report's measure fewer
    /// lines stretch their spaces by more than half (a ratio above 1).
    @Test func fewerLooseLines() throws {
        var looseBefore = 0, looseAfter = 0
        for text in try KnuthPlassTests.paragraphs("en") {
            looseBefore += try set(text, width: 231, .none).dropLast().count { $0.adjustmentRatio > 1 }
            looseAfter += try set(text, width: 231, Self.range).dropLast().count { $0.adjustmentRatio > 1 }
        }
        #expect(looseAfter < looseBefore, "loose lines: \(looseBefore) without, \(looseAfter) with letter spacing")
    }
}
