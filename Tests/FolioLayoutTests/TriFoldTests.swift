import FolioLayout
import Testing

@Suite struct TriFoldTests {
    let sheet = Size(width: 841.89, height: 595.28) // A4 landscape
    let mm = 72 / 25.4

    @Test func foldInPanelIsTwoMillimetresNarrower() {
        for side in TriFold.Side.allCases {
            let panels = TriFold.frames(side: side, size: sheet, margins: EdgeInsets(all: 0))
            let widths = panels.map(\.width).sorted()
            #expect(abs(widths[1] - widths[0] - 2 * mm) < 0.001)
            #expect(abs(widths[2] - widths[1]) < 0.001)
            #expect(abs(panels.map(\.width).reduce(0, +) - sheet.width) < 0.001, "the panels tile the sheet")
        }
    }

    @Test func panelsComeInFoldingOrder() {
        let outside = TriFold.frames(side: .outside, size: sheet, margins: EdgeInsets(all: 0))
        // Front cover on the right, the fold-in flap (narrow) on the left, the back in the middle.
        #expect(abs(outside[0].maxX - sheet.width) < 0.001)
        #expect(outside[1].x == 0 && outside[1].width < outside[0].width)
        #expect(abs(outside[2].x - outside[1].maxX) < 0.001)
        let inside = TriFold.frames(side: .inside, size: sheet, margins: EdgeInsets(all: 0))
        #expect(inside.map(\.x) == inside.map(\.x).sorted())
        // The fold-in panel is the inside's right one: the back of the outside's left one.
        #expect(abs(inside[2].width - outside[1].width) < 0.001)
    }

    @Test func marginsInsetEachPanel() {
        let panels = TriFold.frames(side: .inside, size: sheet, margins: EdgeInsets(all: 10 * mm))
        let bare = TriFold.frames(side: .inside, size: sheet, margins: EdgeInsets(all: 0))
        for (panel, full) in zip(panels, bare) {
            #expect(abs(panel.x - full.x - 10 * mm) < 0.001 && abs(full.maxX - panel.maxX - 10 * mm) < 0.001)
        }
    }
}
