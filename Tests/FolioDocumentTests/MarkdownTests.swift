@testable import FolioDocument
import Testing

@Suite struct MarkdownTests {
    @Test func inlineMarkupBecomesStyledSpans() throws {
        let blocks = try MarkdownParser.parse("Plain *emphasis* **strong** `code` [link](https://x.org) \"quoted\" -- end",
                                              file: "t.md")
        guard case let .paragraph(spans, line) = try #require(blocks.first) else {
            Issue.record("expected a paragraph")
            return
        }
        #expect(line == 1)
        #expect(spans.contains { $0.text == "emphasis" && $0.emphasis })
        #expect(spans.contains { $0.text == "strong" && $0.strong })
        #expect(spans.contains { $0.text == "code" && $0.code })
        #expect(spans.contains { $0.text == "link" && $0.link == "https://x.org" })
        // Smart punctuation: curly quotes and an en dash.
        #expect(spans.map(\.text).joined().contains("\u{201C}quoted\u{201D} \u{2013} end"))
    }

    @Test func listsCarryMarkersAndLevels() throws {
        let markdown = """
            Before.

            - first
            - second
              1. nested one
              2. nested two

            3) third style
            """
        let blocks = try MarkdownParser.parse(markdown, file: "t.md")
        let items = blocks.compactMap { block -> (String?, Int, String)? in
            if case let .listItem(marker, level, spans, _) = block { (marker, level, spans.map(\.text).joined()) } else { nil }
        }
        #expect(items.map(\.0) == ["•", "•", "1.", "2.", "3)"])
        #expect(items.map(\.1) == [1, 1, 2, 2, 1])
        #expect(items.map(\.2) == ["first", "second", "nested one", "nested two", "third style"])
    }

    @Test func hardBreakBecomesALineSeparator() throws {
        let blocks = try MarkdownParser.parse("one\\\ntwo", file: "t.md")
        guard case let .paragraph(spans, _) = try #require(blocks.first) else { return }
        #expect(spans.map(\.text).joined() == "one\u{2028}two")
    }
}

@Suite struct MarkdownQuoteTests {
    @Test func quotationsBecomeQuoteParagraphs() throws {
        let blocks = try MarkdownParser.parse("Before.\n\n> Quoted *words*.\n>\n> Second.\n", file: "t.md")
        let quotes = blocks.compactMap { if case let .quote(spans, line) = $0 { (spans.map(\.text).joined(), line) } else { nil } }
        #expect(quotes.map(\.0) == ["Quoted words.", "Second."])
        #expect(quotes.map(\.1) == [3, 5])
    }
}

@Suite struct MarkdownFileTests {
    @Test func markdownFilesFillDataFieldsAndSkipComments() throws {
        let fixture = try LayoutFixture(files: [
            "Data/text/about.md": "<!-- draft: confirm with the department -->\n\nSee [{{department.name}}](https://example.org).\n",
        ])
        let texts = try fixture.build().displayList.pages.flatMap(\.items.flattened).compactMap {
            if case let .text(run, _) = $0 { run.text } else { nil }
        }.joined(separator: " ")
        #expect(texts.contains("Department"))
        #expect(!texts.contains("{{"))
        #expect(!texts.contains("draft"))
    }
}
