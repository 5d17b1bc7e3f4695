import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

@Suite struct BlockLayoutTests {
    let typesetter = TestSupport.typesetter()
    let sans = TextStyle(family: "Noto Sans", size: 9)

    func context(frame: Rect = Rect(x: 50, y: 40, width: 400, height: 700)) -> LayoutContext {
        LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 800), frame: frame) { _ in }
    }

    func paragraph(_ text: String, size: Double = 9, alignment: TextAlignment = .left) -> Paragraph {
        var style = sans
        style.size = size
        return Paragraph(spans: text.isEmpty ? [] : [StyledText(text, style: style)],
                         style: ParagraphStyle(alignment: alignment, leading: size * 1.25))
    }

    func textItems(_ items: [DisplayItem]) -> [(run: GlyphRun, origin: Point)] {
        items.compactMap { if case let .text(run, origin) = $0 { (run, origin) } else { nil } }
    }

    @Test func tilesShareTheWidthAndAlignTheirRows() throws {
        let tiles = [
            Tile(rows: [paragraph(""), paragraph("32", size: 20), paragraph("beds")]),
            Tile(rows: [paragraph("almost"), paragraph("400", size: 20),
                        paragraph("thoracic surgical procedures per year, a label long enough to wrap")]),
        ]
        let block = TilesBlock(origin: BlockOrigin(kind: "tiles", location: nil), tiles: tiles, gutter: 10,
                               padding: EdgeInsets(all: 8), background: .white, accent: .black, cornerRadius: 0,
                               spaceAfter: 0)
        let fragment = try block.layout(width: 400, context: context())
        let boxes: [Rect] = fragment.items.flattened.compactMap {
            if case let .rectangle(rect, fill, _, _) = $0, fill == .white { rect } else { nil }
        }
        #expect(boxes.count == 2)
        #expect(boxes.allSatisfy { abs($0.width - 195) < 0.001 && abs($0.height - fragment.height) < 0.001 })
        #expect(abs(boxes[1].x - 205) < 0.001)

        let texts = textItems(fragment.items.flattened)
        let values = texts.filter { ["32", "400"].contains($0.run.text) }
        #expect(values.count == 2)
        #expect(values[0].origin.y == values[1].origin.y, "big numbers share a baseline")
        for item in fragment.items.flattened {
            guard case .text = item else { continue }
            #expect(boxes.contains { $0.inset(by: EdgeInsets(all: 7.99)).contains(item.bounds, tolerance: 0.5) },
                    "text outside its tile: \(item.bounds)")
        }
    }

    @Test func tileTrendFollowsTheNumberAndSparklineSpansTheTile() throws {
        let tiles = [Tile(rows: [paragraph("almost"), paragraph("400", size: 20), paragraph("procedures")],
                          trend: .up, trendRow: 1, sparkline: [312, 298, 398]),
                     Tile(rows: [paragraph(""), paragraph("32", size: 20), paragraph("beds")])]
        let block = TilesBlock(origin: BlockOrigin(kind: "tiles", location: nil), tiles: tiles, gutter: 10,
                               padding: EdgeInsets(all: 8), background: nil, accent: .black, cornerRadius: 0,
                               spaceAfter: 0)
        let fragment = try block.layout(width: 400, context: context())
        let number = try #require(fragment.items.flattened.first { if case let .text(run, _) = $0 { run.text == "400" } else { false } })
        let paths: [(elements: [PathElement], filled: Bool)] = fragment.items.flattened.compactMap {
            if case let .path(elements, fill, _) = $0 { (elements, fill != nil) } else { nil }
        }
        let arrow = try #require(paths.first { $0.filled }).elements
        let line = try #require(paths.first { !$0.filled }).elements
        // The arrow points up, just after the number, within its line.
        guard case let .move(apex) = arrow[0], case let .line(corner) = arrow[1] else {
            Issue.record("the arrow is a triangle")
            return
        }
        #expect(apex.y < corner.y)
        #expect(arrow.bounds.x > number.bounds.maxX && arrow.bounds.x < number.bounds.maxX + 10)
        #expect(arrow.bounds.y > number.bounds.y && arrow.bounds.maxY < number.bounds.maxY)
        // The sparkline runs across the tile's inner width, under every row, lowest value at its foot.
        #expect(abs(line.bounds.width - (195 - 16)) < 0.001 && abs(line.bounds.height - TilesBlock.sparklineHeight) < 0.001)
        let texts = fragment.items.flattened.filter { if case .text = $0 { true } else { false } }
        #expect(texts.allSatisfy { $0.bounds.maxY <= line.bounds.y })
        #expect(fragment.items.flattened.filter { if case .path = $0 { true } else { false } }.count == 2, "one tile has neither")
    }

    @Test func profileCardKeepsTextBesideTheAvatar() throws {
        let card = ProfileCardBlock(
            origin: BlockOrigin(kind: "profile", location: nil), initials: paragraph("HJ", size: 20, alignment: .center),
            avatarDiameter: 60, avatarColor: .black,
            body: [paragraph("Hongjing Jiang, M.D."), paragraph("Director · 26 years of clinical experience")],
            background: .white, border: nil, cornerRadius: 4, padding: EdgeInsets(all: 10), gap: 12, spaceAfter: 0)
        let fragment = try card.layout(width: 400, context: context())
        #expect(fragment.height == 80)
        let texts = textItems(fragment.items.flattened)
        let initials = try #require(texts.first { $0.run.text == "HJ" })
        let start = initials.run.glyphs.first?.x ?? 0
        let end = initials.run.glyphs.last.map { $0.x + initials.run.font.advance(of: $0.id) * 20 } ?? 0
        let initialsCentre = initials.origin.x + (start + end) / 2
        #expect(abs(initialsCentre - 40) < 1.5, "initials centred on the avatar: \(initialsCentre)")
        for text in texts where text.run.text != "HJ" {
            #expect(text.origin.x >= 10 + 60 + 12 - 0.001)
        }
    }

    @Test func bleedingBandReachesThePageEdges() throws {
        let band = BandBlock(origin: BlockOrigin(kind: "band", location: nil), paragraphs: [paragraph("Title")],
                             background: .black, padding: EdgeInsets(all: 5), bleed: true, spaceAfter: 0)
        let master = MasterPage(name: "default", size: Size(width: 500, height: 800),
                                margins: EdgeInsets(top: 40, left: 50, bottom: 60, right: 50))
        let page = try #require(try Paginator(masters: ["default": master], firstMaster: "default",
                                              nextMaster: "default")
            .paginate([band], typesetter: typesetter) { _ in }.pages.first)
        let rectangles: [Rect] = page.items.flattened.compactMap { if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil } }
        let rect = try #require(rectangles.first)
        #expect(rect.x == 0 && rect.y == 0 && rect.width == 500)
        let title = try #require(textItems(page.items.flattened).first)
        #expect(title.origin.x >= 55 - 0.001, "the band's text stays on the frame's grid")
    }

    @Test func overflowNamesTheBlockAndTheAmount() throws {
        let location = SourceLocation(file: "Layouts/x.yaml", line: 12, column: 5)
        let long = TextBlock(origin: BlockOrigin(kind: "text", location: location),
                             paragraphs: Array(repeating: paragraph("Line of text."), count: 80), spaceAfter: 0)
        let master = MasterPage(name: "default", size: Size(width: 300, height: 300), margins: EdgeInsets(all: 20))
        let paginator = Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default",
                                  maxPages: 1)
        do {
            _ = try paginator.paginate([long], typesetter: typesetter) { _ in }
            Issue.record("overflow was not reported")
        } catch let error as DiagnosticError {
            let problem = try #require(error.diagnostics.first)
            #expect(problem.location == location)
            #expect(problem.message.contains("the text block does not fit on the page"))
            // 80 lines × 11.25 pt in a 260 pt frame: 23 lines fit, 57 × 11.25 pt ≈ 226 mm do not.
            #expect(problem.message.contains("226 mm below the bottom margin"), "\(problem.message)")
        }
    }

    @Test func paragraphSpacingCollapsesBetweenParagraphs() throws {
        var first = paragraph("One")
        first.spaceAfter = 6
        var second = paragraph("Two")
        second.spaceBefore = 10
        second.spaceAfter = 30
        let fragment = try [first, second].composed(width: 200, origin: BlockOrigin(kind: "text", location: nil),
                                                    context: context())
        // Two lines of 11.25 pt, 10 pt between them (the larger of 6 and 10), nothing after the last.
        #expect(abs(fragment.height - (11.25 * 2 + 10)) < 0.001)
    }
}

@Suite struct ListLayoutTests {
    @Test func markerHangsInTheIndentAndLinesAlign() throws {
        let typesetter = TestSupport.typesetter()
        let style = TextStyle(family: "Noto Serif", size: 10)
        var paragraph = ParagraphStyle(alignment: .left, leading: 13)
        paragraph.leftIndent = 15
        let set = try typesetter.typeset(
            [StyledText("A list item long enough to need a second and a third line in this narrow column.", style: style)],
            width: 120, style: paragraph, marker: StyledText("•", style: style)) { _ in }
        #expect(set.lines.count >= 3)
        let marker = try #require(set.lines[0].runs.first)
        #expect(marker.text == "•")
        let markerEnd = marker.glyphs.last.map { $0.x + marker.font.advance(of: $0.id) * 10 } ?? 0
        #expect(marker.glyphs[0].x >= 0 && abs(markerEnd - 10) < 0.01, "ends half an em before the text")
        for line in set.lines {
            let text = try #require(line.runs.first { $0.text != "•" })
            #expect(abs(text.glyphs[0].x - 15) < 1.5, "every line starts at the indent")
        }
    }
}
