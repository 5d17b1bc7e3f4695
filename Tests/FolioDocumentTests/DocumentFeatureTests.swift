import FolioDocument
import FolioLayout
import Testing

@Suite struct DocumentFeatureTests {
    @Test func headingsAreNumberedWhenAsked() throws {
        let layout = LayoutFixture.validLayout
            .replacing("  language: en", with: "  language: en\n  number-headings: 2")
            .replacing("  h1: {based-on: body, weight: bold}", with: "  h1: {based-on: body, weight: bold}\n  h2: {based-on: h1}")
            .replacing("  - text: {source: text/about.md, style: body}", with: """
                  - heading: {text: Methods, style: h1, level: 2}
                  - heading: {text: Cover, style: h1, in-contents: false}
                  - heading: {text: Results, style: h1}
                  - text: {markdown: "## Details\\n\\nText.", style: body}
                """)
        let outline = try LayoutFixture(layout: layout, files: [:]).build().displayList.outline.map(\.title)
        // "Cover" is kept out of the contents, so out of the bookmarks and the numbering.
        #expect(outline == ["1\u{2002}Test Department", "1.1\u{2002}Methods", "2\u{2002}Results",
                            "2.1\u{2002}Details"])
    }
}
