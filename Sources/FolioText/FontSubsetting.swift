import CHarfBuzz

extension Font {
    /// The font cut down with HarfBuzz's subsetter to `glyphs`, as the bytes of
    /// a font file, or nil when it cannot be made (the caller then embeds the
    /// whole font).
    ///
    /// Cairo 1.16 subsets a CFF font by loading its whole CFF table: for Noto
    /// CJK that is about 16 MB copied per face per document, and every global
    /// subroutine is kept (93 KB for a handful of ideographs). hb-subset keeps
    /// the glyph ids (`RETAIN_GIDS`, so positions from shaping stay valid) and
    /// the subroutines those glyphs call; cairo then subsets a font of a few
    /// kilobytes.
    public func subset(keeping glyphs: Set<UInt32>) -> [UInt8]? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let glyphSet = hb_subset_input_glyph_set(input)
        for glyph in glyphs.sorted() { hb_set_add(glyphSet, glyph) }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_RETAIN_GIDS.rawValue)
        // Shaping is done; the renderer needs outlines and metrics only.
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"] {
            hb_set_add(dropped, FontFeature.makeTag(tag))
        }
        guard let subsetFace = hb_subset_or_fail(hb_font_get_face(hbFont), input) else { return nil }
        defer { hb_face_destroy(subsetFace) }
        guard let blob = hb_face_reference_blob(subsetFace) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        return data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
    }
}
