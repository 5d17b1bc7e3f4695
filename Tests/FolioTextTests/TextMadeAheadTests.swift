import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// Text made before the layout asks for it (on another core, `TextAhead`):
/// words built into the word cache, a word found at every measure it fits, and
/// paragraphs prepared and set ahead (`ParagraphsAhead`). It changes what is
/// computed again, never a line, and never hides a problem.
@Suite struct TextMadeAheadTests {
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

    @Test func aParagraphMadeAheadIsTakenWithItsLinesAndItsProblems() throws {
        let long = [StyledText("Pneumonoultramicroscopicsilicovolcanoconiosis is long.", style: style)]
        let paragraphStyle = ParagraphStyle(leading: 13)
        let typesetter = Typesetter(fonts: TestSupport.fonts, memoCapacity: 300)
        let store = ParagraphsAhead(capacity: 4)
        #expect(store.reserve(blocking: false))
        typesetter.prepareAhead(long, width: 60, style: paragraphStyle, marker: nil, into: store)
        #expect(typesetter.memoizedParagraphs == 0, "made ahead, not yet in the memo")
        typesetter.takeParagraphs(from: store)
        var problems: [Diagnostic] = []
        let taken = try typesetter.typeset(long, width: 60, style: paragraphStyle) { problems.append($0) }
        #expect(typesetter.memoizedParagraphs == 2, "taken into the memo, prepared and set")
        #expect(problems.count == 1 && problems[0].message.contains("wider than its"), "\(problems)")
        let fresh = try Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
            .typeset(long, width: 60, style: paragraphStyle) { _ in }
        #expect(lines(taken) == lines(fresh))
    }

    @Test func takingAParagraphLetsGoOfThosePassedAndMakesRoom() throws {
        let typesetter = Typesetter(fonts: TestSupport.fonts, memoCapacity: 300)
        let store = ParagraphsAhead(capacity: 2)
        let first = [StyledText("The first paragraph.", style: style)]
        let second = [StyledText("The second paragraph.", style: style)]
        for text in [first, second] {
            #expect(store.reserve(blocking: false))
            typesetter.prepareAhead(text, width: 100, style: justified, marker: nil, into: store)
        }
        #expect(!store.reserve(blocking: false), "full: two wait")
        typesetter.takeParagraphs(from: store)
        _ = try typesetter.typeset(second, width: 100, style: justified) { _ in }
        #expect(store.reserve(blocking: false) && store.reserve(blocking: false),
                "the second taken and the first, passed over, let go of")
        let before = typesetter.memoizedParagraphs
        _ = try typesetter.typeset(first, width: 100, style: justified) { _ in }
        #expect(typesetter.memoizedParagraphs == before + 2, "the first was made again by the layout")
    }

    @Test func closingWakesAWaitAndRefusesRoom() async {
        let store = ParagraphsAhead(capacity: 1)
        #expect(store.reserve(blocking: false))
        let waiting = Task.detached { store.reserve(blocking: true) }
        store.close()
        #expect(await waiting.value == false)
        #expect(!store.reserve(blocking: false))
    }
}

