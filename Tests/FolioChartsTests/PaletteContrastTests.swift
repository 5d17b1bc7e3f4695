import FolioCharts
import FolioCore
import Testing

/// Every series colour reaches 3:1 on white (WCAG 2.1, 1.4.11), the layout's own included.
@Suite struct PaletteContrastTests {
    @Test func everySeriesColourReachesThreeToOneOnWhite() throws {
        let gold = try #require(RGBColor(hex: "#c9a227")), sky = try #require(RGBColor(hex: "#56b4e9"))
        #expect(Contrast.ratio(gold, .white) < 3)
        let colors = ChartPalette.colors(8, brand: [gold, sky])
        for color in colors { #expect(Contrast.ratio(color, .white) >= 3, "\(color.hex)") }
        // Darkened as little as needed: still near 3:1, not black.
        #expect(Contrast.ratio(colors[0], .white) < 3.1)
    }
}
