/// What the line breakers need of a paragraph's items, in flat arrays of plain
/// numbers: widths, stretch and shrink of any stretch of items in constant time
/// from prefix sums (Knuth and Plass's "sum" technique), and each item's worth
/// as a break. Breakers read these instead of the items themselves, which
/// carry glyphs and fonts. A justified line's stretch and shrink include its
/// font expansion and letter spacing, and its measure the margin protrusion of its first and last
/// marks (microtype's way: both are counted before the breaks are chosen).
struct LineMeasure {
    /// An item seen as a possible break.
    struct Break {
        /// Knuth and Plass's rule: a penalty below 10,000, or glue right after a box.
        var isLegal = false
        var isForced = false
        var cost = 0.0
        /// Width added at a break here (a hyphen's).
        var width = 0.0
        var isFlagged = false
        /// A hyphenation point (as opposed to an explicit dash or a space).
        var isHyphenation = false
    }

    let fill: LineFill
    /// Font expansion of justified lines (none for ragged ones).
    let expansion: FontExpansion
    /// Letter spacing of justified lines (none for ragged ones).
    let letterSpacing: JustificationLetterSpacing
    private(set) var breaks: [Break] = []
    /// Index of the first item of a line that starts after a break at each index.
    private(set) var lineStarts: [Int] = []
    private var width: [Double] = [0]
    private var stretch: [Double] = [0]
    private var shrink: [Double] = [0]
    /// Count of infinitely stretchable glues (the paragraph's final fill).
    private var infinite: [Int] = [0]
    /// Width of boxes that may expand, and count of boxes that may not (CJK text,
    /// which justifies by its inter-character glue as CLREQ asks; a line holding
    /// one is neither expanded nor letter-spaced).
    private var expandable: [Double] = [0]
    private var rigid: [Int] = [0]
    /// Letter gaps that may be spaced, each weighted by its font size (points per em of spacing).
    private var letterGaps: [Double] = [0]
    /// How far a line starting at each item (a box) may hang into the left margin.
    private var startProtrusion: [Double]
    /// How far a line broken at each item may hang into the right margin.
    private var endProtrusion: [Double]

    init(items: [ParagraphItem], fill: LineFill, expansion: FontExpansion = .none,
         letterSpacing: JustificationLetterSpacing = .none, protrusion: ProtrudingEdges = .none) {
        self.fill = fill
        if case .justified = fill {
            self.expansion = expansion
            self.letterSpacing = letterSpacing
        } else {
            self.expansion = .none
            self.letterSpacing = .none
        }
        let flexible = self.expansion.isEnabled || self.letterSpacing.isEnabled
        startProtrusion = Array(repeating: 0, count: items.count)
        endProtrusion = Array(repeating: 0, count: items.count)
        breaks.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            var (w, y, z, i) = (0.0, 0.0, 0.0, 0)
            var (e, r, g) = (0.0, 0, 0.0)
            var info = Break()
            if self.letterSpacing.isEnabled {
                let gaps = JustificationLetterSpacing.gaps(of: items, at: index)
                g = gaps.joining + gaps.inside
            }
            switch item {
            case let .box(box):
                w = box.width
                if flexible {
                    if box.facts.isCJK { r = 1 } else if self.expansion.isEnabled { e = box.width }
                }
                if protrusion.left { startProtrusion[index] = box.facts.leftProtrusion }
            case let .glue(glue):
                w = glue.width
                if glue.stretch.isInfinite { i = 1 } else { y = glue.stretch }
                z = glue.shrink
                info.isLegal = index > 0 && { if case .box = items[index - 1] { true } else { false } }()
            case let .penalty(penalty):
                info.isLegal = penalty.cost < ParagraphItem.Penalty.forbidden.cost
                info.isForced = penalty.cost <= ParagraphItem.Penalty.forced.cost
                info.cost = penalty.cost
                info.width = penalty.width
                info.isFlagged = penalty.flagged
                info.isHyphenation = penalty.hyphen != nil
                if protrusion.right { endProtrusion[index] = penalty.hyphenProtrusion }
            }
            if protrusion.right, endProtrusion[index] == 0, index > 0, case let .box(before) = items[index - 1] {
                endProtrusion[index] = before.facts.rightProtrusion
            }
            breaks.append(info)
            width.append(width[width.count - 1] + w)
            stretch.append(stretch[stretch.count - 1] + y)
            shrink.append(shrink[shrink.count - 1] + z)
            infinite.append(infinite[infinite.count - 1] + i)
            expandable.append(expandable[expandable.count - 1] + e)
            rigid.append(rigid[rigid.count - 1] + r)
            letterGaps.append(letterGaps[letterGaps.count - 1] + g)
        }
        // After a break, glue and penalties vanish up to the next box or forced break (TeX's rule).
        lineStarts = Array(repeating: items.count, count: items.count)
        var next = items.count
        for index in items.indices.reversed() {
            lineStarts[index] = next
            switch items[index] {
            case .box: next = index
            case .penalty where breaks[index].isForced: next = index
            default: break
            }
        }
    }

    var count: Int { breaks.count }

    /// Natural width of the line `start..<end` broken at `end` (a hyphen included).
    func naturalWidth(from start: Int, to end: Int) -> Double {
        width[end] - width[start] + breaks[end].width
    }

    /// Width of the line's material that may hang into the margins.
    func protrusion(from start: Int, to end: Int) -> (left: Double, right: Double) {
        (start < startProtrusion.count ? startProtrusion[start] : 0, endProtrusion[end])
    }

    /// Width of expandable glyphs on the line, or 0 when the line may not expand.
    private func expandableWidth(from start: Int, to end: Int) -> Double {
        guard expansion.isEnabled, rigid[end] == rigid[start] else { return 0 }
        return expandable[end] - expandable[start]
    }

    /// The line's letter gaps times their font sizes, or 0 when it may not be letter-spaced.
    private func spaceableGaps(from start: Int, to end: Int) -> Double {
        guard letterSpacing.isEnabled, rigid[end] == rigid[start] else { return 0 }
        return letterGaps[end] - letterGaps[start]
    }

    /// What the line's glyphs (expansion and letter spacing) may add and take away.
    private func glyphFlexibility(from start: Int, to end: Int) -> (stretch: Double, shrink: Double) {
        let glyphs = expandableWidth(from: start, to: end), gaps = spaceableGaps(from: start, to: end)
        return (glyphs * expansion.stretch + gaps * letterSpacing.stretch,
                glyphs * expansion.shrink + gaps * letterSpacing.shrink)
    }

    /// The adjustment ratio of the line of items `start..<end` broken at `end`:
    /// how much of its stretch (positive) or shrink (negative) it uses, font
    /// expansion and letter spacing included, to fill `measure` plus its margin protrusion.
    func ratio(from start: Int, to end: Int, width measure: Double) -> Double {
        guard start <= end else { return 0 }
        let hanging = protrusion(from: start, to: end)
        let natural = naturalWidth(from: start, to: end) - hanging.left - hanging.right
        let hasInfinite = infinite[end] - infinite[start] > 0
        let flexibility = glyphFlexibility(from: start, to: end)
        var available = stretch[end] - stretch[start] + flexibility.stretch
        var shrinkable = shrink[end] - shrink[start] + flexibility.shrink
        if case let .ragged(raggedStretch) = fill {
            available = raggedStretch
            shrinkable = 0
        }
        if natural < measure {
            if hasInfinite { return 0 }
            let missing = measure - natural
            // Glyphs widen and letters spread at most by their limits; beyond
            // ratio 1 only the glue stretches further, so the ratio goes on in
            // glue terms there and badness and tolerance judge the spaces a reader sees.
            let glyphStretch = flexibility.stretch, glueStretch = available - glyphStretch
            if glyphStretch > 0, missing > available {
                return glueStretch > 0 ? 1 + (missing - available) / glueStretch : .infinity
            }
            return available > 0 ? missing / available : .infinity
        }
        if natural > measure { return shrinkable > 0 ? (measure - natural) / shrinkable : -.infinity }
        return 0
    }

    /// How a line with adjustment `ratio` is set: its glyphs' scale (a whole
    /// number of expansion steps), its letter spacing (the ratio's share of the
    /// range, not rounded) and the ratio of its glue that then fills
    /// `measure` (plus protrusion) exactly; ratio 0 sets the line at its natural width.
    func adjustment(from start: Int, to end: Int, ratio: Double, width measure: Double) -> LineAdjustment {
        let hanging = protrusion(from: start, to: end)
        var result = LineAdjustment(scale: 1, glueRatio: 0, natural: naturalWidth(from: start, to: end),
                                    expandable: expandableWidth(from: start, to: end),
                                    letterGaps: spaceableGaps(from: start, to: end), letterSpacing: 0,
                                    glueStretch: 0, glueShrink: 0, protrusion: hanging)
        guard ratio != 0, ratio.isFinite, case .justified = fill else { return result }
        result.glueStretch = stretch[end] - stretch[start]
        result.glueShrink = shrink[end] - shrink[start]
        let target = measure + hanging.left + hanging.right
        result.letterSpacing = result.letterGaps > 0 ? letterSpacing.ems(ratio: ratio) : 0
        for towardsNatural in [false, true] {
            result.scale = result.expandable > 0 ? expansion.scale(ratio: ratio, towardsNatural: towardsNatural) : 1
            let rest = target - result.natural - result.expandable * (result.scale - 1)
                - result.letterGaps * result.letterSpacing
            if rest >= 0 {
                result.glueRatio = result.glueStretch > 0 ? rest / result.glueStretch : 0
            } else {
                result.glueRatio = result.glueShrink > 0 ? rest / result.glueShrink : -.infinity
            }
            if result.glueRatio >= -1 { break }
        }
        result.glueRatio = max(result.glueRatio, -1)
        return result
    }
}

/// How one line is set: glyph scale, glue ratio and what hangs into the margins.
struct LineAdjustment {
    /// Horizontal scale of the line's expandable glyphs (1: natural).
    var scale: Double
    /// Share of the glue's stretch (positive) or shrink (negative) used.
    var glueRatio: Double
    var natural: Double
    var expandable: Double
    /// The line's letter gaps times their font sizes, and the space added
    /// (negative: taken away) in each, in ems.
    var letterGaps: Double
    var letterSpacing: Double
    var glueStretch: Double
    var glueShrink: Double
    var protrusion: (left: Double, right: Double)

    /// Width of the set material, protruding marks included.
    var width: Double {
        natural + expandable * (scale - 1) + letterGaps * letterSpacing + glueRatio * (glueRatio >= 0 ? glueStretch : glueShrink)
    }
}
