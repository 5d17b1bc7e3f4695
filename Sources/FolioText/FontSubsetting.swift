import CHarfBuzz

/// A font cut down to some of its glyphs: the bytes of a font file, and the
/// number each kept glyph has in it.
public struct FontSubset: Sendable {
    /// The subset, a complete font file.
    public let fontFile: [UInt8]
    /// Each kept glyph's id in the subset, by its id in the whole font.
    public let glyphIDs: [UInt32: UInt32]
}

extension Font {
    /// The font cut down with HarfBuzz's subsetter to `glyphs`, or nil when it
    /// cannot be made (the caller then embeds the whole font).
    ///
    /// Cairo 1.16 subsets a CFF font by loading its whole CFF table: for Noto
    /// CJK that is about 16 MB copied per face per document, and every global
    /// subroutine is kept (93 KB for a handful of ideographs). hb-subset keeps
    /// the subroutines the glyphs call; cairo then subsets a font of a few
    /// kilobytes.
    ///
    /// Glyphs are renumbered (the caller draws with `glyphIDs`): hb-subset sizes
    /// its output buffers by the share of glyphs kept, and with the ids retained
    /// (`RETAIN_GIDS`) an ideograph near the end of a 65,000-glyph font made that
    /// share nearly one, about 10 MB of memory per face per document.
    ///
    /// CFF charstrings are desubroutinized (the subroutines they call written
    /// inline): hb-subset then need not work out and renumber the subroutines
    /// the glyphs use, which took the Chinese brochure's heap peak from 9.6 to
    /// 5.4 MB (massif), and the PDF is smaller, since cairo keeps every global
    /// subroutine of the font it is given (the Chinese brochure 205 → 193 KB).
    ///
    /// `characters` are those of the runs the glyphs were shaped from. When
    /// every glyph is the font's own glyph for one of them (no substitution
    /// such as a vertical or half-width form), the subset is asked for the
    /// characters rather than the glyphs: hb-subset then looks each up in the
    /// cmap, where given glyphs it maps the font's whole cmap (about 44,000
    /// characters in Noto CJK: 30 M instructions and a few MB per face).
    public func subset(keeping glyphs: Set<UInt32>, drawnFrom characters: Set<UInt32> = []) -> FontSubset? {
        guard let input = hb_subset_input_create_or_fail() else { return nil }
        defer { hb_subset_input_destroy(input) }
        let nominal = Set(characters.compactMap { character -> UInt32? in
            var glyph: hb_codepoint_t = 0
            return hb_font_get_nominal_glyph(hbFont, character, &glyph) != 0 ? glyph : nil
        })
        if !characters.isEmpty, glyphs.isSubset(of: nominal.union([0])) {
            let unicodeSet = hb_subset_input_unicode_set(input)
            for character in characters.sorted() { hb_set_add(unicodeSet, character) }
        } else {
            let glyphSet = hb_subset_input_glyph_set(input)
            for glyph in glyphs.sorted() { hb_set_add(glyphSet, glyph) }
        }
        // Shaping is done; the renderer needs outlines and metrics only.
        let dropped = hb_subset_input_set(input, HB_SUBSET_SETS_DROP_TABLE_TAG)
        for tag in ["GSUB", "GPOS", "GDEF", "BASE", "JSTF", "MATH", "vhea", "vmtx", "VORG", "DSIG"] {
            hb_set_add(dropped, FontFeature.makeTag(tag))
        }
        hb_subset_input_set_flags(input, HB_SUBSET_FLAGS_DESUBROUTINIZE.rawValue)
        // From a mapping of its own, let go of when the subset is made: hb-subset reads
        // the charstrings of the kept glyphs, scattered through a CFF table of 15 MB or
        // more, and the kernel maps 64 KiB of the file around each read (fault-around).
        // Through the shaping face those pages stayed mapped to the end of the document
        // (about 13 MB for the annual report's three CJK faces); through this one they go now.
        guard let file = hb_blob_create_from_file_or_fail(path) else { return nil }
        let face = hb_face_create(file, UInt32(faceIndex))
        hb_blob_destroy(file)
        defer { hb_face_destroy(face) }
        guard let plan = hb_subset_plan_create_or_fail(face, input) else { return nil }
        defer { hb_subset_plan_destroy(plan) }
        guard let subsetFace = hb_subset_plan_execute_or_fail(plan) else { return nil }
        defer { hb_face_destroy(subsetFace) }
        let oldToNew = hb_subset_plan_old_to_new_glyph_mapping(plan)
        var glyphIDs: [UInt32: UInt32] = [:]
        for glyph in glyphs {
            let new = hb_map_get(oldToNew, glyph)
            if new != UInt32.max { glyphIDs[glyph] = new }  // HB_MAP_VALUE_INVALID: not kept
        }
        guard let blob = hb_face_reference_blob(subsetFace) else { return nil }
        defer { hb_blob_destroy(blob) }
        var length: UInt32 = 0
        guard let data = hb_blob_get_data(blob, &length), length > 0 else { return nil }
        let bytes = data.withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        return FontSubset(fontFile: bytes, glyphIDs: glyphIDs)
    }
}
