import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Synchronization
import Testing

/// The streaming pass after a counting pass takes over the counting pass's
/// pages once it stands where that pass stood (`PageEndState`), past the
/// contents: the same pages come out, and the blocks after that point are not
/// laid out again.
@Suite struct PassReuseTests {
    let typesetter = TestSupport.typesetter()
    let style = TextStyle(family: "Noto Sans", size: 8)
    let origin = BlockOrigin(kind: "test", location: nil)
    let master = MasterPage(name: "default", size: Size(width: 300, height: 200), margins: EdgeInsets(all: 20))
    var paginator: Paginator { Paginator(masters: ["default": master], firstMaster: "default", nextMaster: "default") }

    func paragraph(_ text: String, heading: Bool = false) -> Paragraph {
        .test(text, style: style, heading: heading)
    }

    /// Sections of text, each its own block after a page break.
    func sections(_ count: Int, pieces: Counter) -> [any Block] {
        (1...count).flatMap { number -> [any Block] in
            [BreakBlock(kind: .page(master: nil), origin: origin),
             Counted(counter: pieces, block: TextBlock(origin: origin, paragraphs: [paragraph("Section \(number)", heading: true)]
                 + (1...12).map { paragraph("Paragraph \($0) of section \(number), with words enough for a line or two.") },
                 spaceAfter: 6))]
        }
    }

    func contents(pages: [String: Int], sections count: Int) -> ContentsBlock {
        ContentsBlock(origin: origin, title: paragraph("Contents"),
                      entries: (1...count).map { .init(anchor: HeadingAnchor(title: "Section \($0)", level: 1,
                                                                              destination: "Section \($0)"),
                                                       page: pages["Section \($0)"]) },
                      entryStyle: style, entryParagraph: ParagraphStyle(leading: 12), spaceAfter: 0)
    }

    /// The counting pass, then the streaming pass that shows its pages: the pages streamed, and how
    /// many times the sections were asked for pieces in the second pass.
    func twoPasses(reusing: Bool) throws -> (counted: PaginatedDocument, streamed: [Page], secondPassPieces: Int) {
        let pieces = Counter()
        let body = sections(6, pieces: pieces)
        let counted = try paginator.paginate([contents(pages: [:], sections: 6)] + body, typesetter: typesetter,
                                             delivery: .count(keepUpTo: 48) { _ in }) { _ in }
        let pages = Dictionary(counted.headings.map { ($0.anchor.destination, $0.page) }) { first, _ in first }
        let before = pieces.value
        var streamed: [Page] = []
        let second = try paginator.paginate(
            [contents(pages: pages, sections: 6)] + body, typesetter: typesetter,
            delivery: .stream(total: counted.pageCount, reusing: reusing ? ReusablePages(counted) : nil) { page, _ in
                streamed.append(page)
            }) { _ in }
        #expect(second.pageCount == counted.pageCount)
        #expect(second.headings.map(\.page) == counted.headings.map(\.page))
        return (counted, streamed, pieces.value - before)
    }

    @Test func theSecondPassTakesOverThePagesAfterTheContents() throws {
        let reused = try twoPasses(reusing: true), laidOut = try twoPasses(reusing: false)
        #expect(reused.counted.pageCount > 6)
        #expect(reused.streamed.map(\.treeDump) == laidOut.streamed.map(\.treeDump), "the same pages either way")
        #expect(laidOut.secondPassPieces >= 6, "every section laid out again without reuse")
        #expect(reused.secondPassPieces < laidOut.secondPassPieces / 2, "\(reused.secondPassPieces) pieces asked for")
    }

    @Test func nothingIsTakenOverBeforeALaterContentsBlock() throws {
        let pieces = Counter()
        let story = sections(3, pieces: pieces) + [contents(pages: [:], sections: 3)]
        let counted = try paginator.paginate(story, typesetter: typesetter,
                                             delivery: .count(keepUpTo: 48) { _ in }) { _ in }
        let before = pieces.value
        var streamed = 0
        _ = try paginator.paginate(story, typesetter: typesetter,
                                   delivery: .stream(total: counted.pageCount, reusing: ReusablePages(counted)) { _, _ in
                                       streamed += 1
                                   }) { _ in }
        #expect(streamed == counted.pageCount)
        #expect(pieces.value - before >= 3, "every section before the contents laid out again")
    }
}

/// Counts across calls (blocks are values, shared by both passes).
final class Counter: Sendable {
    private let count = Mutex(0)
    var value: Int { count.withLock { $0 } }
    func add() { count.withLock { $0 += 1 } }
}

/// A block that counts how often it is asked for pieces.
private struct Counted: Block {
    let counter: Counter
    let block: any Block
    var origin: BlockOrigin { block.origin }
    var anchors: [HeadingAnchor] { block.anchors }

    func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        counter.add()
        return try block.pieces(width: width, context: context)
    }
}
