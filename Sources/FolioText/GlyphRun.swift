import FolioCore

/// A glyph placed on a line: x from the line's left edge, y downwards from its baseline.
public struct PositionedGlyph: Hashable, Sendable {
    public var id: UInt32
    /// `cluster`, stored beside `id` in 32 bits: a glyph takes 24 bytes, not 32
    /// (an Int after the UInt32 padded it), and a page holds thousands of them.
    private var clusterOffset: Int32
    public var x: Double
    public var y: Double

    /// UTF-8 byte offset in the run's text of the glyph's cluster (a paragraph
    /// is at most 200,000 characters, far below 2³¹ bytes).
    public var cluster: Int {
        get { Int(clusterOffset) }
        set { clusterOffset = Int32(truncatingIfNeeded: newValue) }
    }

    public init(id: UInt32, x: Double, y: Double, cluster: Int) {
        self.id = id
        clusterOffset = Int32(truncatingIfNeeded: cluster)
        self.x = x
        self.y = y
    }
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
    /// Horizontal scale of the glyphs' shapes (font expansion): 1 is the font as
    /// designed, 1.02 two per cent wider. Glyph positions are already in points,
    /// so only the renderer's font matrix needs it.
    public var horizontalScale: Double

    public init(font: Font, size: Double, color: RGBColor, link: String?, text: String, glyphs: [PositionedGlyph],
                horizontalScale: Double = 1) {
        self.font = font
        self.size = size
        self.color = color
        self.link = link
        self.text = text
        self.glyphs = glyphs
        self.horizontalScale = horizontalScale
    }

    /// A shaped run placed with its origin at the pen position 0.
    public init(_ shaped: ShapedRun, color: RGBColor, link: String? = nil) {
        self.init(font: shaped.font, size: shaped.size, color: color, link: link, text: shaped.text,
                  glyphs: shaped.glyphs.map { PositionedGlyph(id: $0.id, x: $0.x, y: -$0.y, cluster: $0.cluster) })
    }

    /// Cairo's cluster mapping, as (UTF-8 bytes, glyph count) pairs in logical order.
    /// HarfBuzz gives each glyph its cluster's byte offset; consecutive glyphs with
    /// the same offset form one cluster, which spans the bytes up to the next one.
    ///
    /// A letter's combining marks (glyphs without advance after it in its
    /// cluster) become a cluster of their own with no text: the letter's glyph
    /// carries the whole text (letter and marks), on the baseline. Cairo writes
    /// a cluster of several glyphs as one /ActualText span from the first
    /// glyph's origin to the last one's end; ending on a mark high above the
    /// letter (a stack of eight) made PDF readers (pdftotext) end the word
    /// there: "Z̀́̂̃̄̆̇̈ algo".
    public var clusters: [(bytes: Int, glyphs: Int)] {
        var result: [(bytes: Int, glyphs: Int)] = []
        let textLength = text.utf8.count
        var index = 0
        while index < glyphs.count {
            let start = glyphs[index].cluster
            var end = index
            while end < glyphs.count, glyphs[end].cluster == start { end += 1 }
            let next = end < glyphs.count ? glyphs[end].cluster : textLength
            var marks = 0
            while marks < end - index - 1, font.advance(of: glyphs[end - 1 - marks].id) == 0 { marks += 1 }
            result.append((bytes: max(next - start, 0), glyphs: end - index - marks))
            if marks > 0 { result.append((bytes: 0, glyphs: marks)) }
            index = end
        }
        return result
    }
}
