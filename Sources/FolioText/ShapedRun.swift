/// One glyph as HarfBuzz placed it, in points relative to its run's origin.
public struct ShapedGlyph: Hashable, Sendable {
    public var id: UInt32
    /// UTF-8 byte offset in the run's text of the cluster this glyph belongs to.
    public var cluster: Int
    /// Pen position plus HarfBuzz's x offset.
    public var x: Double
    /// HarfBuzz's y offset, positive upwards.
    public var y: Double
    public var advance: Double
}

/// Text shaped in one font at one size: glyphs, clusters and total advance.
public struct ShapedRun: Sendable {
    public let font: Font
    public let size: Double
    public let text: String
    public let glyphs: [ShapedGlyph]
    /// Sum of the advances, in points.
    public let width: Double
}
