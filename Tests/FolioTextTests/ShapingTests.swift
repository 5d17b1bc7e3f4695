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

    @Test func letterSpacingTracksEveryClusterAndDropsLigatures() {
        let plain = Shaper.shape("office", font: serif, size: 10, features: FontFeature.defaults)
        let tracked = Shaper.shape("office", font: serif, size: 10, features: FontFeature.defaults, letterSpacing: 1)
        #expect(plain.glyphs.count < 6, "ffi ligature when not tracked")
        #expect(tracked.glyphs.count == 6)
        let unligated = Shaper.shape("office", font: serif, size: 10, features: [FontFeature("kern"), FontFeature("liga", 0)])
        #expect(abs(tracked.width - unligated.width - 6) < 0.001)
    }

    @Test func smallCapitalsComeFromTheFont() {
        #expect(serif.hasFeature("smcp"))
        #expect(!serif.hasFeature("zzzz"))
        let lower = Shaper.shape("surgery", font: serif, size: 10, features: FontFeature.defaults)
        let small = Shaper.shape("surgery", font: serif, size: 10, features: FontFeature.defaults + [FontFeature("smcp")])
        #expect(lower.glyphs.map(\.id) != small.glyphs.map(\.id))
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
        let style = TextStyle(family: "Noto Serif", size: 10)
        let first = cache.shape("surgery", font: serif, style: style)
        let second = cache.shape("surgery", font: serif, style: style)
        #expect(first.glyphs == second.glyphs)
        #expect(first.width > 0)
    }
}

@Suite struct WordCacheTests {
    @Test func sameWordWithDifferentLinksKeepsEachLink() throws {
        let typesetter = TestSupport.typesetter()
        let style = TextStyle(family: "Noto Serif", size: 10)
        for target in ["#a", "#b", "https://example.org"] {
            let set = try typesetter.typeset([StyledText("3", style: style, link: target)], width: 100,
                                             style: ParagraphStyle(leading: 12)) { _ in }
            #expect(set.lines.first?.runs.first?.link == target)
        }
    }
}
