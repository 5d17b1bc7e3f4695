import FolioTestSupport
import Foundation
import Testing

/// Cairo 1.16's own CFF subsetting drew 如 blank in Noto Sans CJK SC Regular;
/// fonts cut down by hb-subset first draw it.
@Suite struct CJKGlyphTests {
    @Test func ideographThatCairoDrewBlankHasInk() throws {
        let directory = try TestSupport.temporaryDirectory()
        for folder in ["Layouts", "Data"] {
            try FileManager.default.createDirectory(at: directory.appendingPathComponent(folder),
                                                    withIntermediateDirectories: true)
        }
        try "name: {en: Test}\n".write(to: directory.appendingPathComponent("Data/department.yaml"),
                                       atomically: true, encoding: .utf8)
        // 如 alone on a 100 × 40 pt page.
        let layout = """
            document: {title: t, author: t, language: zh}
            page: {size: [100pt, 40pt], margins: {top: 10pt, bottom: 0pt, left: 10pt, right: 10pt}}
            styles:
              s: {font: Noto Sans CJK SC, size: 20pt, leading: 30pt}
            blocks:
              - text: {markdown: "如", style: s}
            """
        try layout.write(to: directory.appendingPathComponent("Layouts/t.yaml"), atomically: true, encoding: .utf8)
        let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
        let build = try run(folio, ["build", "Layouts/t.yaml", "--fonts", TestSupport.packageRoot
            .appendingPathComponent("Fonts").path, "--languages", TestSupport.packageRoot
            .appendingPathComponent("Languages").path, "--out", "t.pdf"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        let raster = try run("pdftoppm", ["-gray", "-r", "72", "-singlefile", "t.pdf", "t"], in: directory)
        #expect(raster.status == 0)
        // PGM: "P5\n100 40\n255\n" then one byte per pixel.
        let pgm = try Data(contentsOf: directory.appendingPathComponent("t.pgm"))
        let header = String(decoding: pgm.prefix(15), as: UTF8.self)
        #expect(header.hasPrefix("P5\n100 40\n255\n"))
        let pixels = pgm.dropFirst(15)
        let dark = pixels.filter { $0 < 128 }.count
        #expect(dark > 40, "the ideograph drew \(dark) dark pixels")
    }
}
