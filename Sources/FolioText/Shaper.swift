import CHarfBuzz

/// Shapes text with HarfBuzz: OpenType kerning, ligatures and mark placement.
public enum Shaper {
    /// Shapes `text` (one font, one direction) at `size` points. `letterSpacing`
    /// (tracking, in points) is added after every cluster; tracked text gets no
    /// ligatures, whose letters could not be spaced.
    public static func shape(_ text: String, font: Font, size: Double, features: [FontFeature],
                             letterSpacing: Double = 0) -> ShapedRun {
        guard let buffer = hb_buffer_create() else {
            return ShapedRun(font: font, size: size, text: text, glyphs: [], width: 0)
        }
        defer { hb_buffer_destroy(buffer) }
        // Clusters are UTF-8 byte offsets: exactly what cairo_show_text_glyphs needs.
        // A base letter and its combining marks are one cluster (grapheme level):
        // cairo then writes them as one /ActualText span on the base's baseline.
        // With a cluster per mark, each raised mark was its own character above
        // the line, and PDF readers (pdftotext) broke the word there: "Z̀̀̀ algo".
        hb_buffer_set_cluster_level(buffer, HB_BUFFER_CLUSTER_LEVEL_MONOTONE_GRAPHEMES)
        let utf8 = Array(text.utf8)
        utf8.withUnsafeBufferPointer { bytes in
            bytes.baseAddress?.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                hb_buffer_add_utf8(buffer, $0, Int32(bytes.count), 0, Int32(bytes.count))
            }
        }
        hb_buffer_guess_segment_properties(buffer)
        let active = letterSpacing == 0 ? features : features.filter { $0.tag != "liga" } + [FontFeature("liga", 0)]
        let hbFeatures = active.map(\.harfBuzzFeature)
        hb_shape(font.hbFont, buffer, hbFeatures, UInt32(hbFeatures.count))

        var count: UInt32 = 0
        guard let infos = hb_buffer_get_glyph_infos(buffer, &count),
              let positions = hb_buffer_get_glyph_positions(buffer, &count) else {
            return ShapedRun(font: font, size: size, text: text, glyphs: [], width: 0)
        }
        let scale = size / font.unitsPerEm
        var pen = 0.0
        var glyphs: [ShapedGlyph] = []
        glyphs.reserveCapacity(Int(count))
        for index in 0..<Int(count) {
            let position = positions[index]
            let endsCluster = index + 1 == Int(count) || infos[index + 1].cluster != infos[index].cluster
            let advance = Double(position.x_advance) * scale + (endsCluster ? letterSpacing : 0)
            glyphs.append(ShapedGlyph(
                id: infos[index].codepoint,
                cluster: Int(infos[index].cluster),
                x: pen + Double(position.x_offset) * scale,
                y: Double(position.y_offset) * scale,
                advance: advance
            ))
            pen += advance
        }
        return ShapedRun(font: font, size: size, text: text, glyphs: glyphs, width: pen)
    }
}
