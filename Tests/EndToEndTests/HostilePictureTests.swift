import FolioTestSupport
import Foundation
import Testing

/// Issue 16, points 6 and 7 with the `folio` binary: a staff photo in CMYK
/// keeps its colour, a soft photo is warned about where it is placed (naming
/// the staff file), and text a style pushes off the page is an error.
@Suite(.serialized) struct HostilePictureTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    static let staff = "Data/staff/hongjing-jiang.yaml"

    @Test func aCMYKStaffPhotoIsDrawnInItsColour() throws {
        let directory = try TestSupport.workspace(staffPhoto: "cmyk/cmyk-adobe.jpg")
        let result = try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        // The card's round photo: the image's middle, read back from the PDF at 72 dpi.
        let pdf = directory.appendingPathComponent("out/handout.pdf").path
        let list = try run("pdfimages", ["-list", pdf]).stdout
        #expect(list.contains(" rgb "), "embedded as RGB, not DeviceCMYK: \(list)")
        let prefix = directory.appendingPathComponent("page").path
        #expect(try run("pdftoppm", ["-r", "72", "-f", "1", "-l", "1", "-singlefile", pdf, prefix]).status == 0)
        let ppm = [UInt8](try Data(contentsOf: URL(fileURLWithPath: prefix + ".ppm")))
        // The photo is the only saturated red on the page: at least a disc of it must be there.
        let pixels = ppm.suffix(595 * 842 * 3)
        var red = 0
        var index = pixels.startIndex
        while index + 2 < pixels.endIndex {
            if pixels[index] > 180, pixels[index + 1] < 60, pixels[index + 2] < 60 { red += 1 }
            index += 3
        }
        #expect(red > 1_000, "red pixels of the photo: \(red)")
    }

    @Test func aSoftStaffPhotoIsWarnedAboutNamingTheStaffFile() throws {
        // The 32 × 24 pixel fixture in a 16 mm avatar: about 50 pixels per inch.
        let directory = try TestSupport.workspace(staffPhoto: "cmyk/cmyk-plain.jpg")
        let result = try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("\(Self.staff):"), "\(result.stderr)")
        #expect(result.stderr.contains("pixels per inch where it is placed"), "\(result.stderr)")
    }

    /// The issue's `left-indent: 600pt` built with exit 0 while the text lay beside the page.
    @Test(arguments: ["left-indent: 600pt", "size: 900pt"])
    func textPushedOffThePageIsAnError(style: String) throws {
        let directory = try TestSupport.workspace()
        try TestSupport.edit(directory.appendingPathComponent("Layouts/handout.yaml"), "    size: 9.8pt\n",
                             "    \(style)\n")
        let out = directory.appendingPathComponent("out/handout.pdf")
        let result = try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("characters of text would not be on page 1"), "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: out.path))
    }
}
