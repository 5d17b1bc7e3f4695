import CCairo
import CFreeType
import CHarfBuzz
import FolioLayout
import FolioText

/// Fonts too big to hand to cairo whole, cut down first with HarfBuzz's
/// subsetter to the glyphs one document uses.
///
/// Cairo 1.16 subsets a CFF font by loading its whole CFF table: for Noto
/// CJK that is about 16 MB copied per face per document, and every global
/// subroutine is kept (93 KB for a handful of ideographs). hb-subset keeps the
/// glyph ids (`RETAIN_GIDS`, so positions from shaping stay valid) and the
/// subroutines those glyphs call; cairo then subsets a font of a few kilobytes.
final class FontSubset {
    /// Fonts with more glyphs than this are subset before cairo sees them.
    static let glyphThreshold: UInt32 = 10_000

    private let blob: OpaquePointer
    private let library: FT_Library
    let face: FT_Face

    /// Nil when HarfBuzz or FreeType cannot make the subset; the caller then uses the whole font.
    init?(_ font: Font, glyphs: Set<UInt32>) {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        for glyph in glyphs.sorted() { hb_set_add(glyphSet, glyph) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue)
        // Shaping is done; cairo needs outlines and metrics only.
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"] {
            hb_set_add(dropped, FontFeature.makeTag(tag))
        }
        guard let subsetFace = hb_subset_or_fail(hb_font_get_face(font.hbFont), input) else { return nil }
        defer { hb_face_destroy(subsetFace) }
        guard let blob = hb_face_reference_blob(subsetFace) else { return nil }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else {
            hb_blob_destroy(blob)
            return nil
        }
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            hb_blob_destroy(blob)
            return nil
        }
        var face: FT_Face?
        let status = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            FT_New_Memory_Face(library, $0, FT_Long(length), 0, &face)
        }
        guard status == 0, let face else {
            FT_Done_FreeType(library)
            hb_blob_destroy(blob)
            return nil
        }
        self.blob = blob
        self.library = library
        self.face = face
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
        hb_blob_destroy(blob)
    }

    /// Adds the glyphs each large font draws on `page` to `glyphs`.
    static func collectGlyphsOfLargeFonts(in page: Page,
                                          into glyphs: inout [ObjectIdentifier: (font: Font, glyphs: Set<UInt32>)]) {
        for case let .text(run, _) in page.items.leaves().map(\.item)
        where hb_face_get_glyph_count(hb_font_get_face(run.font.hbFont)) > glyphThreshold {
            glyphs[ObjectIdentifier(run.font), default: (run.font, [])].glyphs.formUnion(run.glyphs.map(\.id))
        }
    }
}
