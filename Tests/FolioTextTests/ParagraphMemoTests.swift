import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// The paragraph memo holds a few pages' paragraphs, not a document's, and
/// changes what is computed again, never what comes out.
@Suite struct ParagraphMemoTests {
    let style = TextStyle(family: "Noto Sans", size: 9)

    func setParagraphs(_ count: Int, on typesetter: Typesetter) throws {
        for number in 0..<count {
            _ = try typesetter.typeset([StyledText("Paragraph number \(number) of the memo test.", style: style)],
                                       width: 200, style: ParagraphStyle(leading: 12)) { _ in }
        }
    }

    @Test func theMemoStaysWithinItsCapacity() throws {
        let typesetter = Typesetter(fonts: TestSupport.fonts, memoCapacity: 50)
        try setParagraphs(40, on: typesetter)
        // Prepared and set: an entry in each table a paragraph.
        #expect(typesetter.memoizedParagraphs == 80)
        try setParagraphs(400, on: typesetter)
        #expect(typesetter.memoizedParagraphs <= 2 * 50)
        #expect(typesetter.memoizedParagraphs > 0)
    }

    @Test func theSameLinesWithAndWithoutTheMemo() throws {
        let text = [StyledText("A paragraph long enough to take a few lines at this narrow measure, set twice.", style: style)]
        let memoized = TestSupport.typesetter(), bare = Typesetter(fonts: TestSupport.fonts, memoCapacity: 0)
        let first = try memoized.typeset(text, width: 90, style: ParagraphStyle(leading: 12)) { _ in }
        let again = try memoized.typeset(text, width: 90, style: ParagraphStyle(leading: 12)) { _ in }
        let unmemoized = try bare.typeset(text, width: 90, style: ParagraphStyle(leading: 12)) { _ in }
        #expect(memoized.memoizedParagraphs == 2 && bare.memoizedParagraphs == 0)
        #expect(first.lines.count > 1)
        for lines in [again.lines, unmemoized.lines] {
            #expect(lines.map { $0.runs.map(\.text) } == first.lines.map { $0.runs.map(\.text) })
        }
    }
}
