@testable import FolioDocument
import Testing

/// Finding `{{ … }}` in templates, on bytes.
@Suite struct FieldMarksTests {
    @Test func marksAreFoundAfterCharactersOfSeveralBytes() throws {
        let text: Substring = "科室 café 👩🏽‍⚕️ {{ department.name }} after"
        let open = try #require(text.firstFieldOpening)
        let close = try #require(text[open.upperBound...].firstFieldClosing)
        #expect(text[..<open.lowerBound] == "科室 café 👩🏽‍⚕️ ")
        #expect(text[close.upperBound...] == " after")
        #expect(text[open.upperBound..<close.lowerBound].fieldPath == "department.name")
    }

    @Test func theDataPathLosesSpacesTabsAndNoBreakSpacesAtItsEnds() {
        #expect(Substring("\t\u{00A0} staff.lead\u{2003} ").fieldPath == "staff.lead")
        #expect(Substring("a b").fieldPath == "a b")
        #expect(Substring("   ").fieldPath == "")
    }

    @Test func textWithoutMarksHasNone() {
        #expect(Substring("a { b } c }").firstFieldOpening == nil)
        #expect(Substring("{ {").firstFieldOpening == nil)
    }
}
