import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The large-print edition of the brochure: A4 portrait, body text at 16 pt,
/// the same headings and bookmarks as the leaflet, judged by the large-print thresholds.
@Suite struct LargePrintTests {
    func build(largePrint: Bool) throws -> (DisplayList, [Diagnostic]) {
        let builder = DocumentBuilder(typesetter: TestSupport.typesetter())
        let root = TestSupport.packageRoot
        let layout = try builder.load(layout: root.appendingPathComponent("Layouts/brochure.yaml"),
                                      layoutPath: "Layouts/brochure.yaml")
        let collector = PageCollector()
        let session = try builder.session(largePrint ? layout.largePrint : layout, data: root.appendingPathComponent("Data"),
                                          dataPath: "Data", preflight: PreflightRequest(requested: true, largePrint: largePrint))
        let warnings = try session.runChecked(into: collector)
        return (try #require(collector.document), warnings)
    }

    @Test func brochureReflowsOntoA4PortraitAt16PointWithTheSameHeadings() throws {
        let (leaflet, _) = try build(largePrint: false)
        let (large, warnings) = try build(largePrint: true)
        for page in large.pages {
            #expect(abs(page.size.width - 595.28) < 0.01 && abs(page.size.height - 841.89) < 0.01)
        }
        #expect(large.outline.map(\.title) == leaflet.outline.map(\.title))
        let bodySizes = large.pages.flatMap { $0.items.leaves() }.compactMap { leaf -> Double? in
            if case let .text(run, _) = leaf.item, run.font.family == "Noto Serif" { run.size } else { nil }
        }
        // The body style (most of the serif text) is at 16 pt; smaller styles scaled by the same factor.
        let counts = Dictionary(grouping: bodySizes) { ($0 * 100).rounded() / 100 }.mapValues(\.count)
        #expect(counts.max { $0.value < $1.value }?.key == 16, "\(counts)")
        // Judged by the large-print thresholds: nothing is reported under 12 pt or body under 16 pt.
        #expect(!warnings.contains { $0.message.contains("below the 16 pt") && $0.field == "styles.body.size" })
    }
}
