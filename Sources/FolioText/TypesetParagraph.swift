/// Horizontal alignment of a paragraph's lines.
public enum TextAlignment: String, Hashable, Sendable, CaseIterable {
    case left, right, center, justify
}

/// Which line breaker sets a paragraph.
public enum LineBreakingMethod: String, Hashable, Sendable, CaseIterable {
    /// Knuth–Plass: the best breaks for the whole paragraph.
    case totalFit = "total-fit"
    /// Greedy: each line as full as it can be; for previews and comparison.
    case firstFit = "first-fit"
}

/// Hyphenation settings of a paragraph (TeX's \lefthyphenmin and \righthyphenmin).
public struct HyphenationSettings: Hashable, Sendable {
    /// Fewest letters before a hyphen.
    public var leftMin: Int
    /// Fewest letters after a hyphen.
    public var rightMin: Int

    public init(leftMin: Int = 2, rightMin: Int = 3) {
        self.leftMin = leftMin
        self.rightMin = rightMin
    }
}

/// Paragraph-level settings the line breaker needs.
public struct ParagraphStyle: Hashable, Sendable {
    public var alignment: TextAlignment
    /// Baseline-to-baseline distance in points.
    public var leading: Double
    /// Extra indent of the first line (negative for a hanging first line).
    public var firstLineIndent: Double
    /// Indent of every line from the left edge of the column.
    public var leftIndent: Double
    /// Hyphenation, or nil for none.
    public var hyphenation: HyphenationSettings?
    public var method: LineBreakingMethod
    /// Fewest lines of a paragraph left alone at the top of a page or column.
    public var widows: Int
    /// Fewest lines of a paragraph left alone at the bottom of a page or column.
    public var orphans: Int
    /// Font expansion of justified lines (microtype's ±2 % by default).
    public var expansion: FontExpansion
    /// Letter spacing of justified lines (none by default).
    public var letterSpacing: JustificationLetterSpacing
    /// Whether punctuation hangs into the margins at the lines' straight edges.
    public var protrusion: Bool
    /// Shortest natural width of the last line of a paragraph of several lines, in points.
    public var minLastLine: Double
    /// Lines of similar length (for headings): the fewest lines, set as narrow as they go.
    public var balanced: Bool
    /// Most hyphenated lines in a row.
    public var maxConsecutiveHyphens: Int

    public init(alignment: TextAlignment = .left, leading: Double, firstLineIndent: Double = 0, leftIndent: Double = 0,
                hyphenation: HyphenationSettings? = nil, method: LineBreakingMethod = .totalFit,
                widows: Int = 2, orphans: Int = 2, expansion: FontExpansion = .microtype,
                letterSpacing: JustificationLetterSpacing = .none, protrusion: Bool = true,
                minLastLine: Double = 0, balanced: Bool = false, maxConsecutiveHyphens: Int = 2) {
        self.alignment = alignment
        self.leading = leading
        self.firstLineIndent = firstLineIndent
        self.leftIndent = leftIndent
        self.hyphenation = hyphenation
        self.method = method
        self.widows = widows
        self.orphans = orphans
        self.expansion = expansion
        self.letterSpacing = letterSpacing
        self.protrusion = protrusion
        self.minLastLine = minLastLine
        self.balanced = balanced
        self.maxConsecutiveHyphens = maxConsecutiveHyphens
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
    /// Width the line takes in its measure (after justification), indents
    /// included and marks hanging into the margins (protrusion) not.
    public var width: Double
    /// Glue adjustment ratio: 0 natural, >0 stretched, <0 shrunk (Knuth–Plass's r).
    public var adjustmentRatio: Double
    /// True when the line ends with a hyphen it added (a hyphenation break).
    public var endsWithHyphen: Bool
    /// Cost of a page or column break after this line: `ParagraphItem.Penalty.forbidden`
    /// within the paragraph's widow and orphan zones, TeX's \brokenpenalty (100)
    /// after a hyphen, 0 elsewhere and after the last line.
    public var pageBreakPenalty: Double
    /// Index of the paragraph item where the next line starts (the paragraph's
    /// item count after its last line), for setting the rest elsewhere.
    public var nextItem: Int
    /// Horizontal scale of the line's glyphs (font expansion; 1 when none).
    public var expansion: Double = 1
    /// Space added between the letters of the line's words, in ems (justification
    /// letter spacing; negative when taken away, 0 when none).
    public var letterSpacing: Double = 0
    /// How far the line's first and last marks hang into the left and right margins, in points.
    public var protrusion: (left: Double, right: Double) = (0, 0)
}

/// A paragraph's items and what setting its lines needs, made once.
public struct PreparedParagraph: Sendable {
    public let items: [ParagraphItem]
    public let style: ParagraphStyle
    let fill: LineFill
    /// Baseline offset from the top of a line box.
    let baseline: Double
    /// Glyph runs of a list marker, placed on the first line.
    let marker: [GlyphRun]?
    /// What it was prepared from, to find its settings in the typesetter's memo.
    var memoKey: ParagraphMemo.Key?
}

/// A paragraph broken into lines.
public struct TypesetParagraph: Sendable {
    public var lines: [TypesetLine]
    /// Total demerits of the chosen breaks (Knuth–Plass's measure of quality; lower is better).
    public var demerits: Double

    public var height: Double { lines.reduce(0) { $0 + $1.height } }
}
