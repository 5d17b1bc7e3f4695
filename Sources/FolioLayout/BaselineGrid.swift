/// A master's baseline grid: body lines start on multiples of `step` from
/// their frame's top, so that the lines of neighbouring columns (and of facing
/// pages) line up and full columns end at the same height. Only lines exactly
/// one step tall are put on the grid; a heading, a figure or a list in another
/// leading is placed as it comes, and the body line after it moves down to the
/// next grid line, so that it takes a whole number of grid lines
/// (InDesign's "align to baseline grid", Bringhurst's vertical rhythm, §2.2.2).
public struct BaselineGrid: Hashable, Sendable {
    /// Distance between grid lines: the body text's leading.
    public var step: Double

    public init(step: Double) {
        self.step = step
    }

    /// Whether a piece this tall is a body line that goes on the grid.
    func aligns(height: Double) -> Bool {
        abs(height - step) < 0.01
    }

    /// The first grid line at or below `y` (a hundredth of a point of rounding tolerated).
    func next(from y: Double) -> Double {
        (max(y, 0) / step - 0.001).rounded(.up) * step
    }
}
