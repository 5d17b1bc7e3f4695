import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

/// Long blocks give a frame only the pieces it needs (`pieces(width:context:filling:)`),
/// so a document's cost grows with its length, not with its square; and the
/// pages come out exactly as when every frame saw all that was left.
@Suite struct LinearCostTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Sans", size: 8)
    let origin = BlockOrigin(kind: "test", location: nil)
    let master = MasterPage(name: "default", size: Size(width: 300, height: 200), margins: EdgeInsets(all: 20))

    var context: LayoutContext {
        LayoutContext(typesetter: typesetter, pageSize: master.size, frame: Rect(x: 0, y: 0, width: 260, height: 160)) { _ in }
    }

    func paragraph(_ text: String, heading: Bool = false) -> Paragraph {
        .test(text, style: style, heading: heading)
    }

    func table(rows: Int) -> TableBlock {
        TableBlock(origin: origin, columns: [.init(width: .fraction(2)), .init(width: .content, alignment: .decimal)],
                   header: [[paragraph("Item"), paragraph("Value")]],
                   rows: (1...rows).map { [paragraph("Row \($0)"), paragraph("\($0 * 7).5")] },
                   appearance: .init(padding: EdgeInsets(all: 2), rule: Stroke(color: .black, width: 0.5),
                                     frameRule: Stroke(color: .black, width: 1), headerFill: nil, stripeFill: .white),
                   spaceAfter: 4)
    }

    func text(paragraphs: Int) -> TextBlock {
        TextBlock(origin: origin, paragraphs: (1...paragraphs).flatMap { number in
            [paragraph("Heading \(number)", heading: number % 5 == 0),
             paragraph("Paragraph \(number) with a few words that fill a line of the frame or two.")]
        }, spaceAfter: 6)
    }

    func grid(rows: Int) -> StoryBlock {
        StoryBlock(origin: origin, blocks: (1...rows).map { row in
            SideBySideBlock(origin: origin, columns: (1...3).map { [TextBlock(
                origin: origin, paragraphs: [paragraph("Card \(row).\($0)"), paragraph("Detail")], spaceAfter: 0)] },
                gutter: 6, spaceAfter: 4)
        })
    }

    func contents(entries: Int) -> ContentsBlock {
        ContentsBlock(origin: origin, title: paragraph("Contents"),
                      entries: (1...entries).map { .init(anchor: HeadingAnchor(title: "Entry \($0)", level: 1 + $0 % 2,
                                                                               destination: "e\($0)"), page: $0 / 7 + 1) },
                      entryStyle: style, entryParagraph: ParagraphStyle(leading: 12), spaceAfter: 0)
    }

    @Test(arguments: ["table", "text", "grid", "contents"])
    func aLongBlockGivesAFrameOnlyWhatFillsIt(kind: String) throws {
        let block: any Block = switch kind {
        case "table": table(rows: 300)
        case "text": text(paragraphs: 300)
        case "grid": grid(rows: 300)
        default: contents(entries: 300)
        }
        let all = try block.pieces(width: 260, context: context)
        let first = try block.pieces(width: 260, context: context, filling: 100)
        #expect(all.count >= 300)
        #expect(first.count < 30, "about 100 pt of pieces, not \(first.count)")
        #expect(first.reduce(0) { $0 + $1.height } > 100, "more than fills the room")
        #expect(first.last?.rest != nil, "the block goes on")
        #expect(zip(first, all).allSatisfy { $0.height == $1.height }, "the same pieces as the whole block's")
    }

    @Test(arguments: ["table", "text", "grid", "contents"])
    func pagesAreTheSameAsWhenEveryFrameSawTheWholeRest(kind: String) throws {
        let story: [any Block] = switch kind {
        case "table": [text(paragraphs: 3), table(rows: 120), text(paragraphs: 2)]
        case "text": [text(paragraphs: 80)]
        case "grid": [text(paragraphs: 2), grid(rows: 60)]
        default: [contents(entries: 90), text(paragraphs: 2)]
        }
        let paginator = Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
        let filled = try paginator.paginate(story, typesetter: typesetter) { _ in }
        let whole = try paginator.paginate(story.map { AllPieces(block: $0) }, typesetter: typesetter) { _ in }
        #expect(filled.pages.count > 4)
        #expect(filled.pages.map(\.treeDump) == whole.pages.map(\.treeDump))
    }
}

/// Rows of a story that a frame laid out but had no room for are not laid out
/// again by the next frame (a staff grid's row below the last that fitted: a
/// third of its layout at three rows a page), and the pages are the same.
@Suite struct StoryLookAheadTests {
    let typesetter = TestSupport.typesetter()
    let origin = BlockOrigin(kind: "row", location: nil)

    /// A whole block of a given height that counts its layouts.
    final class Counter: @unchecked Sendable { var layouts = 0 }
    struct CountedRow: WholeBlock {
        var origin: BlockOrigin
        var height: Double
        var spaceAfter: Double { 4 }
        let counter: Counter

        func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
            counter.layouts += 1
            return BlockFragment(height: height, items: [.rectangle(Rect(x: 0, y: 0, width: width, height: height),
                                                                    fill: .black, stroke: nil, cornerRadius: 0)])
        }
    }

    func pages(rows: Int, frames: [Rect]? = nil) throws -> (pages: [Page], layouts: Int) {
        let counter = Counter()
        let story = StoryBlock(origin: origin, blocks: (1...rows).map {
            CountedRow(origin: origin, height: 40 + Double($0 % 3) * 5, counter: counter)
        })
        var master = MasterPage(name: "default", size: Size(width: 300, height: 200), margins: EdgeInsets(all: 20))
        master.frames = frames
        let paginator = Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default")
        let document = try paginator.paginate([story], typesetter: typesetter) { _ in }
        return (document.pages, counter.layouts)
    }

    @Test func aRowThatDidNotFitIsNotLaidOutAgain() throws {
        let (pages, layouts) = try pages(rows: 60)
        #expect(pages.count > 10)
        #expect(layouts == 60, "each row once, not once more per page (\(layouts))")
        // Each page shows the rows in order, as many as fit: 160 pt of frame.
        let heights = pages.map { page in page.items.flattened.compactMap { item -> Double? in
            if case let .rectangle(rect, _, _, _) = item { rect.height } else { nil }
        } }
        #expect(heights.flatMap { $0 }.count == 60)
        #expect(heights.allSatisfy { $0.reduce(0, +) + Double($0.count - 1) * 4 <= 160 })
    }

    @Test func piecesMadeForAnotherFrameAreMadeAgain() throws {
        // Two frames of different widths on each page: what one made does not fit the other's width.
        let (pages, layouts) = try pages(rows: 30, frames: [Rect(x: 20, y: 20, width: 120, height: 160),
                                                             Rect(x: 150, y: 20, width: 130, height: 160)])
        #expect(pages.count > 2)
        #expect(layouts > 30)
    }
}

/// A block that gives every frame all its pieces, as blocks did before
/// `pieces(width:context:filling:)`: the reference the filled layout must equal.
private struct AllPieces: Block {
    var block: any Block
    var origin: BlockOrigin { block.origin }
    var anchors: [HeadingAnchor] { block.anchors }

    func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try block.pieces(width: width, context: context).map { piece in
            var piece = piece
            piece.rest = piece.rest.map { AllPieces(block: $0) }
            return piece
        }
    }
}
