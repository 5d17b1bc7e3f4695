import FolioCore
@testable import FolioLayout
import FolioPreflight
import FolioTestSupport
import FolioText
import Testing

/// What the preflight reads from a display tree: the colour really behind each
/// run, body text against the rest, paragraphs joined across lines and runs.
@Suite struct PlacedContentTests {
    let teal = RGBColor(hex: "#0b6e75")!

    func run(_ text: String, size: Double = 12, color: RGBColor, link: String? = nil) throws -> DisplayItem {
        let font = try #require(TestSupport.fonts.font(family: "Noto Sans"))
        let glyphs = text.unicodeScalars.enumerated().map {
            PositionedGlyph(id: font.glyph(for: $0.element) ?? 0, x: Double($0.offset) * size * 0.5, y: 0, cluster: $0.offset)
        }
        return .text(GlyphRun(font: font, size: size, color: color, link: link, text: text, glyphs: glyphs),
                     origin: Point(x: 0, y: size))
    }

    /// A teal band with a teal link in it, on a white page with a black paragraph of two lines.
    func page(links: (([DisplayItem]) -> [DisplayItem]) = { $0 }) throws -> Page {
        let band: [DisplayItem] = [
            .group([.rectangle(Rect(x: 0, y: 0, width: 300, height: 60), fill: teal, stroke: nil, cornerRadius: 0)],
                   .artifact(.background)),
            .group(links([.group([try run("tmucih.com", color: teal, link: "https://tmucih.com")], .role(.paragraph))]),
                   offset: Point(x: 10, y: 10)),
        ]
        let paragraph = DisplayItem.group([
            try run("We treat tumors of the", color: .black),
            try run("esophagus.", color: .black).offsetBy(dx: 0, dy: 16),
        ], offset: Point(x: 10, y: 100), .role(.paragraph))
        return Page(size: Size(width: 400, height: 400), items: [.group(band, .role(.division)), paragraph])
    }

    @Test func textIsJudgedAgainstTheBandBehindIt() throws {
        let content = PageContent(try page(), number: 1, language: "en")
        let link = try #require(content.texts.first { $0.link != nil })
        #expect(link.backdrop == .color(teal))
        #expect(Contrast.ratio(link.color, teal) == 1)
        let body = try #require(content.texts.first { $0.text.hasPrefix("We") })
        #expect(body.backdrop == .color(.white))
        #expect(body.use == .body)
        #expect(content.paragraphs.map(\.text) == ["tmucih.com", "We treat tumors of the esophagus."])
    }

    @Test func aLinkOnABandTakesAShadeThatStandsOut() throws {
        let content = PageContent(try page { LinkContrast.legible($0, on: self.teal) }, number: 1, language: "en")
        let link = try #require(content.texts.first { $0.link != nil })
        #expect(Contrast.ratio(link.color, teal) >= 4.5)
        // Text that is not a link keeps the colour its style gives it.
        #expect(content.texts.first { $0.text.hasPrefix("We") }?.color == .black)
    }

    /// A QR code on a tinted box: its light quiet zone (a background artifact)
    /// is what its modules are judged against, and is no mark itself.
    @Test func aFiguresBackgroundIsABackdropNotAMark() throws {
        let tint = RGBColor(hex: "#eef6f6")!
        let square = Rect(x: 10, y: 10, width: 80, height: 80)
        let module: [PathElement] = [.move(Point(x: 30, y: 30)), .line(Point(x: 40, y: 30)),
                                     .line(Point(x: 40, y: 40)), .line(Point(x: 30, y: 40)), .close]
        let figure = DisplayItem.group([
            .group([.rectangle(square, fill: .white, stroke: nil, cornerRadius: 0)], .artifact(.background)),
            .path(module, fill: .black, stroke: nil),
        ], .role(.figure))
        let box = DisplayItem.group([.rectangle(Rect(x: 0, y: 0, width: 100, height: 100), fill: tint, stroke: nil,
                                                cornerRadius: 0)], .artifact(.background))
        let content = PageContent(Page(size: Size(width: 200, height: 200), items: [box, figure]), number: 1, language: "en")
        #expect(content.marks.map(\.color) == [.black])
        #expect(content.marks.first?.backdrop == .color(.white))
    }
}
