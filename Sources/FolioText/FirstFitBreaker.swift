/// Greedy line breaking: fill each line with as many items as fit, letting
/// interword glue shrink to its limit before breaking (as word processors do).
/// Kept for previews and as the baseline the total-fit breaker is compared with.
public enum FirstFitBreaker {
    /// Indices of the items at which lines break (each a glue or penalty);
    /// the last index is the paragraph's final forced break.
    /// `width(line)` gives the measure of each line (the first may be indented).
    public static func breaks(_ items: [ParagraphItem], width: (Int) -> Double) -> [Int] {
        var breaks: [Int] = []
        var natural = 0.0, shrink = 0.0
        var lastCandidate: (index: Int, natural: Double, shrink: Double)?
        var index = 0
        var lineStart = 0
        while index < items.count {
            let measure = width(breaks.count)
            switch items[index] {
            case let .box(boxWidth, _):
                if natural + boxWidth - shrink > measure + 1e-9, let candidate = lastCandidate {
                    breaks.append(candidate.index)
                    index = nextLineStart(after: candidate.index, in: items)
                    lineStart = index
                    (natural, shrink, lastCandidate) = (0, 0, nil)
                    continue
                }
                natural += boxWidth
            case let .glue(glueWidth, _, glueShrink, _):
                if index > lineStart, case .box = items[index - 1] {
                    lastCandidate = (index, natural, shrink)
                }
                natural += glueWidth
                shrink += glueShrink
            case let .penalty(_, cost, _):
                if cost <= ParagraphItem.forcedBreak {
                    breaks.append(index)
                    index = nextLineStart(after: index, in: items)
                    lineStart = index
                    (natural, shrink, lastCandidate) = (0, 0, nil)
                    continue
                }
            }
            index += 1
        }
        return breaks
    }

    /// Glue and non-forced penalties after a break vanish, as in TeX.
    static func nextLineStart(after breakIndex: Int, in items: [ParagraphItem]) -> Int {
        var index = breakIndex + 1
        while index < items.count {
            switch items[index] {
            case .box: return index
            case let .penalty(_, cost, _) where cost <= ParagraphItem.forcedBreak: return index
            default: index += 1
            }
        }
        return index
    }
}
