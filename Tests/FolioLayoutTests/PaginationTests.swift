import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

/// Pagination asserted on positions, without Cairo.
@Suite struct PaginationTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif", size: 8)
    /// A page whose single frame holds exactly ten 10 pt lines.
    let master = MasterPage(name: "default", size: Size(width: 300, height: 140), margins: EdgeInsets(all: 20))

    func paragraph(lines: Int, _ label: String, keepWithNext: Bool = false) -> Paragraph {
        let text = (1...lines).map { "\(label)\($0)" }.joined(separator: "\u{2028}")
        return Paragraph(spans: [StyledText(text, style: style)], style: ParagraphStyle(leading: 10),
                         keepWithNext: keepWithNext)
    }

    func block(_ paragraphs: [Paragraph]) -> TextBlock {
        TextBlock(origin: BlockOrigin(kind: "text", location: nil), paragraphs: paragraphs, spaceAfter: 0)
    }

    func paginate(_ story: [any Block], masters: [String: MasterPage]? = nil) throws -> PaginatedDocument {
        try Paginator(masters: masters ?? ["default": master], firstMaster: "default", nextMaster: "default")
            .paginate(story, typesetter: typesetter) { _ in }
    }

    /// The text of each page's lines, top to bottom.
    func lines(_ document: PaginatedDocument) -> [[String]] {
        document.pages.map { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
        }
    }

    /// Eight one-line paragraphs: two lines of room are left on the first page.
    var filler: [Paragraph] { (1...8).map { paragraph(lines: 1, "filler\($0)-") } }

    @Test func twoLineParagraphAtAPageEndMovesWhole() throws {
        let document = try paginate([block(filler + [paragraph(lines: 1, "one"), paragraph(lines: 2, "two")])])
        // One line of room after "one1": splitting "two" would leave an orphan and a widow.
        #expect(lines(document)[0].last == "one1")
        #expect(lines(document)[1] == ["two1", "two2"])
    }

    @Test func threeLineParagraphNeverLeavesAWidowOrAnOrphan() throws {
        let document = try paginate([block(filler + [paragraph(lines: 3, "three")])])
        // Two lines of room: 2 + 1 would leave a widow, 1 + 2 an orphan; it moves.
        #expect(lines(document)[0].count == 8)
        #expect(lines(document)[1] == ["three1", "three2", "three3"])
    }

    @Test func fourLineParagraphSplitsTwoAndTwo() throws {
        let document = try paginate([block(filler + [paragraph(lines: 4, "four")])])
        #expect(lines(document)[0].suffix(2) == ["four1", "four2"])
        #expect(lines(document)[1] == ["four3", "four4"])
    }

    @Test func headingThatWouldEndAFrameMovesOn() throws {
        let heading = paragraph(lines: 1, "heading", keepWithNext: true)
        let document = try paginate([block(filler + [heading, paragraph(lines: 4, "body")])])
        // Heading + the first two lines (orphans) need three lines; two are left.
        #expect(lines(document)[0].count == 8)
        #expect(lines(document)[1].first == "heading1")
    }

    @Test func storyCrossesThreeFramesOfDifferentWidths() throws {
        let frames = [Rect(x: 10, y: 10, width: 90, height: 60), Rect(x: 120, y: 10, width: 140, height: 60),
                      Rect(x: 280, y: 10, width: 200, height: 60)]
        let panels = MasterPage(name: "default", size: Size(width: 500, height: 80), margins: EdgeInsets(all: 10),
                                frames: frames)
        let words = (1...60).map { "word\($0)" }
        let story = Paragraph(spans: [StyledText(words.joined(separator: " "), style: style)],
                              style: ParagraphStyle(alignment: .justify, leading: 10))
        let document = try paginate([block([story])], masters: ["default": panels])
        let page = try #require(document.pages.first)
        var used = Set<Int>()
        for case let .text(run, origin) in page.items.flattened {
            let left = origin.x + (run.glyphs.first?.x ?? 0)
            let frame = try #require(frames.firstIndex { left >= $0.x - 0.01 && left < $0.maxX })
            used.insert(frame)
            let right = origin.x + (run.glyphs.last.map { $0.x + run.font.advance(of: $0.id) * run.size * run.horizontalScale } ?? 0)
            #expect(right <= frames[frame].maxX + 0.01, "a line runs out of frame \(frame)")
        }
        #expect(used == [0, 1, 2])
        // Every word comes once, in order, across the three widths.
        let text = page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
            .joined(separator: " ").split(separator: " ").map(String.init)
        #expect(text == words)
    }

    @Test func pagesThatRunOverKeepTheirMaster() throws {
        var wide = MasterPage(name: "wide", size: Size(width: 300, height: 140), margins: EdgeInsets(all: 20))
        wide.margins.left = 10
        let cover = MasterPage(name: "cover", size: Size(width: 300, height: 140), margins: EdgeInsets(all: 20))
        let story: [any Block] = [
            block([paragraph(lines: 1, "cover")]),
            BreakBlock(kind: .page(master: "wide"), origin: BlockOrigin(kind: "page-break", location: nil)),
            block((1...25).map { paragraph(lines: 1, "line\($0)-") }),
        ]
        let document = try Paginator(masters: ["default": master, "cover": cover, "wide": wide], firstMaster: "cover",
                                     nextMaster: "default").paginate(story, typesetter: typesetter) { _ in }
        // The cover, then three pages of the wide master: the section runs over on its own design.
        #expect(document.pages.count == 4)
        for page in document.pages.dropFirst() {
            let left = page.items.flattened.compactMap { if case let .text(_, origin) = $0 { origin.x } else { nil } }.min()
            #expect(left == 10)
        }
    }

    @Test func headingsAreTaggedAndAnchored() throws {
        var heading = paragraph(lines: 1, "Title", keepWithNext: true)
        heading.role = .heading(level: 1)
        heading.anchor = HeadingAnchor(title: "Title1", level: 1, destination: "section-1")
        let document = try paginate([block([heading, paragraph(lines: 2, "body")])])
        let page = try #require(document.pages.first)
        let structure = page.items.structureOutline
        // A level-1 heading opens a section that runs to the next one or the end; its destination is in it.
        #expect(structure == ["Sect", "  H1", "    @section-1", "  P"], "\(structure)")
        #expect(document.headings.map(\.page) == [1])
    }

    @Test func runningFooterNumbersThePages() throws {
        let footerStyle = ParagraphStyle(leading: 10)
        var numbered = master
        numbered.footer = RunningText(
            position: .footer, left: nil, center: nil,
            right: Paragraph(spans: [StyledText("{{page}} / {{pages}}", style: style)], style: footerStyle),
            rule: nil, distance: 2, origin: BlockOrigin(kind: "footer", location: nil))
        let document = try paginate([block(filler + filler)], masters: ["default": numbered])
        #expect(document.pages.count == 2)
        for (index, page) in document.pages.enumerated() {
            let texts = page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
            #expect(texts.last == "\(index + 1) / 2")
        }
    }
}

@Suite struct ColumnAndListTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Serif", size: 8)

    func paragraph(lines: Int, _ label: String, role: StructureRole = .paragraph) -> Paragraph {
        let text = (1...lines).map { "\(label)\($0)" }.joined(separator: "\u{2028}")
        return Paragraph(spans: [StyledText(text, style: style)], style: ParagraphStyle(leading: 10), role: role)
    }

    @Test func lastPageColumnsAreBalanced() throws {
        let master = MasterPage(name: "default", size: Size(width: 400, height: 540), margins: EdgeInsets(all: 20),
                                columns: 2, gutter: 20)
        let story = TextBlock(origin: BlockOrigin(kind: "text", location: nil),
                              paragraphs: (1...7).map { paragraph(lines: 4, "p\($0)-") }, spaceAfter: 0)
        let document = try Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
            .paginate([story], typesetter: typesetter) { _ in }
        #expect(document.pages.count == 1)
        let page = try #require(document.pages.first)
        var bottoms: [Double: Double] = [:] // column x → lowest baseline
        for case let .text(_, origin) in page.items.flattened { bottoms[origin.x] = max(bottoms[origin.x] ?? 0, origin.y) }
        #expect(bottoms.count == 2, "both columns used")
        let values = Array(bottoms.values)
        // 28 lines in two columns: 14 and 14, the fourth paragraph split 2 + 2 (widows and orphans allow it).
        #expect(abs(values[0] - values[1]) < 0.01, "\(bottoms)")
        #expect(values.allSatisfy { $0 < 540 / 2 }, "short columns, not one full column")
    }

    @Test func listItemsAreGroupedInAList() throws {
        let master = MasterPage(name: "default", size: Size(width: 300, height: 300), margins: EdgeInsets(all: 20))
        let story = TextBlock(origin: BlockOrigin(kind: "text", location: nil), paragraphs: [
            paragraph(lines: 1, "intro"), paragraph(lines: 1, "a", role: .listItem),
            paragraph(lines: 1, "b", role: .listItem), paragraph(lines: 1, "after"),
        ], spaceAfter: 0)
        let page = try #require(try Paginator(masters: ["default": master], firstMaster: "default",
                                              nextMaster: "default").paginate([story], typesetter: typesetter) { _ in }
            .pages.first)
        #expect(page.items.structureOutline == ["P", "L", "  LI", "    LBody", "  LI", "    LBody", "P"])
    }
}

/// No document runs away: past the page limit, pagination stops with a located error.
@Suite struct PageLimitTests {
    @Test func aStoryPastThePageLimitIsRefusedAtTheBlockThatWouldStartThePage() throws {
        let typesetter = TestSupport.typesetter()
        let style = TextStyle(family: "Noto Serif", size: 8)
        let master = MasterPage(name: "default", size: Size(width: 300, height: 140), margins: EdgeInsets(all: 20))
        let lines = (1...60).map { "line\($0)" }.joined(separator: "\u{2028}")
        let origin = BlockOrigin(kind: "text", location: SourceLocation(file: "L.yaml", line: 7))
        let story = TextBlock(origin: origin, paragraphs: [Paragraph(spans: [StyledText(lines, style: style)],
                                                                     style: ParagraphStyle(leading: 10))],
                              spaceAfter: 0)
        var paginator = Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
        paginator.pageLimit = 3
        #expect { try paginator.paginate([story], typesetter: typesetter) { _ in } } throws: { error in
            guard let problem = (error as? DiagnosticError)?.diagnostics.first else { return false }
            return problem.message.contains("more than 3 pages") && problem.location?.line == 7
        }
        paginator.pageLimit = 6
        #expect(try paginator.paginate([story], typesetter: typesetter) { _ in }.pages.count == 6)
    }
}
