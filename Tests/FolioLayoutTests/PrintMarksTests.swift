import FolioCore
import FolioLayout
import Testing

@Suite struct PrintMarksTests {
    let marks = PrintMarks(bleed: 9, slug: 20, markLength: 12)
    let page = Page(size: Size(width: 200, height: 300), items: [
        .rectangle(Rect(x: 0, y: 0, width: 200, height: 100), fill: .black, stroke: nil, cornerRadius: 0),
        .rectangle(Rect(x: 50, y: 150, width: 20, height: 20), fill: .black, stroke: nil, cornerRadius: 0),
    ])

    @Test func sheetGrowsByBleedAndSlug() {
        let prepared = marks.prepare(page)
        #expect(prepared.size == Size(width: 200 + 58, height: 300 + 58))
    }

    @Test func backgroundsTouchingTheTrimRunIntoTheBleed() {
        let rectangles: [Rect] = marks.prepare(page).items.flattened.compactMap {
            if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil }
        }
        // The band touches the top, left and right trim edges: it grows by 9 pt on those sides.
        #expect(rectangles[0] == Rect(x: 20, y: 20, width: 218, height: 109))
        // An inner box only moves.
        #expect(rectangles[1] == Rect(x: 79, y: 179, width: 20, height: 20))
    }

    @Test func cropMarksSitOutsideTheBleedInLineWithTheTrim() {
        let lines: [(Point, Point)] = marks.prepare(page).items.flattened.compactMap {
            if case let .line(from, to, _) = $0 { (from, to) } else { nil }
        }
        #expect(lines.count == 8)
        let trim = Rect(x: 29, y: 29, width: 200, height: 300)
        for (from, to) in lines {
            // Each mark continues a trim edge and starts at the bleed's edge, not inside it.
            let onVerticalEdge = from.x == to.x && [trim.x, trim.maxX].contains(from.x)
            let onHorizontalEdge = from.y == to.y && [trim.y, trim.maxY].contains(from.y)
            #expect(onVerticalEdge || onHorizontalEdge)
            let inside = trim.inset(by: EdgeInsets(all: -(9 - 0.5)))
            #expect(!inside.contains(Rect(x: from.x, y: from.y, width: 0, height: 0), tolerance: 0))
            #expect(!inside.contains(Rect(x: to.x, y: to.y, width: 0, height: 0), tolerance: 0))
        }
    }
}
