/// Horizontal alignment of a paragraph's lines.
public enum TextAlignment: String, Sendable, CaseIterable {
    case left, right, center, justify
}

/// Paragraph-level settings the line breaker needs.
public struct ParagraphStyle: Sendable {
    public var alignment: TextAlignment
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    public var firstLineIndent: Double

    public init(alignment: TextAlignment = .left, leading: Double, firstLineIndent: Double = 0) {
        self.alignment = alignment
        self.leading = leading
        self.firstLineIndent = firstLineIndent
    }
}

/// One set line: its glyph runs and vertical metrics, in points.
public struct TypesetLine: Sendable {
    /// Runs positioned relative to the line's left edge and baseline.
    public var runs: [GlyphRun]
    /// Distance from the top of the line box to the baseline.
    public var baseline: Double
    /// Height of the line box (the leading).
    public var height: Double
    /// Width of the set material (after justification).
    public var width: Double
    /// Glue adjustment ratio: 0 natural, >0 stretched, <0 shrunk (Knuth–Plass's r).
    public var adjustmentRatio: Double
}

/// A paragraph broken into lines.
public struct TypesetParagraph: Sendable {
    public var lines: [TypesetLine]

    public var height: Double { lines.reduce(0) { $0 + $1.height } }
}
