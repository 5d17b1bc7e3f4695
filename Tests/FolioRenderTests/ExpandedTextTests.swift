import FolioCore
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// Lines set with font expansion, written to a PDF and read back: the words
/// extract unchanged and each font is embedded as often as without expansion
/// (one subset per font, not one per expansion step).
@Suite struct ExpandedTextTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif", size: 9.5, language: "en")

    func write(_ text: String, expansion: FontExpansion, letterSpacing: JustificationLetterSpacing = .none,
               to name: String) throws -> (URL, [TypesetLine]) {
        var paragraphStyle = ParagraphStyle(alignment: .justify, leading: 13.8, hyphenation: HyphenationSettings())
        paragraphStyle.expansion = expansion
        paragraphStyle.letterSpacing = letterSpacing
        let lines = try typesetter.typeset([StyledText(text, style: style)], width: 231, style: paragraphStyle) { _ in }.lines
        var y = 20.0
        var items: [DisplayItem] = []
        for line in lines {
            items += line.runs.map { .text($0, origin: Point(x: 20, y: y + line.baseline)) }
            y += line.height
        }
        let url = try TestSupport.temporaryDirectory().appendingPathComponent(name)
        let list = DisplayList(info: DocumentInfo(title: "Expansion", author: "Folio", language: "en"),
                               pages: [Page(size: Size(width: 271, height: y + 20), items: items)])
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(list, to: url)
        return (url, lines)
    }

    func longestParagraph() throws -> String {
        try #require(try String(contentsOf: TestSupport.packageRoot
            .appendingPathComponent("Data/text/en/about.md"), encoding: .utf8)
            .components(separatedBy: "\n\n").max { $0.count < $1.count })
    }

    /// The words `pdftotext` reads from `url`, hyphens at line ends joined.
    func extractedWords(_ url: URL) throws -> [String] {
        try run("pdftotext", [url.path, "-"]).stdout
            .replacingOccurrences(of: "-\n", with: "").split(whereSeparator: \.isWhitespace).map(String.init)
    }

    @Test func expandedTextExtractsAndEmbedsEachFontOnce() throws {
        let text = try longestParagraph()
        let (expandedPDF, lines) = try write(text, expansion: .microtype, to: "expanded.pdf")
        #expect(Set(lines.map(\.expansion)).count > 2, "several expansion steps are used")
        #expect(try extractedWords(expandedPDF) == text.split(whereSeparator: \.isWhitespace).map(String.init))
        let (plainPDF, _) = try write(text, expansion: .none, to: "plain.pdf")
        func fonts(_ url: URL) throws -> [String] {
            try run("pdffonts", [url.path]).stdout.split(separator: "\n").dropFirst(2)
                .map { String($0.split(separator: " ")[0].split(separator: "+").last ?? "") }
        }
        #expect(try fonts(expandedPDF) == fonts(plainPDF))
        #expect(try run("qpdf", ["--check", expandedPDF.path]).stdout.contains("No syntax or stream encoding errors"))
    }

    /// Letter-spaced lines (justification letter spacing of up to 2 % of an em,
    /// twice the report's) still extract as whole words: the letters' spacing
    /// stays far below the gap at which `pdftotext` starts a new word.
    @Test func letterSpacedTextExtractsAsWholeWords() throws {
        let text = try longestParagraph()
        let (pdf, lines) = try write(text, expansion: .microtype,
                                     letterSpacing: JustificationLetterSpacing(stretch: 0.02, shrink: 0.02),
                                     to: "letter-spaced.pdf")
        #expect(lines.contains { $0.letterSpacing > 0.01 } && lines.contains { $0.letterSpacing < 0 })
        #expect(try extractedWords(pdf) == text.split(whereSeparator: \.isWhitespace).map(String.init))
    }
}
