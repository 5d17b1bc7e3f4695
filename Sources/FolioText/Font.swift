import CFreeType
import CHarfBuzz
import FolioCore

/// Errors raised while opening a font file.
public struct FontError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// One face of a font file, opened once and shared read-only by every document.
///
/// It owns a HarfBuzz font (for shaping, coverage and subsetting); FreeType is
/// used only while opening, for the names and metrics HarfBuzz does not give.
/// No C handle leaves this module: the renderer gets the file, the face index
/// and subsets as Swift values and opens what it draws with itself.
public final class Font: @unchecked Sendable, Hashable, CustomStringConvertible {
    /// Where the face was loaded from.
    public let path: String
    /// Index of the face in a collection (`.ttc`), 0 for plain files.
    public let faceIndex: Int
    /// Family name as the font declares it, e.g. "Noto Serif".
    public let family: String
    /// Style name as the font declares it, e.g. "Bold Italic".
    public let styleName: String
    public let isBold: Bool
    public let isItalic: Bool
    /// Design units per em; glyph positions from HarfBuzz are in these units.
    public let unitsPerEm: Double
    /// Ascender above the baseline, in ems (positive).
    public let ascender: Double
    /// Descender below the baseline, in ems (positive).
    public let descender: Double
    /// Height of flat capitals, in ems (OS/2 sCapHeight; 0.7 when the table lacks it).
    public let capHeight: Double

    /// Number of glyphs in the face.
    public let glyphCount: Int

    let hbFont: OpaquePointer

    /// Opens face `faceIndex` of the file at `path`.
    public init(path: String, faceIndex: Int = 0) throws {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else {
            throw FontError(description: "FreeType could not start")
        }
        defer { FT_Done_FreeType(library) }
        var face: FT_Face?
        guard FT_New_Face(library, path, FT_Long(faceIndex), &face) == 0, let face else {
            throw FontError(description: "cannot open font file \(path) (face \(faceIndex))")
        }
        defer { FT_Done_Face(face) }
        guard let blob = hb_blob_create_from_file_or_fail(path) else {
            throw FontError(description: "HarfBuzz cannot read font file \(path)")
        }
        let hbFace = hb_face_create(blob, UInt32(faceIndex))
        hb_blob_destroy(blob)
        let upem = hb_face_get_upem(hbFace)
        glyphCount = Int(hb_face_get_glyph_count(hbFace))
        guard let hbFont = hb_font_create(hbFace) else {
            hb_face_destroy(hbFace)
            throw FontError(description: "HarfBuzz cannot create a font for \(path)")
        }
        hb_face_destroy(hbFace)
        // Work in design units; callers scale by size / unitsPerEm.
        hb_font_set_scale(hbFont, Int32(upem), Int32(upem))
        hb_font_make_immutable(hbFont)

        var extents = hb_font_extents_t()
        hb_font_get_h_extents(hbFont, &extents)

        self.path = path
        self.faceIndex = faceIndex
        self.hbFont = hbFont
        self.unitsPerEm = Double(max(upem, 1))
        self.family = face.pointee.family_name.map { String(cString: $0) } ?? path
        self.styleName = face.pointee.style_name.map { String(cString: $0) } ?? "Regular"
        self.isBold = face.pointee.style_flags & FT_Long(FT_STYLE_FLAG_BOLD) != 0
        self.isItalic = face.pointee.style_flags & FT_Long(FT_STYLE_FLAG_ITALIC) != 0
        self.ascender = Double(extents.ascender) / unitsPerEm
        self.descender = Double(-extents.descender) / unitsPerEm
        let os2 = FT_Get_Sfnt_Table(face, FT_SFNT_OS2)?.assumingMemoryBound(to: TT_OS2.self)
        let capUnits = os2.map { Double($0.pointee.sCapHeight) } ?? 0
        self.capHeight = capUnits > 0 ? capUnits / unitsPerEm : 0.7
    }

    deinit {
        hb_font_destroy(hbFont)
    }

    /// The glyph this face maps `scalar` to, or nil when the face lacks it.
    public func glyph(for scalar: Unicode.Scalar) -> UInt32? {
        var glyph: hb_codepoint_t = 0
        guard hb_font_get_nominal_glyph(hbFont, scalar.value, &glyph) != 0, glyph != 0 else { return nil }
        return glyph
    }

    /// True when every scalar of the grapheme cluster that needs a glyph has one.
    /// Default-ignorable scalars (joiners, variation selectors) need none.
    public func covers(_ character: Character) -> Bool {
        character.unicodeScalars.allSatisfy { scalar in
            scalar.properties.isDefaultIgnorableCodePoint || glyph(for: scalar) != nil
        }
    }

    /// Horizontal advance of `glyph` in ems.
    public func advance(of glyph: UInt32) -> Double {
        Double(hb_font_get_glyph_h_advance(hbFont, glyph)) / unitsPerEm
    }

    /// True when the font's substitution table (GSUB) offers the OpenType
    /// feature `tag`, e.g. "smcp" for true small capitals.
    public func hasFeature(_ tag: String) -> Bool {
        let face = hb_font_get_face(hbFont)
        let gsub: hb_tag_t = FontFeature.makeTag("GSUB")
        let wanted = FontFeature.makeTag(tag)
        var start: UInt32 = 0
        var tags = [hb_tag_t](repeating: 0, count: 32)
        while true {
            var count = UInt32(tags.count)
            let total = hb_ot_layout_table_get_feature_tags(face, gsub, start, &count, &tags)
            if tags.prefix(Int(count)).contains(wanted) { return true }
            start += count
            if count == 0 || start >= total { return false }
        }
    }

    public var description: String { "\(family) \(styleName)" }

    public static func == (lhs: Font, rhs: Font) -> Bool { lhs === rhs }
    public func hash(into hasher: inout Hasher) { hasher.combine(ObjectIdentifier(self)) }
}
