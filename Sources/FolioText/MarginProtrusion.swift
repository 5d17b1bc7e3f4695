/// Margin protrusion (optical margin alignment): punctuation at a line's start
/// or end hangs partly into the margin, so that the edge looks straight to the
/// eye rather than dented by light marks.
///
/// The amounts are microtype's `default` protrusion set (microtype.cfg, from
/// microtype.dtx v3.2d, 2026/03/01, `\SetProtrusion [name=default]` and
/// `[name=T1-default]`), in thousandths of the character's own width, left
/// and right. Letters and figures (50–100 there) are left out on purpose:
/// only marks hang into the margin, so any other glyph beyond the column edge
/// is an overfull line.
public enum MarginProtrusion {
    /// (left, right) in thousandths of the glyph's advance.
    static let table: [Unicode.Scalar: (left: Int, right: Int)] = [
        ".": (0, 700), ",": (0, 500), ":": (0, 500), ";": (0, 300), "?": (0, 100),
        "-": (500, 500), // microtype: `- = {500,500}`
        "\u{2010}": (500, 500), // hyphen, as "-"
        "\u{00AD}": (500, 500), // soft hyphen, drawn as "-"
        "\u{2013}": (200, 200), // \textendash
        "\u{2014}": (150, 150), // \textemdash
        "\u{2018}": (300, 400), "\u{2019}": (300, 400), // \textquoteleft, \textquoteright
        "\u{201C}": (300, 300), "\u{201D}": (300, 300), // \textquotedblleft, \textquotedblright
        "\u{201A}": (400, 400), "\u{201E}": (400, 400), // \quotesinglbase, \quotedblbase
        "\u{2039}": (400, 300), "\u{203A}": (300, 400), // \guilsinglleft, \guilsinglright
        "\u{00AB}": (200, 200), "\u{00BB}": (200, 200), // \guillemotleft, \guillemotright
        "(": (100, 0), ")": (0, 200), "/": (100, 200), "*": (200, 200), "~": (200, 250),
    ]

    /// How far a run starting with `text`'s first character may hang into the
    /// left margin, in points; `advance` is that character's glyph advance.
    static func left(_ text: String, advance: Double) -> Double {
        guard let first = text.unicodeScalars.first, let amounts = table[first] else { return 0 }
        return Double(amounts.left) / 1000 * advance
    }

    /// How far a run ending with `text`'s last character may hang into the right margin.
    static func right(_ text: String, advance: Double) -> Double {
        guard let last = text.unicodeScalars.last, let amounts = table[last] else { return 0 }
        return Double(amounts.right) / 1000 * advance
    }

    /// The left protrusion of a shaped run, from its first glyph (none when the
    /// first character is part of a ligature or a longer cluster).
    static func left(of run: ShapedRun) -> Double {
        guard let glyph = run.glyphs.first, run.glyphs.count == 1 || run.glyphs[1].cluster != glyph.cluster
        else { return 0 }
        return left(run.text, advance: glyph.advance)
    }

    /// The right protrusion of a shaped run, from its last glyph.
    static func right(of run: ShapedRun) -> Double {
        guard let glyph = run.glyphs.last, let last = run.text.unicodeScalars.last,
              glyph.cluster == run.text.utf8.count - String(last).utf8.count else { return 0 }
        return right(run.text, advance: glyph.advance)
    }
}

/// Which edges of a paragraph's lines take margin protrusion: the straight ones.
public struct ProtrudingEdges: Hashable, Sendable {
    public var left: Bool
    public var right: Bool

    public init(left: Bool, right: Bool) {
        self.left = left
        self.right = right
    }

    public static let none = ProtrudingEdges(left: false, right: false)

    /// The straight edges of lines in `alignment`: both when justified, the
    /// left of flush-left lines, the right of flush-right ones.
    public init(alignment: TextAlignment) {
        self.init(left: alignment == .justify || alignment == .left,
                  right: alignment == .justify || alignment == .right)
    }
}
