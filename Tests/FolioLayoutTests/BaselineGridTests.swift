import FolioCore
import FolioLayout
import FolioTestSupport
import FolioText
import Testing

/// A master's baseline grid, asserted on the display tree: body lines of both
/// columns sit on the grid, so their lines align and their feet are level or
/// whole lines apart (where widows, orphans and keeps end a column early).
@Suite struct BaselineGridTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 8)
    let heading = TextStyle(family: "Noto Sans", variant: .init(bold: true), size: 11)
    /// Two columns 250 pt tall: the grid's 10 pt lines fill them exactly.
    static let area = Rect(x: 20, y: 20, width: 360, height: 250)

    func master(grid: BaselineGrid?) -> MasterPage {
        var master = MasterPage(name: "default", size: Size(width: 400, height: 290), margins: EdgeInsets(all: 20),
                                columns: 2, gutter: 20)
        master.baselineGrid = grid
        return master
    }

    /// Headings (14 pt lines, 7 pt below) and paragraphs of 10 pt lines with 4 pt
    /// between them: off the grid unless it puts them back.
    var story: [any Block] {
        var paragraphs: [Paragraph] = []
        for section in 1...6 {
            paragraphs.append(Paragraph(spans: [StyledText("Heading \(section)", style: heading)],
                                        style: ParagraphStyle(leading: 14), spaceBefore: 9, spaceAfter: 7,
                                        keepWithNext: true))
            for number in 1...3 {
                let text = (1...(2 + (section + number) % 4)).map { "body\(section).\(number).\($0)" }
                paragraphs.append(Paragraph(spans: [StyledText(text.joined(separator: "\u{2028}"), style: body)],
                                            style: ParagraphStyle(leading: 10), spaceAfter: 4))
            }
        }
        return [TextBlock(origin: BlockOrigin(kind: "text", location: nil), paragraphs: paragraphs, spaceAfter: 0)]
    }

    /// Baselines of body lines per page and column (by the line's left edge), top to bottom.
    func bodyBaselines(grid: BaselineGrid?) throws -> [[Double: [Double]]] {
        let document = try Paginator(masters: ["default": master(grid: grid)], firstMaster: "default",
                                     nextMaster: "default").paginate(story, typesetter: typesetter) { _ in }
        return document.pages.map { page in
            var columns: [Double: [Double]] = [:]
            for case let .text(run, origin) in page.items.flattened where run.text.hasPrefix("body") {
                columns[(origin.x + (run.glyphs.first?.x ?? 0)).rounded(), default: []].append(origin.y)
            }
            return columns
        }
    }

    /// The difference between the feet of the two columns of each page but the last, in lines of 10 pt.
    func feet(_ pages: [[Double: [Double]]]) -> [Double] {
        pages.dropLast().map { columns in
            let feet = columns.keys.sorted().compactMap { columns[$0]?.max() }
            return feet.count == 2 ? (feet[1] - feet[0]) / 10 : .nan
        }
    }

    /// Where a body line's baseline sits below its line's top.
    var baselineOffset: Double {
        get throws {
            try #require(try typesetter.typeset([StyledText("body", style: body)], width: 100,
                                                style: ParagraphStyle(leading: 10)) { _ in }.lines.first).baseline
        }
    }

    func isOnGrid(_ baseline: Double, offset: Double) -> Bool {
        let lines = (baseline - Self.area.y - offset) / 10
        return abs(lines - lines.rounded()) < 1e-6
    }

    @Test func bodyLinesOfBothColumnsSitOnTheGrid() throws {
        let offset = try baselineOffset
        let pages = try bodyBaselines(grid: BaselineGrid(step: 10))
        #expect(pages.count >= 2)
        for (number, columns) in pages.enumerated() {
            #expect(columns.count == 2 || number == pages.count - 1, "page \(number + 1) has \(columns.count) columns")
            for baseline in columns.values.joined() {
                #expect(isOnGrid(baseline, offset: offset), "page \(number + 1): a body line at \(baseline)")
            }
        }
    }

    /// Where keeps, widows and orphans end a column early, its foot is still a
    /// whole number of lines above the other's; without the grid, a fraction.
    @Test func columnFeetDifferByWholeLines() throws {
        for difference in feet(try bodyBaselines(grid: BaselineGrid(step: 10))) {
            #expect(abs(difference - difference.rounded()) < 1e-6, "feet \(difference) lines apart")
        }
        #expect(feet(try bodyBaselines(grid: nil)).contains { abs($0 - $0.rounded()) > 0.01 })
    }

    /// The same story without a grid: headings and paragraph spaces put body lines between grid lines.
    @Test func withoutAGridLinesDrift() throws {
        let offset = try baselineOffset
        let baselines = try bodyBaselines(grid: nil).flatMap { $0.values.joined() }
        #expect(baselines.contains { !isOnGrid($0, offset: offset) })
    }
}
