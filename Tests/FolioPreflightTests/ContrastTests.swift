import FolioCore
import Testing

/// WCAG 2.x contrast against the values the WCAG documents and common tools give.
@Suite struct ContrastTests {
    @Test func blackOnWhiteIsTwentyOne() {
        #expect(abs(Contrast.ratio(.black, .white) - 21) < 1e-9)
        #expect(Contrast.ratio(.white, .white) == 1)
    }

    @Test func knownPairs() throws {
        // #767676 on white is the lightest grey that passes 4.5:1 (4.54:1).
        let grey = try #require(RGBColor(hex: "#767676"))
        #expect(abs(Contrast.ratio(grey, .white) - 4.54) < 0.01)
        // The brochure's teal on white.
        let teal = try #require(RGBColor(hex: "#0b6e75"))
        #expect(Contrast.ratio(teal, .white) > 5.5)
    }

    @Test func adjustedColourReachesTheTarget() throws {
        let teal = try #require(RGBColor(hex: "#0b6e75"))
        let link = Contrast.adjusted(teal, toReach: 4.5, against: teal)
        #expect(Contrast.ratio(link, teal) >= 4.5)
        let gold = try #require(RGBColor(hex: "#e0a526"))
        let darker = Contrast.adjusted(gold, toReach: 3, against: .white)
        #expect(Contrast.ratio(darker, .white) >= 3)
        #expect(Contrast.ratio(darker, .white) < 3.2) // the nearest shade, not black
    }
}
