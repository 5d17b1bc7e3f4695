import FolioCore

/// A glyph placed on a line: x from the line's left edge, y downwards from its baseline.
public struct PositionedGlyph: Hashable, Sendable {
    public var id: UInt32
    public var x: Double
    public var y: Double
    /// UTF-8 byte offset in the run's text of the glyph's cluster.
    public var cluster: Int
}

/// Glyphs of one font, size and colour with the text they came from. The
/// renderer draws it with `cairo_show_text_glyphs` so that the PDF keeps the
/// text (ligatures and fallback glyphs extract as what was typed).
public struct GlyphRun: Sendable {
    public var font: Font
    public var size: Double
    public var color: RGBColor
    public var link: String?
    public var text: String
    public var glyphs: [PositionedGlyph]

    /// Cairo's cluster mapping, as (UTF-8 bytes, glyph count) pairs in logical order.
    /// HarfBuzz gives each glyph its cluster's byte offset; consecutive glyphs with
    /// the same offset form one cluster, which spans the bytes up to the next one.
    public var clusters: [(bytes: Int, glyphs: Int)] {
        var result: [(bytes: Int, glyphs: Int)] = []
        let textLength = text.utf8.count
        var index = 0
        while index < glyphs.count {
            let start = glyphs[index].cluster
            var end = index
            while end < glyphs.count, glyphs[end].cluster == start { end += 1 }
            let next = end < glyphs.count ? glyphs[end].cluster : textLength
            result.append((bytes: max(next - start, 0), glyphs: end - index))
            index = end
        }
        return result
    }
}
