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

    /// A tri-fold's fold marks stand in the slug above and below the trim at
    /// the real folds (the fold-in panel is 2 mm narrower), outside the bleed.
    @Test func foldMarksSitAtTheTriFoldsFolds() {
        let sheet = Size(width: 841.89, height: 595.28)
        for side in TriFold.Side.allCases {
            let folds = TriFold.folds(side: side, width: sheet.width)
            let panels = TriFold.frames(side: side, size: sheet, margins: EdgeInsets(all: 0)).sorted { $0.x < $1.x }
            // The folds are the panels' edges, and not at the thirds.
            #expect(folds.map { ($0 * 100).rounded() } == [panels[0].maxX, panels[1].maxX].map { ($0 * 100).rounded() })
            #expect(abs(folds[0] - sheet.width / 3) > 1)
            let prepared = marks.prepare(Page(size: sheet, items: [], folds: folds))
            let vertical: [(Point, Point)] = prepared.items.flattened.compactMap {
                if case let .line(from, to, _) = $0, from.x == to.x { (from, to) } else { nil }
            }
            let offset = 9.0 + 20
            for fold in folds {
                let at = vertical.filter { abs($0.0.x - (offset + fold)) < 0.001 }
                #expect(at.count == 2, "\(side): a mark above and below the fold at \(fold)")
                #expect(at.allSatisfy { min($0.0.y, $0.1.y) >= offset + sheet.height + 9 || max($0.0.y, $0.1.y) <= offset - 9 })
            }
        }
    }

    /// A panel's background meets the sheet edge at the top, bottom and
    /// outside, and the next panel at the fold: it bleeds only at the edges.
    @Test func aPanelBackgroundBleedsOnlyWhereItMeetsTheSheetEdge() {
        let sheet = Size(width: 841.89, height: 595.28)
        let fold = TriFold.folds(side: .outside, width: sheet.width)[1]
        let panel = Rect(x: fold, y: 0, width: sheet.width - fold, height: sheet.height)
        let prepared = marks.prepare(Page(size: sheet, items: [.group([
            .rectangle(panel, fill: .black, stroke: nil, cornerRadius: 0)], .artifact(.background))]))
        let rectangles: [Rect] = prepared.items.flattened.compactMap {
            if case let .rectangle(rect, _, _, _) = $0 { rect } else { nil }
        }
        let offset = 9.0 + 20
        #expect(rectangles == [Rect(x: offset + fold, y: offset - 9, width: panel.width + 9, height: panel.height + 18)])
    }
}
