import FolioCore
import FolioTestSupport
@testable import FolioText
import Foundation
import Testing

/// A language's hyphenation exceptions (TeX's \hyphenation): read from
/// `Languages/<code>/hyphenation.txt`, they replace the patterns' points for
/// the words they list, within the paragraph's minimum letters.
@Suite struct HyphenationExceptionsTests {
    let body = TextStyle(family: "Noto Serif", size: 9.5, language: "en")
    let style = ParagraphStyle(alignment: .justify, leading: 13.8, hyphenation: HyphenationSettings())

    /// The words of a paragraph's boxes with "-" where a hyphenation penalty separates them.
    func hyphenated(_ word: String, typesetter: Typesetter) throws -> String {
        try typesetter.items([StyledText(word, style: body)], width: 500, style: style) { _ in }.map { item in
            switch item {
            case let .box(box): box.content.run.text
            case let .penalty(penalty) where penalty.hyphen != nil: "-"
            default: ""
            }
        }.joined()
    }

    func library(_ text: String) throws -> HyphenationExceptionLibrary {
        let folder = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("en"), withIntermediateDirectories: true)
        try text.write(to: folder.appendingPathComponent("en/hyphenation.txt"), atomically: true, encoding: .utf8)
        return HyphenationExceptionLibrary(folder: folder, displayFolder: "Languages")
    }

    @Test func parsesTeXStyleEntriesAndComments() throws {
        let list = try HyphenationExceptions(text: "% a comment sur-gery\nesoph-a-ge-al  Bi-op-sy % more\n\ntable",
                                             file: "x.txt")
        #expect(list.points(in: "esophageal") == [5, 6, 8])
        #expect(list.points(in: "BIOPSY") == [2, 4])
        #expect(list.points(in: "table") == [], "a word without hyphens is never hyphenated")
        #expect(list.points(in: "surgery") == nil, "commented out")
    }

    @Test(arguments: ["sur--gery", "-surgery", "surgery-", "sur-gery2", "sur_gery"])
    func aMalformedEntryNamesFileAndLine(entry: String) throws {
        let error = try #require(throws: DiagnosticError.self) {
            try HyphenationExceptions(text: "% first line\nbi-op-sy \(entry)\n", file: "Languages/en/hyphenation.txt")
        }
        let description = error.description
        #expect(description.hasPrefix("Languages/en/hyphenation.txt:2"), "\(description)")
        #expect(description.contains(entry))
    }

    /// The patterns give "surgery" no point; the list does, and the minimum
    /// letters after a hyphen (3) still hold for "esoph-a-ge-al" (no "ge-al").
    @Test func listedWordsBreakWhereTheListSays() throws {
        let plain = TestSupport.typesetter()
        #expect(try hyphenated("surgery", typesetter: plain) == "surgery")
        let listed = Typesetter(fonts: TestSupport.fonts, hyphenationExceptions: try library("sur-gery esoph-a-ge-al\n"))
        #expect(try hyphenated("surgery", typesetter: listed) == "sur-gery")
        #expect(try hyphenated("Surgery.", typesetter: listed) == "Sur-gery.")
        #expect(try hyphenated("esophageal", typesetter: listed) == "esoph-a-geal")
        #expect(try hyphenated("department", typesetter: listed) == "de-part-ment", "others keep the patterns")
    }

    @Test func theBundledEnglishListIsValid() throws {
        let library = HyphenationExceptionLibrary(folder: TestSupport.packageRoot.appendingPathComponent("Languages"))
        let english = try library.exceptions(for: "en-US")
        #expect(english.points(in: "surgery") == [3])
        #expect(try library.exceptions(for: "zh").isEmpty)
    }

    /// A bad list stops the paragraph with the file and line, rather than being ignored.
    @Test func aBadListIsReportedWhenAParagraphHyphenates() throws {
        let typesetter = Typesetter(fonts: TestSupport.fonts, hyphenationExceptions: try library("ok-ay\nsur gery!\n"))
        let error = try #require(throws: DiagnosticError.self) { try hyphenated("surgery", typesetter: typesetter) }
        #expect(error.description.hasPrefix("Languages/en/hyphenation.txt:2"))
    }
}
