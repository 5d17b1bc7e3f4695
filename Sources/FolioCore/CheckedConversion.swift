/// The one way a floating value becomes an integer in Folio. Swift's
/// `Int(_: Double)` traps (a crash with no message) on NaN, infinity and
/// values beyond ±2⁶³, which input-derived arithmetic can reach (a gutter of
/// 1e9 mm, 1e30 years); these never trap.
extension Int {
    /// `value` rounded toward zero; nil when it is not finite or does not fit.
    public init?(checked value: Double) {
        guard value.isFinite, value > -9.2e18, value < 9.2e18 else { return nil }
        self.init(value)
    }

    /// `value` rounded toward zero, clamped into Int's range (NaN becomes 0):
    /// for numbers shown in messages, where any answer beats a crash.
    public init(saturating value: Double) {
        if value.isNaN {
            self = 0
        } else {
            self = Int(checked: value) ?? (value < 0 ? Int.min : Int.max)
        }
    }
}

extension Int32 {
    /// `value` rounded toward zero; nil when it is not finite or does not fit in 32 bits.
    public init?(checked value: Double) {
        guard value.isFinite, value > -2_147_483_648.5, value < 2_147_483_647.5 else { return nil }
        self.init(value)
    }
}
