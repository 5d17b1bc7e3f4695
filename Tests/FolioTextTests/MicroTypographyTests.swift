import FolioCore
import FolioTestSupport
@testable import FolioText
import Foundation
import Testing

/// Font expansion, margin protrusion and the hyphenation and short-line rules
/// of issue 14, on the department's text and on fixed paragraphs at fixed widths.
@Suite struct MicroTypographyTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 9.5, fallbackFamilies: ["Noto Sans CJK SC"], language: "en")
    let justified = ParagraphStyle(alignment: .justify, leading: 13.8, hyphenation: HyphenationSettings())
    /// The annual report's column, an 80 mm column and a 45 mm tri-fold panel.
    static let measures = [231.0, 80 * 72 / 25.4, 45 * 72 / 25.4]

    func english() throws -> [String] { try KnuthPlassTests.paragraphs("en") }

    func set(_ text: String, width: Double, style: ParagraphStyle? = nil) throws -> TypesetParagraph {
        try typesetter.typeset([StyledText(text, style: body)], width: width, style: style ?? justified) { _ in }
    }

    /// Width of `text` set alone in the body face.
    func advance(_ text: String) throws -> Double {
        try typesetter.items([StyledText(text, style: body)], width: 500, style: justified) { _ in }
            .reduce(0) { if case let .box(box) = $1 { $0 + box.width } else { $0 } }
    }

    @Test(arguments: measures) func expansionStaysWithinTwoPerCentInHalfPerCentSteps(width: Double) throws {
        var expanded = 0, shrunk = 0
        for text in try english() {
            for line in try set(text, width: width).lines {
                #expect(line.expansion >= 0.98 - 1e-9 && line.expansion <= 1.02 + 1e-9, "scale \(line.expansion)")
                let steps = (line.expansion - 1) / 0.005
                #expect(abs(steps - steps.rounded()) < 1e-6, "scale \(line.expansion) is not a whole step")
                for run in line.runs { #expect(run.horizontalScale == line.expansion) }
                if line.expansion > 1 { expanded += 1 }
                if line.expansion < 1 { shrunk += 1 }
            }
        }
        #expect(expanded > 0 && shrunk > 0, "expanded \(expanded), shrunk \(shrunk)")
    }

    @Test func expansionOffKeepsGlyphsAsDesigned() throws {
        var style = justified
        style.expansion = .none
        for text in try english() {
            for line in try set(text, width: 231, style: style).lines { #expect(line.expansion == 1) }
        }
    }

    /// Chinese lines justify by inter-character space (CLREQ), never by expansion.
    @Test func chineseLinesAreNotExpanded() throws {
        let chinese = TextStyle(family: "Noto Serif CJK SC", size: 10, language: "zh")
        for text in try KnuthPlassTests.paragraphs("zh") {
            let paragraph = try typesetter.typeset([StyledText(text, style: chinese)], width: 200,
                                                   style: ParagraphStyle(alignment: .justify, leading: 16)) { _ in }
            for line in paragraph.lines { #expect(line.expansion == 1) }
        }
    }

    /// The expanded glyphs still fill the measure exactly: the last glyph of a
    /// justified line that ends in a letter ends at the column's edge.
    @Test(arguments: measures) func expandedLinesEndAtTheEdge(width: Double) throws {
        for text in try english() {
            for line in try set(text, width: width).lines.dropLast() where line.protrusion.right == 0 {
                #expect(abs(line.width - width) < 0.01, "a line of \(line.width) pt in \(width) pt")
            }
        }
    }

    /// microtype's default set: a period hangs 700/1000 of its width into the
    /// right margin, a hyphen 500/1000; the line's glyphs end that far beyond the edge.
    @Test func punctuationHangsIntoTheMarginByMicrotypesAmounts() throws {
        let period = try advance("."), hyphen = try advance("-")
        var periods = 0, hyphens = 0
        for text in try english() {
            for line in try set(text, width: 231).lines.dropLast() {
                let last = try #require(line.runs.last?.text.last)
                if line.endsWithHyphen {
                    #expect(abs(line.protrusion.right - 0.5 * hyphen * line.expansion) < 0.02 * hyphen)
                    hyphens += 1
                } else if last == "." {
                    #expect(abs(line.protrusion.right - 0.7 * period * line.expansion) < 0.02 * period)
                    periods += 1
                } else if last.isLetter {
                    #expect(line.protrusion.right == 0)
                }
            }
        }
        #expect(periods > 0 && hyphens > 0)
        #expect(MarginProtrusion.table["\u{2014}"]! == (150, 150) && MarginProtrusion.table[","]! == (0, 500))
    }

    @Test func aLeadingQuoteHangsIntoTheLeftMargin() throws {
        let text = String(repeating: "word ", count: 9) + "“Quoted words” and more words to fill the line"
        let paragraph = try set(text, width: 60)
        let quoted = try #require(paragraph.lines.first { $0.runs.first?.text.hasPrefix("“") == true })
        #expect(quoted.protrusion.left > 0)
        #expect(abs((quoted.runs.first?.glyphs.first?.x ?? 0) + quoted.protrusion.left) < 1e-9)
    }

    /// No more than two hyphenated lines in a row and no hyphen on a paragraph's
    /// last full line, at three measures.
    @Test(arguments: measures) func noHyphenLaddersAndNoFinalHyphen(width: Double) throws {
        for text in try english() {
            let lines = try set(text, width: width).lines
            var run = 0
            for line in lines {
                run = line.endsWithHyphen ? run + 1 : 0
                #expect(run <= 2, "\(run) hyphenated lines in a row at \(Int(width)) pt")
            }
            if lines.count > 1 {
                #expect(!lines[lines.count - 2].endsWithHyphen, "a hyphen before the last line at \(Int(width)) pt")
            }
        }
    }

    @Test func consecutiveHyphenLimitIsAStyleSetting() throws {
        var style = justified
        style.maxConsecutiveHyphens = 1
        for text in try english() {
            var previous = false
            for line in try set(text, width: 45 * 72 / 25.4, style: style).lines {
                #expect(!(previous && line.endsWithHyphen), "two hyphenated lines in a row")
                previous = line.endsWithHyphen
            }
        }
    }

    /// A line never starts with an en or em dash used as punctuation, spaced or not.
    @Test(arguments: [60.0, 80.0, 100.0, 140.0]) func noLineStartsWithADash(width: Double) throws {
        let text = "Surgery — the removal of the tumor — comes first; then treatment—chemotherapy or radiotherapy—"
            + "follows, in 2019 – 2026 as in every year – for most of the patients treated here."
        let lines = try set(text, width: width).lines
        #expect(lines.count > 2)
        for line in lines {
            let first = try #require(line.runs.first?.text.first)
            #expect(first != "—" && first != "–", "a line starts with \(first) at \(Int(width)) pt")
        }
    }

    @Test func lastLineIsAtLeastMinLastLine() throws {
        var style = justified
        style.minLastLine = 40
        var shortBefore = 0
        for text in try english() {
            for width in Self.measures {
                let plain = try set(text, width: width).lines
                if plain.count > 1, let last = plain.last, last.width < 40 { shortBefore += 1 }
                let lines = try set(text, width: width, style: style).lines
                if lines.count > 1 { #expect(try #require(lines.last).width >= 40) }
            }
        }
        print("paragraphs with a last line under 40 pt without the setting: \(shortBefore)")
    }

    /// A two-line heading gets two lines of similar length, not a full line and a lone word.
    @Test(arguments: ["A department built around minimally invasive surgery",
                      "Neoadjuvant therapy: treatment before surgery",
                      "Adjuvant therapy: treatment after surgery"])
    func headingsAreBalanced(heading: String) throws {
        let style = TextStyle(family: "Noto Sans", variant: .init(bold: true), size: 11, language: "en")
        var balanced = ParagraphStyle(alignment: .left, leading: 14)
        balanced.balanced = true
        let width = try typesetter.typeset([StyledText(heading, style: style)], width: 1000,
                                           style: balanced) { _ in }.lines[0].width * 0.7
        let plain = try typesetter.typeset([StyledText(heading, style: style)], width: width,
                                           style: ParagraphStyle(alignment: .left, leading: 14)) { _ in }
        let lines = try typesetter.typeset([StyledText(heading, style: style)], width: width, style: balanced) { _ in }.lines
        #expect(lines.count == plain.lines.count && lines.count == 2)
        let widths = lines.map(\.width)
        #expect(widths.allSatisfy { $0 <= width + 0.01 })
        #expect(abs(widths[0] - widths[1]) < abs(plain.lines[0].width - plain.lines[1].width) + 0.01)
        #expect(lines.last?.runs.map(\.text).joined().contains(" ") == true, "the last line is one word")
        #expect(widths[1] > 0.6 * widths[0], "\(widths)")
    }
}
