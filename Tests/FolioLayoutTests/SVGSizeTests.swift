import FolioImages
import Foundation
import Testing

/// An SVG's size is read from its root element, without a drawing library.
@Suite struct SVGSizeTests {
    func size(_ svg: String) throws -> (Double, Double) {
        try ImageFile(path: "x.svg", data: Data(svg.utf8)).displaySize
    }

    @Test func absoluteLengthsBecomeCSSPixels() throws {
        #expect(try size(#"<svg xmlns="http://www.w3.org/2000/svg" width="120" height="60"/>"#) == (120, 60))
        let (width, height) = try size(#"<svg width="72pt" height="25.4mm"/>"#)
        #expect(abs(width - 96) < 1e-9 && abs(height - 96) < 1e-9)
    }

    @Test func aMissingSideFollowsTheViewBox() throws {
        #expect(try size(#"<svg viewBox="0 0 200 100"/>"#) == (200, 100))
        #expect(try size(#"<svg width="50" viewBox="0,0,200,100"/>"#) == (50, 25))
        #expect(try size(#"<svg width="100%" height="30" viewBox="0 0 200 100"/>"#) == (60, 30))
    }

    @Test func brokenOrSizelessSVGsAreRefusedWithAReason() {
        #expect { try size("<svg><oops") } throws: { "\($0)".contains("not well-formed") }
        #expect { try size("<svg></svg>") } throws: { "\($0)".contains("no size") }
    }
}
