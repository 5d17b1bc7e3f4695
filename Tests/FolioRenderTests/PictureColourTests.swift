import FolioCore
import FolioImages
import FolioLayout
@testable import FolioRender
import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 6: pictures keep their colours whatever way the file stores
/// them, and carry no more pixels into the PDF than their printed size needs.
/// Each image is drawn into a PDF, and the PDF is read back by poppler
/// (`pdftoppm`), so what is checked is what a reader sees.
@Suite struct PictureColourTests {
    /// #D02020, the colour every fixture stores.
    static let red = (r: 208, g: 32, b: 32)

    func fixture(_ name: String) throws -> ImageFile {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try ImageFile.load(url, path: name)
    }

    /// Writes `image` into a 100 × 100 pt page at `rect` and returns the PDF.
    func pdf(_ image: ImageFile, rect: Rect = Rect(x: 10, y: 10, width: 80, height: 60)) throws -> URL {
        let page = Page(size: Size(width: 100, height: 100), items: [.image(image, rect: rect, clip: nil)])
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("picture.pdf")
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(
            DisplayList(info: DocumentInfo(title: "picture", author: "tests"), pages: [page]), to: url)
        return url
    }

    /// The colour poppler paints at (`x`, `y`) points of page 1 (at 72 dpi a pixel is a point).
    func pixel(_ pdf: URL, x: Int, y: Int) throws -> (r: Int, g: Int, b: Int) {
        let prefix = pdf.deletingPathExtension().path + "-pixel"
        let result = try run("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-x", "\(x)", "-y", "\(y)", "-W", "1",
                                          "-H", "1", "-singlefile", pdf.path, prefix])
        #expect(result.status == 0, "\(result.stderr)")
        let bytes = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // P6 header: magic, width, height, maximum, each followed by one whitespace byte; then RGB.
        let rgb = bytes.suffix(3).map(Int.init)
        return (rgb[0], rgb[1], rgb[2])
    }

    func isClose(_ a: (r: Int, g: Int, b: Int), _ b: (r: Int, g: Int, b: Int), within tolerance: Int = 8) -> Bool {
        abs(a.r - b.r) <= tolerance && abs(a.g - b.g) <= tolerance && abs(a.b - b.b) <= tolerance
    }

    /// The staff photo came out a solid black circle: CMYK went in as if it were RGB.
    @Test(arguments: ["cmyk/cmyk-adobe.jpg", "cmyk/ycck-adobe.jpg", "cmyk/cmyk-plain.jpg"])
    func aCMYKJPEGKeepsItsColour(name: String) throws {
        let image = try fixture(name)
        let decoded = try JPEGImage(data: image.data)
        #expect(decoded.isCMYK)
        // 0x00RRGGBB, little-endian words: B, G, R, 0 in memory.
        let (b, g, r) = (Int(decoded.pixels[0]), Int(decoded.pixels[1]), Int(decoded.pixels[2]))
        #expect(isClose((r, g, b), Self.red), "\(name) decodes to \(r), \(g), \(b)")
        let drawn = try pixel(try pdf(image), x: 50, y: 40)
        #expect(isClose(drawn, Self.red), "\(name) is drawn as \(drawn)")
    }

    @Test(arguments: ["pictures/rgb16.png", "pictures/rgba16.png", "pictures/palette.png"])
    func aPNGKeepsItsColourWhateverItsKind(name: String) throws {
        let drawn = try pixel(try pdf(try fixture(name)), x: 50, y: 20)
        #expect(isClose(drawn, Self.red, within: 2), "\(name) is drawn as \(drawn)")
    }

    @Test func aGreyPNGWithAlphaStaysGrey() throws {
        let drawn = try pixel(try pdf(try fixture("pictures/grey-alpha.png")), x: 50, y: 40)
        #expect(isClose(drawn, (128, 128, 128), within: 2), "drawn as \(drawn)")
    }

    /// The palette image is red above, blue below: both halves land where they should.
    @Test func aPaletteImageKeepsBothColoursInPlace() throws {
        let url = try pdf(try fixture("pictures/palette.png"), rect: Rect(x: 10, y: 10, width: 80, height: 80))
        #expect(isClose(try pixel(url, x: 50, y: 20), Self.red, within: 2))
        #expect(isClose(try pixel(url, x: 50, y: 80), (32, 32, 208), within: 2))
    }
}

/// A photo carries into the PDF what 300 pixels per inch of its placed size
/// need (`PlacedPixels`), not the 20000-pixel scan it was made from.
@Suite struct PlacedPixelsTests {
    func fixture(_ name: String) throws -> ImageFile {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try ImageFile.load(url, path: name)
    }

    /// `pdfimages -list` rows: page, num, type, width, height, color, comp, bpc, enc, …
    func embedded(_ images: [(ImageFile, Rect)]) throws -> [[String]] {
        let page = Page(size: Size(width: 400, height: 400), items: images.map { .image($0.0, rect: $0.1, clip: nil) })
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("placed.pdf")
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(
            DisplayList(info: DocumentInfo(title: "placed", author: "tests"), pages: [page]), to: url)
        #expect(try run("qpdf", ["--check", url.path]).status == 0)
        return try run("pdfimages", ["-list", url.path]).stdout.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ").map(String.init) }
    }

    @Test(arguments: ["pictures/big.jpg", "pictures/big.png"])
    func aLargeImageIsReducedToWhatItsPrintedSizeNeeds(name: String) throws {
        // 3000 × 2000 pixels as a 60 × 40 pt picture: 250 × 167 pixels at 300 ppi.
        let rows = try embedded([(try fixture(name), Rect(x: 10, y: 10, width: 60, height: 40))])
        #expect(rows.count == 1)
        #expect(rows.first?[3] == "250" && rows.first?[4] == "167", "\(rows)")
    }

    @Test func anImageNearItsNeedKeepsItsOwnBytes() throws {
        // 3000 pixels over 400 pt is 540 ppi: under twice the need, so the JPEG goes in as it is.
        let rows = try embedded([(try fixture("pictures/big.jpg"), Rect(x: 0, y: 0, width: 400, height: 266.7))])
        #expect(rows.first?[3] == "3000" && rows.first?[8] == "jpeg", "\(rows)")
    }

    @Test func theReductionRule() {
        #expect(PlacedPixels.reduced(pixelWidth: 600, pixelHeight: 600, quarterTurned: false,
                                     placedWidth: 72, placedHeight: 72) == nil)
        #expect(PlacedPixels.reduced(pixelWidth: 20000, pixelHeight: 20000, quarterTurned: false,
                                     placedWidth: 45.35, placedHeight: 45.35)
                == PlacedPixels(width: 189, height: 189))
    }
}
