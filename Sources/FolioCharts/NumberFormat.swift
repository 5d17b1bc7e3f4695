import Foundation

/// How chart numbers are written: fixed decimals, the locale's grouping and
/// decimal separators (CLDR data through Foundation: "1,234.5" in English,
/// "1.234,5" in German), and an optional unit or percent sign.
public struct NumberFormat: Hashable, Sendable {
    public var decimals: Int
    /// Written after the number, e.g. "%" or " beds".
    public var suffix: String
    /// The BCP 47 locale the separators come from.
    public let locale: String
    public let groupingSeparator: String
    public let decimalSeparator: String

    public init(decimals: Int = 0, suffix: String = "", locale: String = "en") {
        self.decimals = decimals
        self.suffix = suffix
        self.locale = locale
        let conventions = Locale(identifier: locale)
        groupingSeparator = conventions.groupingSeparator ?? ","
        decimalSeparator = conventions.decimalSeparator ?? "."
    }

    public func string(_ value: Double) -> String {
        // "%f" always writes ASCII digits and "."; the separators are put in afterwards.
        let rounded = String(format: "%.\(decimals)f", abs(value))
        let parts = rounded.split(separator: ".", maxSplits: 1).map(String.init)
        var integer = parts[0]
        var grouped = ""
        while integer.count > 3 {
            grouped = groupingSeparator + String(integer.suffix(3)) + grouped
            integer = String(integer.dropLast(3))
        }
        let sign = value < 0 && Double(rounded) != 0 ? "\u{2212}" : ""
        return sign + integer + grouped + (parts.count > 1 ? decimalSeparator + parts[1] : "") + suffix
    }
}
