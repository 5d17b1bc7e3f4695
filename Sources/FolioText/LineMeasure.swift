/// What the line breakers need of a paragraph's items, in flat arrays of plain
/// numbers: widths, stretch and shrink of any stretch of items in constant time
/// from prefix sums (Knuth and Plass's "sum" technique), and each item's worth
/// as a break. Breakers read these instead of the items themselves, which
/// carry glyphs and fonts.
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
    private(set) var breaks: [Break] = []
    /// Index of the first item of a line that starts after a break at each index.
    private(set) var lineStarts: [Int] = []
    private var width: [Double] = [0]
    private var stretch: [Double] = [0]
    private var shrink: [Double] = [0]
    /// Count of infinitely stretchable glues (the paragraph's final fill).
    private var infinite: [Int] = [0]

    init(items: [ParagraphItem], fill: LineFill) {
        self.fill = fill
        breaks.reserveCapacity(items.count)
        for (index, item) in items.enumerated() {
            var (w, y, z, i) = (0.0, 0.0, 0.0, 0)
            var info = Break()
            switch item {
            case let .box(box):
                w = box.width
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
            }
            breaks.append(info)
            width.append(width[width.count - 1] + w)
            stretch.append(stretch[stretch.count - 1] + y)
            shrink.append(shrink[shrink.count - 1] + z)
            infinite.append(infinite[infinite.count - 1] + i)
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

    /// Width of the line `start..<end` broken at `end` when its glue is set at `ratio`.
    func setWidth(from start: Int, to end: Int, ratio: Double) -> Double {
        let natural = width[end] - width[start] + breaks[end].width
        return natural + (ratio >= 0 ? ratio * (stretch[end] - stretch[start]) : ratio * (shrink[end] - shrink[start]))
    }

    /// The adjustment ratio of the line of items `start..<end` broken at `end`:
    /// how much of its stretch (positive) or shrink (negative) it uses.
    func ratio(from start: Int, to end: Int, width measure: Double) -> Double {
        guard start <= end else { return 0 }
        let natural = width[end] - width[start] + breaks[end].width
        let hasInfinite = infinite[end] - infinite[start] > 0
        var available = stretch[end] - stretch[start]
        var shrinkable = shrink[end] - shrink[start]
        if case let .ragged(raggedStretch) = fill {
            available = raggedStretch
            shrinkable = 0
        }
        if natural < measure {
            if hasInfinite { return 0 }
            return available > 0 ? (measure - natural) / available : .infinity
        }
        if natural > measure { return shrinkable > 0 ? (measure - natural) / shrinkable : -.infinity }
        return 0
    }
}
