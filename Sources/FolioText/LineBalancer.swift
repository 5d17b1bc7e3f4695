/// Balanced lines for headings: a heading that needs several lines gets lines
/// of similar length instead of a full first line and a short last one (a
/// lone word under a long line reads as an afterthought). The breaks are
/// those of the narrowest measure, down to half the real one, that still
/// gives the same number of lines, none of them overfull; the lines are then
/// set in the real measure.
enum LineBalancer {
    /// Halvings of the search between half the measure and the whole.
    static let steps = 8

    static func balance(_ breaks: [Int], measure: LineMeasure, width: @escaping (Int) -> Double,
                        parameters: LineBreakingParameters) -> [Int] {
        guard breaks.count > 1 else { return breaks }
        var best = breaks
        var (low, high) = (0.5, 1.0)
        for _ in 0..<steps {
            let factor = (low + high) / 2
            let narrower = { width($0) * factor }
            let candidate = KnuthPlassBreaker.breaks(measure, width: narrower, parameters: parameters)
            if candidate.count == breaks.count, fits(candidate, measure: measure, width: narrower) {
                best = candidate
                high = factor
            } else {
                low = factor
            }
        }
        return best
    }

    /// True when no line of `breaks` is wider than its measure.
    private static func fits(_ breaks: [Int], measure: LineMeasure, width: (Int) -> Double) -> Bool {
        var start = 0
        for (line, end) in breaks.enumerated() {
            let natural = measure.naturalWidth(from: start, to: end)
            let hanging = measure.protrusion(from: start, to: end)
            if natural - hanging.left - hanging.right > width(line) + 1e-9 { return false }
            start = measure.lineStarts[end]
        }
        return true
    }
}
