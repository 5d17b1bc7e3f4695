import FolioCore
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

/// The department's Chinese text, set by Folio and read back from the PDF.
@Suite struct ChineseTextTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif CJK SC", size: 10, fallbackFamilies: ["Noto Sans CJK SC"], language: "zh")
    let paragraphStyle = ParagraphStyle(alignment: .justify, leading: 16)
    let width = 80 * 72 / 25.4

    func paragraphs() throws -> [String] {
        try ["about", "approach"].flatMap { name in
            try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Data/text/zh/\(name).md"),
                       encoding: .utf8).split(separator: "\n").map(String.init).filter { !$0.isEmpty }
        }
    }

    /// Characters that may not start a line (kinsoku shori).
    static let noLineStart = Set("，。、；：！？）」』》…%")

    @Test func chineseLinesJustifyAndFollowKinsoku() throws {
        for text in try paragraphs() {
            let paragraph = try typesetter.typeset([StyledText(text, style: style)], width: width,
                                                   style: paragraphStyle) { _ in }
            #expect(paragraph.lines.count > 3)
            for line in paragraph.lines.dropLast() {
                #expect(abs(line.width - width) < 0.01, "a Chinese line of \(line.width) pt in \(width) pt")
            }
            for line in paragraph.lines {
                let first = try #require(line.runs.first?.text.first)
                #expect(!Self.noLineStart.contains(first), "a line starts with \(first)")
            }
        }
    }

    @Test func mixedScriptGetsAQuarterEmAndExtractsUnchanged() throws {
        let text = try #require(try paragraphs().first)
        let paragraph = try typesetter.typeset([StyledText(text, style: style)], width: width,
                                               style: paragraphStyle) { _ in }
        // "于2019年": a quarter em (2.5 pt) of glue on each side of the digits (CLREQ).
        let paragraphItems = try typesetter.items([StyledText(text, style: style)], width: width, style: paragraphStyle) { _ in }
        let texts: [String] = paragraphItems.map {
            switch $0 {
            case let .box(box): box.content.run.text
            case let .glue(glue): glue.space == nil ? "<\(glue.width)>" : " "
            case .penalty: ""
            }
        }.filter { !$0.isEmpty }
        let digits = try #require(texts.firstIndex(of: "2019"))
        #expect(texts[digits - 1] == "<2.5>" && texts[digits + 1] == "<2.5>", "\(texts[(digits - 3)...(digits + 3)])")
        #expect(texts[digits - 2].hasSuffix("于") && texts[digits + 2].hasPrefix("年"))

        var y = 20.0
        var items: [DisplayItem] = []
        for line in paragraph.lines {
            items += line.runs.map { .text($0, origin: Point(x: 20, y: y + line.baseline)) }
            y += line.height
        }
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("zh.pdf")
        let list = DisplayList(info: DocumentInfo(title: "中文", author: "Folio", language: "zh"),
                               pages: [Page(size: Size(width: width + 40, height: y + 20), items: items)])
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(list, to: url)
        let extracted = try run("pdftotext", [url.path, "-"]).stdout.filter { !$0.isWhitespace }
        #expect(extracted == text.filter { !$0.isWhitespace })
        _ = try run("pdftoppm", ["-r", "100", "-png", url.path, url.deletingPathExtension().path])
    }
}
