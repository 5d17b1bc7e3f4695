/// Font expansion (Hàn Thế Thành's hz extension of pdfTeX, set up as LaTeX's
/// microtype package does): a justified line may widen or narrow its glyphs a
/// little, so that its spaces stay nearer their natural width. The line breaker
/// counts the glyphs' width times `stretch` (or `shrink`) as extra stretch (or
/// shrink) of the line; the line is then set at a scale rounded to `step`, and
/// its spaces take up the rest.
public struct FontExpansion: Hashable, Sendable {
    /// Largest widening, as a fraction of the glyphs' width (microtype's
    /// `stretch=20`, in thousandths: 0.02).
    public var stretch: Double
    /// Largest narrowing (microtype's `shrink=20`: 0.02).
    public var shrink: Double
    /// Scales are multiples of this (microtype's `step=5`: 0.005), so that a
    /// document uses few distinct widths of each font.
    public var step: Double

    public init(stretch: Double, shrink: Double, step: Double = 0.005) {
        self.stretch = max(stretch, 0)
        self.shrink = max(shrink, 0)
        self.step = step > 0 ? step : 0.005
    }

    /// microtype's defaults: ±2 % in steps of 0.5 %.
    public static let microtype = FontExpansion(stretch: 0.02, shrink: 0.02, step: 0.005)
    /// No expansion.
    public static let none = FontExpansion(stretch: 0, shrink: 0)

    public var isEnabled: Bool { stretch > 0 || shrink > 0 }

    /// The scale for adjustment ratio `ratio` (the share of the line's stretch or
    /// shrink it uses), rounded to a whole number of steps towards 1 when
    /// `towardsNatural`, else to the nearest, and kept within the limits.
    func scale(ratio: Double, towardsNatural: Bool) -> Double {
        guard ratio.isFinite else { return ratio > 0 ? 1 + stretch : 1 - shrink }
        let exact = ratio >= 0 ? min(ratio, 1) * stretch : max(ratio, -1) * shrink
        let steps = exact / step
        let rounded = towardsNatural ? steps.rounded(.towardZero) : steps.rounded()
        return 1 + min(max(rounded * step, -shrink), stretch)
    }
}
