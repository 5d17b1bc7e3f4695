import Foundation

/// The ranges of the numbers a layout or data file may give (docs/data-format.md,
/// "Limits"). Each is checked where the number is read, with a message naming
/// the file, line and field, before any arithmetic uses it. How big an input
/// may be (chart points, paragraph length, YAML values, pages) is `InputLimits`.
enum Limits {
    /// Any number: beyond ±1e15 sums and scales lose whole units (a double has
    /// 53 bits, about 9e15) and products reach infinity.
    static let largestNumber = 1e15
    /// Any length, in points: 5 m, the largest page side.
    static let longestLength = 5000 * 72 / 25.4
    /// A page side, in points: 10 mm to 5 m.
    static let pageSide = (10 * 72 / 25.4)...longestLength
    /// A font size, in points.
    static let fontSize = 1.0...1000

    /// `12`, `0.5`, `1e+15`: a limit as a person would write it.
    static func format(_ value: Double) -> String {
        if abs(value) >= 1e7 { return String(format: "%g", value) }
        if abs(value) >= 100 || value == value.rounded() { return String(Int(saturating: value.rounded())) }
        return String(format: "%.3g", value)
    }
}
