/// One glyph as HarfBuzz placed it, in points relative to its run's origin.
public struct ShapedGlyph: Hashable, Sendable {
    public var id: UInt32
    /// `cluster`, stored beside `id` in 32 bits (32 bytes a glyph, not 40).
    private var clusterOffset: Int32
    /// Pen position plus HarfBuzz's x offset.
    public var x: Double
    /// HarfBuzz's y offset, positive upwards.
    public var y: Double
    public var advance: Double

    /// UTF-8 byte offset in the run's text of the cluster this glyph belongs to.
    public var cluster: Int {
        get { Int(clusterOffset) }
        set { clusterOffset = Int32(truncatingIfNeeded: newValue) }
    }

    public init(id: UInt32, cluster: Int, x: Double, y: Double, advance: Double) {
        self.id = id
        clusterOffset = Int32(truncatingIfNeeded: cluster)
        self.x = x
        self.y = y
        self.advance = advance
    }
}

/// Text shaped in one font at one size: glyphs, clusters and total advance.
/// A class: one shaped word is shared by every paragraph item that shows it,
/// and copying an item then costs one reference count, not one per array.
public final class ShapedRun: Sendable {
    public let font: Font
    public let size: Double
    public let text: String
    public let glyphs: [ShapedGlyph]
    /// Sum of the advances, in points.
    public let width: Double

    init(font: Font, size: Double, text: String, glyphs: [ShapedGlyph], width: Double) {
        self.font = font
        self.size = size
        self.text = text
        self.glyphs = glyphs
        self.width = width
    }
}

extension ShapedRun {
    /// The run cut before the character that starts at `utf8Offset` in its text,
    /// keeping HarfBuzz's positions (kerning across the cut is dropped, as at a
    /// TeX discretionary). Nil when the cut would split a cluster, e.g. a ligature.
    func split(atUTF8Offset offset: Int) -> (ShapedRun, ShapedRun)? {
        guard offset > 0, offset < text.utf8.count,
              glyphs.contains(where: { $0.cluster == offset }),
              let cut = glyphs.firstIndex(where: { $0.cluster >= offset }),
              glyphs[cut...].allSatisfy({ $0.cluster >= offset }),
              glyphs[..<cut].allSatisfy({ $0.cluster < offset }) else { return nil }
        let utf8 = Array(text.utf8)
        let head = String(decoding: utf8[..<offset], as: UTF8.self)
        let tail = String(decoding: utf8[offset...], as: UTF8.self)
        let headWidth = glyphs[..<cut].reduce(0) { $0 + $1.advance }
        let tailGlyphs = glyphs[cut...].map {
            ShapedGlyph(id: $0.id, cluster: $0.cluster - offset, x: $0.x - headWidth, y: $0.y, advance: $0.advance)
        }
        return (ShapedRun(font: font, size: size, text: head, glyphs: Array(glyphs[..<cut]), width: headWidth),
                ShapedRun(font: font, size: size, text: tail, glyphs: tailGlyphs, width: width - headWidth))
    }
}
