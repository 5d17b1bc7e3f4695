/// Greedy line breaking: fill each line with as many items as fit, letting
/// interword glue shrink to its limit before breaking (as word processors do).
/// Kept for previews and as the baseline the total-fit breaker is compared with.
public enum FirstFitBreaker {
    /// Indices of the items at which lines break (each a glue or penalty);
    /// the last index is the paragraph's final forced break.
    /// `width(line)` gives the measure of each line (the first may be indented).
    public static func breaks(_ items: [ParagraphItem], width: (Int) -> Double) -> [Int] {
        breaks(LineMeasure(items: items, fill: .justified), width: width)
    }

    static func breaks(_ measure: LineMeasure, width: (Int) -> Double) -> [Int] {
        var breaks: [Int] = []
        var lineStart = 0
        var lastFit: Int?
        var position = 0
        while position < measure.count {
            let info = measure.breaks[position]
            if info.isForced {
                breaks.append(position)
                lineStart = measure.lineStarts[position]
                lastFit = nil
                position = max(lineStart, position + 1)
                continue
            }
            if info.isLegal {
                let ratio = measure.ratio(from: lineStart, to: position, width: width(breaks.count))
                if ratio >= -1 {
                    lastFit = position
                } else if let fit = lastFit {
                    breaks.append(fit)
                    lineStart = measure.lineStarts[fit]
                    lastFit = nil
                    position = lineStart
                    continue
                }
            }
            position += 1
        }
        return breaks
    }
}
