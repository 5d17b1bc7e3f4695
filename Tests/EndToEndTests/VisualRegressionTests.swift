import CCairo
import FolioTestSupport
import Foundation
import Testing

/// Page 1 of every sample document against a reference PNG (36 pixels per
/// inch, poppler's rendering), with a small tolerance for anti-aliasing. A
/// deliberate design change updates the references in the same commit:
/// `make references`.
@Suite(.serialized) struct VisualRegressionTests {
    static let documents = ["annual-report", "brochure", "brochure-zh", "charts", "handout"]
    /// The Chinese brochure is the brochure layout's second language.
    static let layouts = ["brochure-zh": "brochure"]
    static let resolution = "36"

    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    let root = TestSupport.packageRoot

    @Test(arguments: documents) func firstPageLooksLikeItsReference(_ name: String) throws {
        let directory = try TestSupport.temporaryDirectory()
        let layout = Self.layouts[name] ?? name
        let pdf = directory.appendingPathComponent("\(name).pdf")
        let build = try run(folio, ["build", "Layouts/\(layout).yaml", "--out",
                                    directory.appendingPathComponent("\(layout).pdf").path, "--quiet"], in: root)
        #expect(build.status == 0, "\(build.stderr)")
        let prefix = directory.appendingPathComponent(name).path
        let raster = try run("pdftoppm", ["-r", Self.resolution, "-f", "1", "-l", "1", "-png", "-singlefile",
                                          pdf.path, prefix])
        #expect(raster.status == 0, "\(raster.stderr)")
        let reference = root.appendingPathComponent("Tests/EndToEndTests/References/\(name)-1.png")
        let actual = try Pixels(png: prefix + ".png"), expected = try Pixels(png: reference.path)
        #expect(actual.width == expected.width && actual.height == expected.height)
        guard actual.width == expected.width, actual.height == expected.height else { return }
        // A pixel differs when a channel is off by more than 48 of 255; allow 0.3 % of them (edge anti-aliasing).
        let differing = actual.countDiffering(from: expected, threshold: 48)
        let share = Double(differing) / Double(actual.width * actual.height)
        #expect(share < 0.003, """
            page 1 of \(name) differs from its reference in \(differing) pixels (\(String(format: "%.2f", share * 100)) %); \
            new rendering: \(prefix).png — if the change is intended, run `make references`
            """)
    }

    @Test func aChangedPageIsCaught() throws {
        // The check can fail: the English and Chinese brochure covers share their design, not their text.
        let references = root.appendingPathComponent("Tests/EndToEndTests/References")
        let english = try Pixels(png: references.appendingPathComponent("brochure-1.png").path)
        let chinese = try Pixels(png: references.appendingPathComponent("brochure-zh-1.png").path)
        #expect(english.width == chinese.width && english.height == chinese.height)
        let share = Double(english.countDiffering(from: chinese, threshold: 48)) / Double(english.width * english.height)
        #expect(share > 0.003)
    }
}

/// A PNG's pixels as cairo decodes them (RGB24 or ARGB32, 4 bytes a pixel).
struct Pixels {
    let width: Int
    let height: Int
    private let stride: Int
    private let bytes: [UInt8]

    init(png path: String) throws {
        guard let surface = cairo_image_surface_create_from_png(path),
              cairo_surface_status(surface) == CAIRO_STATUS_SUCCESS else {
            throw PNGError(path: path)
        }
        defer { cairo_surface_destroy(surface) }
        width = Int(cairo_image_surface_get_width(surface))
        height = Int(cairo_image_surface_get_height(surface))
        stride = Int(cairo_image_surface_get_stride(surface))
        bytes = Array(UnsafeBufferPointer(start: cairo_image_surface_get_data(surface), count: stride * height))
    }

    func countDiffering(from other: Pixels, threshold: Int) -> Int {
        var count = 0
        for y in 0..<height {
            for x in 0..<width {
                let offset = y * stride + x * 4, otherOffset = y * other.stride + x * 4
                for channel in 0..<3 where abs(Int(bytes[offset + channel]) - Int(other.bytes[otherOffset + channel])) > threshold {
                    count += 1
                    break
                }
            }
        }
        return count
    }
}

struct PNGError: Error, CustomStringConvertible {
    let path: String
    var description: String { "cannot read the PNG \(path)" }
}
