import FolioCore
import Foundation

/// Axis ticks at "nice" numbers (1, 2 or 5 times a power of ten), after
/// Heckbert, "Nice Numbers for Graph Labels", Graphics Gems I (1990).
public struct NiceScale: Equatable, Sendable {
    public let lower: Double
    public let upper: Double
    public let step: Double

    /// A scale covering `minimum...maximum` with about `ticks` ticks. A zero
    /// baseline is kept when all values are on one side of it (bars start at
    /// zero); a single value gets a range around it.
    public init(minimum: Double, maximum: Double, ticks: Int = 5, includeZero: Bool = true) {
        var low = min(minimum, maximum), high = max(minimum, maximum)
        if includeZero {
            low = min(low, 0)
            high = max(high, 0)
        }
        if high == low {
            // One value (or all zero): a range of one nice step around it.
            let magnitude = low == 0 ? 1 : pow(10, floor(log10(abs(low))))
            low -= magnitude
            high += magnitude
            if includeZero, minimum >= 0 { low = max(low, 0) }
        }
        let range = Self.nice(high - low, round: false)
        let step = Self.nice(range / Double(max(ticks - 1, 1)), round: true)
        self.step = step
        self.lower = floor(low / step) * step
        self.upper = ceil(high / step) * step
    }

    /// The tick values from `lower` to `upper`.
    public var ticks: [Double] {
        // A finite scale has a handful of steps; anything else (a zero or infinite step) gets its two ends.
        guard let count = Int(checked: ((upper - lower) / step).rounded()), (0...1000).contains(count) else {
            return [lower, upper]
        }
        // Multiply rather than add, so that 0.1 + 0.1 + 0.1 drift does not creep in.
        return (0...count).map { lower + Double($0) * step }
    }

    /// Decimal places that show every tick exactly (2 for steps of 0.05).
    public var decimals: Int {
        min(20, max(0, -(Int(checked: floor(log10(step) + 1e-9)) ?? 0)))
    }

    /// Heckbert's nice number: 1, 2, 5 or 10 times a power of ten near `value`.
    static func nice(_ value: Double, round: Bool) -> Double {
        guard value > 0 else { return 1 }
        let exponent = floor(log10(value))
        let fraction = value / pow(10, exponent)
        let nice: Double
        if round {
            nice = fraction < 1.5 ? 1 : fraction < 3 ? 2 : fraction < 7 ? 5 : 10
        } else {
            nice = fraction <= 1 ? 1 : fraction <= 2 ? 2 : fraction <= 5 ? 5 : 10
        }
        return nice * pow(10, exponent)
    }
}
