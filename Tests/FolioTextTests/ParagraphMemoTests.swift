import FolioCore
import FolioTestSupport
@testable import FolioText
import Testing

/// The paragraph memo of a long, streamed document holds a few pages, not a
/// thousand paragraphs; others get the whole memo back when it is done.
@Suite struct ParagraphMemoTests {
    let style = TextStyle(family: "Noto Sans", size: 9)

    func setParagraphs(_ count: Int, on typesetter: Typesetter) throws {
        for number in 0..<count {
            _ = try typesetter.typeset([StyledText("Paragraph number \(number) of the memo test.", style: style)],
                                       width: 200, style: ParagraphStyle(leading: 12)) { _ in }
        }
    }

    @Test func aStreamedDocumentKeepsFewParagraphs() throws {
        let typesetter = TestSupport.typesetter()
        try setParagraphs(500, on: typesetter)
        // Prepared and set: two entries a paragraph.
        #expect(typesetter.memoizedParagraphs == 1_000)
        typesetter.beginLongDocument()
        #expect(typesetter.memoizedParagraphs == 0, "what the counting pass left is let go")
        try setParagraphs(900, on: typesetter)
        #expect(typesetter.memoizedParagraphs <= 2 * ParagraphMemo.streamingCapacity)
        typesetter.endLongDocument()
        try setParagraphs(900, on: typesetter)
        #expect(typesetter.memoizedParagraphs > 2 * ParagraphMemo.streamingCapacity, "the whole memo again")
    }

    @Test func longDocumentsPairUp() throws {
        let typesetter = TestSupport.typesetter()
        typesetter.beginLongDocument()
        typesetter.beginLongDocument()
        typesetter.endLongDocument()
        try setParagraphs(900, on: typesetter)
        #expect(typesetter.memoizedParagraphs <= 2 * ParagraphMemo.streamingCapacity, "one is still streamed")
        typesetter.endLongDocument()
        typesetter.endLongDocument()  // one too many changes nothing
        try setParagraphs(900, on: typesetter)
        #expect(typesetter.memoizedParagraphs > 2 * ParagraphMemo.streamingCapacity)
    }

    /// The memo changes what is computed again, never what comes out.
    @Test func theSameLinesWithAndWithoutTheMemo() throws {
        let text = [StyledText("A paragraph long enough to take a few lines at this narrow measure, set twice.", style: style)]
        let typesetter = TestSupport.typesetter()
        let before = try typesetter.typeset(text, width: 90, style: ParagraphStyle(leading: 12)) { _ in }
        typesetter.beginLongDocument()
        let after = try typesetter.typeset(text, width: 90, style: ParagraphStyle(leading: 12)) { _ in }
        typesetter.endLongDocument()
        #expect(before.lines.map { $0.runs.map(\.text) } == after.lines.map { $0.runs.map(\.text) })
        #expect(before.lines.count > 1)
    }
}
