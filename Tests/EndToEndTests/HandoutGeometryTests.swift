import FolioDocument
import FolioLayout
import FolioTestSupport
import Testing

/// The handout's page as laid out: nothing outside the frame, nothing overlapping.
@Suite struct HandoutGeometryTests {
    let page: Page

    init() throws {
        let root = TestSupport.packageRoot
        let built = try DocumentBuilder(typesetter: TestSupport.typesetter()).build(
            layout: root.appendingPathComponent("Layouts/handout.yaml"), layoutPath: "Layouts/handout.yaml",
            data: root.appendingPathComponent("Data"), dataPath: "Data")
        #expect(built.warnings.isEmpty, "\(built.warnings)")
        page = try #require(built.displayList.pages.first)
    }

    /// The ink of a text run, approximately: from 0.8 em above to 0.25 em below the baseline.
    func inkBox(_ item: DisplayItem) -> Rect? {
        guard case let .text(run, origin) = item, let first = run.glyphs.first, let last = run.glyphs.last else {
            return nil
        }
        // Expanded glyphs are wider by the run's scale; a final mark (period,
        // comma, hyphen, dash, quote) may hang up to 0.2 em into the margin (protrusion).
        let hanging = run.text.last.map { $0.isPunctuation || $0 == "-" } == true ? 0.2 * run.size : 0
        let end = last.x + run.font.advance(of: last.id) * run.size * run.horizontalScale - hanging
        return Rect(x: origin.x + first.x, y: origin.y - 0.8 * run.size, width: end - first.x, height: 1.05 * run.size)
    }

    @Test func allTextStaysInsideTheMargins() {
        // 18 mm side margins on A4, as the layout sets them.
        let left = 18 * 72 / 25.4, right = page.size.width - left
        for box in page.items.flattened.compactMap(inkBox) {
            #expect(box.x >= left - 0.5 && box.maxX <= right + 0.5, "text outside the margins: \(box)")
            #expect(box.y >= 0 && box.maxY <= page.size.height)
        }
    }

    @Test func noTwoRunsOfTextOverlap() {
        let boxes = page.items.flattened.compactMap(inkBox)
        #expect(boxes.count > 40)
        for (index, box) in boxes.enumerated() {
            for other in boxes[(index + 1)...] {
                // Runs of one line touch end to end; a shared edge is not an overlap.
                let overlap = box.inset(by: EdgeInsets(all: 0.3)).intersects(other.inset(by: EdgeInsets(all: 0.3)))
                #expect(!overlap, "\(box) overlaps \(other)")
            }
        }
    }
}
