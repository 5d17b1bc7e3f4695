import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// Words built into the word cache before their paragraph is set (on another
/// core, `WordsAhead`), and a word found at every measure it fits: the cache
/// changes what is computed again, never a line, and never hides a problem.
@Suite struct WordsBuiltAheadTests {
    let style = TextStyle(family: "Noto Serif", size: 9.5, language: "en")
    let justified = ParagraphStyle(alignment: .justify, leading: 13, hyphenation: HyphenationSettings())
    var text: [StyledText] {
        [StyledText("Patients and their families meet the whole department before surgery, and nurses explain "
            + "every step of the operation, the recovery and the follow-up appointments.", style: style)]
    }

    func lines(_ set: TypesetParagraph) -> [[String]] {
        set.lines.map { line in line.runs.map { run in "\(run.text)@\(run.glyphs.map(\.id))" } }
    }

    @Test func wordsBuiltAheadAreFoundAndChangeNoLine() throws {
        let ahead = Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
        ahead.buildWords(of: text, style: justified)
        let built = ahead.cachedWords
        #expect(built > 10)
        let set = try ahead.typeset(text, width: 120, style: justified) { _ in }
        #expect(ahead.cachedWords == built, "setting the paragraph built no word again")
        let fresh = try Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
            .typeset(text, width: 120, style: justified) { _ in }
        #expect(set.lines.count > 3)
        #expect(lines(set) == lines(fresh))
    }

    @Test func aWordIsFoundAtEveryMeasureItFits() throws {
        let typesetter = Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
        _ = try typesetter.typeset(text, width: 200, style: justified) { _ in }
        let built = typesetter.cachedWords
        _ = try typesetter.typeset(text, width: 110, style: justified) { _ in }
        #expect(typesetter.cachedWords == built)
    }

    @Test func aWordBuiltAheadIsStillCutAndReportedWhereItDoesNotFit() throws {
        let long = [StyledText("See Pneumonoultramicroscopicsilicovolcanoconiosis here.", style: style)]
        let typesetter = Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
        typesetter.buildWords(of: long, style: ParagraphStyle(leading: 13))
        var problems: [Diagnostic] = []
        let set = try typesetter.typeset(long, width: 60, style: ParagraphStyle(leading: 13)) { problems.append($0) }
        #expect(problems.contains { $0.message.contains("wider than its") }, "\(problems)")
        #expect(set.lines.allSatisfy { $0.width <= 60.5 }, "\(set.lines.map(\.width))")
    }
}
