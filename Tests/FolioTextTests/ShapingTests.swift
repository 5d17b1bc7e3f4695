import FolioCore
import FolioTestSupport
import FolioText
import Testing

@Suite struct ShapingTests {
    let serif = TestSupport.fonts.font(family: "Noto Serif")!

    @Test func bundledFamiliesHaveFourStyles() throws {
        #expect(TestSupport.fonts.bundledFamilies == ["Noto Sans", "Noto Serif"])
        for family in ["Noto Sans", "Noto Serif"] {
            for (bold, italic) in [(false, false), (true, false), (false, true), (true, true)] {
                let font = try #require(TestSupport.fonts.font(family: family, variant: .init(bold: bold, italic: italic)))
                #expect(font.family == family)
                #expect(font.isBold == bold && font.isItalic == italic, "\(font)")
            }
        }
    }

    @Test func ligatureJoinsFAndIWhenOn() {
        let on = Shaper.shape("fi", font: serif, size: 10, features: FontFeature.defaults)
        let off = Shaper.shape("fi", font: serif, size: 10, features: [FontFeature("liga", 0)])
        #expect(on.glyphs.count == 1)
        #expect(off.glyphs.count == 2)
        // One cluster covering both letters, so the PDF extracts "fi", not U+FB01.
        let run = GlyphRun(on, color: .black)
        #expect(run.clusters.map { $0.bytes } == [2])
        #expect(run.clusters.map { $0.glyphs } == [1])
    }

    @Test func kerningTightensAV() {
        let kerned = Shaper.shape("AV", font: serif, size: 10, features: [FontFeature("kern")])
        let plain = Shaper.shape("AV", font: serif, size: 10, features: [FontFeature("kern", 0)])
        #expect(kerned.width < plain.width - 0.1)
    }

    @Test func clustersCoverTheWholeText() {
        let text = "Office 食管 façade"
        let shaped = Shaper.shape(text, font: serif, size: 10, features: FontFeature.defaults)
        let run = GlyphRun(shaped, color: .black)
        #expect(run.clusters.reduce(0) { $0 + $1.bytes } == text.utf8.count)
        #expect(run.clusters.reduce(0) { $0 + $1.glyphs } == shaped.glyphs.count)
    }

    @Test func shapeCacheReturnsTheSameRun() {
        let cache = ShapeCache()
        let first = cache.shape("surgery", font: serif, size: 10, features: FontFeature.defaults)
        let second = cache.shape("surgery", font: serif, size: 10, features: FontFeature.defaults)
        #expect(first.glyphs == second.glyphs)
        #expect(first.width > 0)
    }
}
