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

    @Test func contentsLongerThanAPageGoesOnToTheNext() throws {
        let headingBlocks = (1...40).map { "  - heading: {text: \"Heading \($0)\", style: h1}" }.joined(separator: "\n")
        let layout = LayoutFixture.validLayout
            .replacing("  h1: {based-on: body, weight: bold}",
                       with: "  h1: {based-on: body, weight: bold}\n  entry: {based-on: body, leading: 18pt}")
            .replacing("  - heading: {text: \"{{department.name}}\", style: h1}\n  - text: {source: text/about.md, style: body}",
                       with: "  - contents: {title: Contents, title-style: h1, entry-style: entry}\n  - page-break: {}\n"
                           + headingBlocks)
        let pages = try LayoutFixture(layout: layout, files: [:]).build().displayList.pages
        // Entries are set regular, headings bold.
        let entries = pages.map { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0, !run.font.isBold { run.text } else { nil } }
        }
        let headings = pages.map { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0, run.font.isBold { run.text } else { nil } }
        }
        // Every entry is listed, in order, across the contents pages before the first heading's page.
        let firstHeadingPage = try #require(headings.firstIndex { $0.contains("Heading 1") })
        let listed = entries[..<firstHeadingPage].joined().filter { $0.hasPrefix("Heading") }
        #expect(listed == (1...40).map { "Heading \($0)" })
        #expect(firstHeadingPage >= 2, "the contents needs two A5 pages")
    }

    @Test func panelThatRunsOverIsNamed() throws {
        let long = String(repeating: "A sentence that fills the narrow panel of a folded leaflet. ", count: 14)
        let layout = LayoutFixture.validLayout
            .replacing("  size: A5", with: "  size: A5\n  orientation: landscape\n  panels: inside\n  max-pages: 1")
            .replacing("  - text: {source: text/about.md, style: body}", with: """
                  - text: {markdown: "\(long)", style: body}
                  - column-break: {}
                  - text: {markdown: "Second panel.", style: body}
                  - column-break: {}
                  - text: {markdown: "Third panel.", style: body}
                """)
        let problems = try LayoutFixture(layout: layout, files: [:]).problems()
        let warning = try #require(problems.first { $0.severity == .warning }, "\(problems)")
        #expect(warning.message.hasPrefix("the text block does not fit in frame 1 of master \"default\" (page 1) "
            + "and runs on into frame 2"), "\(warning.message)")
        #expect(warning.location?.line == 18) // the long text block (the fixture has three more page lines)
        #expect(problems.contains { $0.severity == .error && $0.message.contains("does not fit on the page") })
    }

    @Test func aTextBlockChoosesItsListStyle() throws {
        let layout = LayoutFixture.validLayout
            .replacing("  h1: {based-on: body, weight: bold}",
                       with: "  h1: {based-on: body, weight: bold}\n  list-item: {based-on: body, size: 12pt}\n"
                           + "  small-list: {based-on: body, size: 7pt}")
            .replacing("  - text: {source: text/about.md, style: body}", with: """
                  - text: {markdown: "- global", style: body}
                  - text: {markdown: "- local", style: body, list-style: small-list}
                """)
        let runs = try LayoutFixture(layout: layout, files: [:]).build().displayList.pages.flatMap(\.items.flattened).compactMap {
            if case let .text(run, _) = $0 { (run.text, run.size) } else { nil }
        }
        #expect(runs.first { $0.0 == "global" }?.1 == 12)
        #expect(runs.first { $0.0 == "local" }?.1 == 7)
    }
}
