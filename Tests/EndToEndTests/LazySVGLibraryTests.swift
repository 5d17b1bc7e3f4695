import FolioTestSupport
import Foundation
import Testing

/// librsvg (and the GLib, GIO and Pango it brings) is opened only when a
/// document draws an SVG: the dynamic loader's own trace (`LD_DEBUG=files`)
/// shows whether the `folio` process loaded it.
@Suite(.serialized) struct LazySVGLibraryTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    func loadedLibraries(building layout: String, in directory: URL) throws -> String {
        let result = try run(folio, ["build", layout], in: directory, environment: ["LD_DEBUG": "files"])
        #expect(result.status == 0, "\(result.stderr.suffix(2_000))")
        return result.stderr
    }

    @Test func aDocumentWithoutSVGNeverLoadsLibrsvg() throws {
        let trace = try loadedLibraries(building: "Layouts/handout.yaml", in: try TestSupport.workspace())
        #expect(trace.contains("libcairo.so.2"), "the trace lists the libraries loaded")
        #expect(!trace.contains("librsvg-2.so"))
        #expect(!trace.contains("libgio-2.0.so"))
    }

    @Test func anSVGPhotoLoadsLibrsvgAndIsDrawn() throws {
        let directory = try TestSupport.workspace(staffPhoto: "logo.svg")
        let trace = try loadedLibraries(building: "Layouts/handout.yaml", in: directory)
        #expect(trace.contains("librsvg-2.so.2"))
        // Drawn as vectors: the page holds no raster image for the photo.
        let pdf = directory.appendingPathComponent("out/handout.pdf").path
        #expect(try run("qpdf", ["--check", pdf]).status == 0)
        let images = try run("pdfimages", ["-list", pdf]).stdout
        #expect(images.split(separator: "\n").count == 2, "header lines only: \(images)")
    }
}
