import CHarfBuzz
import FolioTestSupport
@testable import FolioText
import Testing

/// The bundled fonts carry no TrueType hinting (Fonts/strip-hinting.py): cairo
/// would copy it into every embedded subset, and Folio never uses it.
struct BundledFontsTests {
    @Test(arguments: ["Noto Sans", "Noto Serif"], [false, true])
    func noHintingTables(family: String, bold: Bool) throws {
        let font = try #require(TestSupport.fonts.font(family: family, variant: .init(bold: bold)))
        let face = hb_font_get_face(font.hbFont)
        for tag in ["fpgm", "prep", "cvt "] {
            let table = hb_face_reference_table(face, FontFeature.makeTag(tag))
            defer { hb_blob_destroy(table) }
            #expect(hb_blob_get_length(table) == 0, "\(family) has a \(tag) table: run Fonts/strip-hinting.py")
        }
        // What is kept: outlines, metrics and the shaping tables.
        for tag in ["glyf", "hmtx", "cmap", "GSUB", "GPOS"] {
            let table = hb_face_reference_table(face, FontFeature.makeTag(tag))
            defer { hb_blob_destroy(table) }
            #expect(hb_blob_get_length(table) > 0, "\(family) lacks \(tag)")
        }
    }
}
