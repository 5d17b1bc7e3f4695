import FolioCore
import FolioImages
import FolioLayout
import FolioRender
import FolioTestSupport
import FolioText
import Foundation
import Testing

@Suite struct ImageTests {
    func fixture(_ name: String) throws -> ImageFile {
        let url = try #require(Bundle.module.url(forResource: name, withExtension: nil, subdirectory: "Fixtures"))
        return try ImageFile.load(url, path: "Fixtures/\(name)")
    }

    @Test func readsKindSizeAndOrientation() throws {
        let png = try fixture("alpha.png")
        #expect(png.kind == .png && png.pixelWidth == 64 && png.pixelHeight == 48)
        let jpeg = try fixture("gradient.jpg")
        #expect(jpeg.kind == .jpeg && jpeg.pixelWidth == 8 && jpeg.pixelHeight == 6 && jpeg.orientation == 1)
        // EXIF orientation 6: stored 60 × 40, seen 40 × 60.
        let rotated = try fixture("rotated.jpg")
        #expect(rotated.orientation == 6)
        #expect(rotated.displaySize == (40, 60))
        let svg = try fixture("logo.svg")
        #expect(svg.kind == .svg && svg.pixelWidth == 120 && svg.pixelHeight == 60)
    }

    @Test func notAnImageIsAnError() {
        #expect(throws: ImageError.self) { _ = try ImageFile(path: "x.txt", data: Data("hello".utf8)) }
        #expect(throws: ImageError.self) { _ = try ImageFile(path: "x.svg", data: Data("<svg><oops".utf8)) }
    }

    @Test func imagesAreStoredOnceJPEGPassesThroughAndSVGStaysVector() throws {
        let png = try fixture("alpha.png"), jpeg = try fixture("gradient.jpg"), svg = try fixture("logo.svg")
        let rotated = try fixture("rotated.jpg")
        func place(_ image: ImageFile, x: Double, y: Double) -> DisplayItem {
            .image(image, rect: Rect(x: x, y: y, width: 80, height: 60), clip: nil)
        }
        // The PNG twice on one page: cairo's duplicate-key trap must not bite.
        let page = Page(size: Size(width: 400, height: 200), items: [
            place(png, x: 10, y: 10), place(png, x: 100, y: 10), place(jpeg, x: 190, y: 10),
            place(svg, x: 280, y: 10),
            .image(rotated, rect: Rect(x: 10, y: 90, width: 40, height: 60),
                   clip: ImageClip(Rect(x: 10, y: 90, width: 40, height: 30), oval: true)),
        ])
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("images.pdf")
        try PDFRenderer(date: Date(timeIntervalSince1970: 0)).write(
            DisplayList(info: DocumentInfo(title: "images", author: "tests"), pages: [page, page]), to: url)
        let check = try run("qpdf", ["--check", url.path])
        #expect(check.status == 0, "\(check.stdout)")

        let list = try run("pdfimages", ["-list", url.path]).stdout.split(separator: "\n").dropFirst(2)
            .map { $0.split(separator: " ", omittingEmptySubsequences: true).map(String.init) }
        // page, num, type, width, height, color, comp, bpc, enc, interp, object, …
        let rows = list.filter { $0.count > 10 && $0[2] == "image" }
        #expect(rows.count == 8, "\(rows)") // 4 raster placements per page; the SVG is not an image
        let pngObjects = Set(rows.filter { $0[3] == "64" }.map { $0[10] })
        #expect(pngObjects.count == 1, "the PNG is stored once for all its placements")
        #expect(rows.filter { $0[3] == "8" }.allSatisfy { $0[8] == "jpeg" }, "the JPEG keeps its own encoding")
        #expect(rows.contains { $0[3] == "64" && $0[2] == "image" })
    }
}

@Suite struct FigureLayoutTests {
    let typesetter = TestSupport.typesetter()

    func figure(_ fit: FigureBlock.Fit, height: Double?) throws -> (BlockFragment, [Diagnostic], FigureBlock) {
        let url = try #require(Bundle.module.url(forResource: "rotated.jpg", withExtension: nil, subdirectory: "Fixtures"))
        let image = try ImageFile.load(url, path: "rotated.jpg")
        var reports: [Diagnostic] = []
        let context = LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 500),
                                    frame: Rect(x: 0, y: 0, width: 200, height: 400)) { reports.append($0) }
        let block = FigureBlock(origin: BlockOrigin(kind: "figure", location: SourceLocation(file: "L.yaml", line: 3)),
                                image: image, width: .share(0.5), height: height, fit: fit, caption: nil,
                                alternativeText: "A test gradient", spaceAfter: 0)
        return (try block.layout(width: 200, context: context), reports, block)
    }

    /// The image's place and crop.
    func placement(_ fragment: BlockFragment) throws -> (Rect, Rect?) {
        let placements: [(Rect, Rect?)] = fragment.items.flattened.compactMap {
            if case let .image(_, rect, clip) = $0 { (rect, clip?.rect) } else { nil }
        }
        return try #require(placements.first)
    }

    @Test func fitKeepsTheUprightAspect() throws {
        let (fragment, reports, block) = try figure(.fit, height: nil)
        let (rect, clip) = try placement(fragment)
        // Seen upright the image is 40 × 60: at half of 200 pt it is 100 × 150.
        #expect(rect == Rect(x: 0, y: 0, width: 100, height: 150))
        #expect(clip == nil && fragment.height == 150)
        // The figure's element carries the alternative text for the PDF's /Alt.
        let context = LayoutContext(typesetter: typesetter, pageSize: Size(width: 500, height: 500),
                                    frame: Rect(x: 0, y: 0, width: 200, height: 400)) { _ in }
        let element = try #require(try block.pieces(width: 200, context: context).first?.element)
        #expect(element.role == .figure && element.alternativeText == "A test gradient")
        #expect(reports.isEmpty, "the resolution is the finished page's to judge")
    }

    /// 40 pixels across 100 pt is 29 ppi wherever the image lands (a figure, a
    /// staff card): the page's audit warns, naming the file that cites it.
    @Test func aSoftImageIsReportedWhereItIsCited() throws {
        var (fragment, _, block) = try figure(.fit, height: nil)
        var image = block.image
        image.citedAt = SourceLocation(file: "Data/staff/someone.yaml", line: 4)
        image.citedField = "photo"
        fragment.items = [.image(image, rect: Rect(x: 0, y: 0, width: 100, height: 150), clip: nil)]
        let page = Page(size: Size(width: 300, height: 300), items: [.group(fragment.items, offset: Point(x: 20, y: 20))])
        let problems = PageAudit(minimumImageResolution: 150).problems(on: page, number: 1, file: "L.yaml")
        #expect(problems.count == 1)
        #expect(problems.first?.severity == .warning)
        #expect(problems.first?.message.contains("29 pixels per inch where it is placed") == true)
        #expect(problems.first?.location == SourceLocation(file: "Data/staff/someone.yaml", line: 4))
        #expect(PageAudit(minimumImageResolution: 20).problems(on: page, number: 1, file: "L.yaml").isEmpty)
    }

    @Test func fillCropsAroundTheFocalPoint() throws {
        let (fragment, _, _) = try figure(.fill(focusX: 0.5, focusY: 0), height: 50)
        let (rect, clip) = try placement(fragment)
        #expect(clip == Rect(x: 0, y: 0, width: 100, height: 50))
        // Covering 100 × 50 keeps the width: 100 × 150, the top (focus y = 0) showing.
        #expect(rect == Rect(x: 0, y: 0, width: 100, height: 150))
    }

    @Test func stretchFillsTheBox() throws {
        let (fragment, _, _) = try figure(.stretch, height: 40)
        let (rect, clip) = try placement(fragment)
        #expect(rect == Rect(x: 0, y: 0, width: 100, height: 40) && clip == nil)
    }
}
