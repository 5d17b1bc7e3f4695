import FolioTestSupport
import FolioText
import Testing

/// A word broken at its own hyphen ends where the text ends: no empty line after it.
@Suite struct ExplicitHyphenTests {
    @Test func aCompoundBrokenAtItsHyphenLeavesNoEmptyLastLine() throws {
        let style = TextStyle(family: "Noto Sans", size: 10)
        let set = try TestSupport.typesetter().typeset([StyledText("Papadopoulos-Konstantinidis", style: style)],
                                                       width: 97, style: ParagraphStyle(alignment: .left, leading: 13)) { _ in }
        let texts = set.lines.map { $0.runs.map(\.text).joined() }
        #expect(texts == ["Papadopoulos-", "Konstantinidis"], "\(texts)")
    }
}
