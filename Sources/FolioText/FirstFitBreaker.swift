/// Greedy line breaking: fill each line with as many items as fit, letting
/// interword glue shrink to its limit before breaking (as word processors do).
/// Kept for previews and as the baseline the total-fit breaker is compared with.
public enum FirstFitBreaker {
    /// Indices of the items at which lines break (each a glue or penalty);
    /// the last index is the paragraph's final forced break.
    /// `width(line)` gives the measure of each line (the first may be indented).
    public static func breaks(_ items: [ParagraphItem], width: (Int) -> Double) -> [Int] {
        let measure = LineMeasure(items: items, fill: .justified)
        var breaks: [Int] = []
        var lineStart = 0
        var lastFit: Int?
        var position = 0
        while position < items.count {
            if items[position].isForcedBreak {
                breaks.append(position)
                lineStart = FirstFitBreaker.nextLineStart(after: position, in: items)
                lastFit = nil
                position = max(lineStart, position + 1)
                continue
            }
            if measure.isLegalBreak(position) {
                let ratio = measure.ratio(from: lineStart, to: position, width: width(breaks.count))
                if ratio >= -1 {
                    lastFit = position
                } else if let fit = lastFit {
                    breaks.append(fit)
                    lineStart = FirstFitBreaker.nextLineStart(after: fit, in: items)
                    lastFit = nil
                    position = lineStart
                    continue
                }
            }
            position += 1
        }
        return breaks
    }

    /// Glue and non-forced penalties after a break vanish, as in TeX.
    static func nextLineStart(after breakIndex: Int, in items: [ParagraphItem]) -> Int {
        var index = breakIndex + 1
        while index < items.count {
            switch items[index] {
            case .box: return index
            case .penalty where items[index].isForcedBreak: return index
            default: index += 1
            }
        }
        return index
    }
}
