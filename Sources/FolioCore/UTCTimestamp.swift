import Foundation

/// The calendar fields of an instant in UTC (proleptic Gregorian calendar),
/// for the fixed-form dates a PDF carries: cairo's metadata, the Info
/// dictionary and XMP.
///
/// Worked out with integer arithmetic (Howard Hinnant's `civil_from_days`,
/// "chrono-Compatible Low-Level Date Algorithms"), not a `DateFormatter`:
/// each formatter opens an ICU calendar and pattern, which cost a mail merge
/// about 4 % of its time when one was made per document. No locale or time
/// zone can change the result.
public struct UTCTimestamp: Equatable, Sendable {
    public let year: Int
    public let month: Int
    public let day: Int
    public let hour: Int
    public let minute: Int
    public let second: Int

    /// The fields of `date`, its fraction of a second dropped (rounded down).
    public init(_ date: Date) {
        let seconds = Int(date.timeIntervalSince1970.rounded(.down))
        let (days, secondOfDay) = Self.floorDivision(seconds, 86_400)
        (year, month, day) = Self.civil(fromDays: days)
        hour = secondOfDay / 3_600
        minute = secondOfDay % 3_600 / 60
        second = secondOfDay % 60
    }

    /// `YYYY-MM-DDThh:mm:ssZ` (RFC 3339), the form cairo's metadata API takes.
    public var rfc3339: String { "\(dateWithDashes)T\(timeWithColons)Z" }

    /// `D:YYYYMMDDHHmmSS+00'00'` (ISO 32000-1 7.9.4).
    public var pdfDate: String {
        "D:" + Self.padded(year, 4) + Self.padded(month, 2) + Self.padded(day, 2)
            + Self.padded(hour, 2) + Self.padded(minute, 2) + Self.padded(second, 2) + "+00'00'"
    }

    /// `YYYY-MM-DDThh:mm:ss+00:00`, as XMP writes dates (ISO 8601).
    public var xmpDate: String { "\(dateWithDashes)T\(timeWithColons)+00:00" }

    private var dateWithDashes: String {
        Self.padded(year, 4) + "-" + Self.padded(month, 2) + "-" + Self.padded(day, 2)
    }

    private var timeWithColons: String {
        Self.padded(hour, 2) + ":" + Self.padded(minute, 2) + ":" + Self.padded(second, 2)
    }

    /// Year, month (1–12) and day (1–31) of the day `days` after 1970-01-01.
    private static func civil(fromDays days: Int) -> (Int, Int, Int) {
        // Days counted from 0000-03-01, so that the leap day ends each 400-year era's year.
        let (era, _) = floorDivision(days + 719_468, 146_097)
        let dayOfEra = days + 719_468 - era * 146_097
        let yearOfEra = (dayOfEra - dayOfEra / 1_460 + dayOfEra / 36_524 - dayOfEra / 146_096) / 365
        let dayOfYear = dayOfEra - (365 * yearOfEra + yearOfEra / 4 - yearOfEra / 100)
        let shiftedMonth = (5 * dayOfYear + 2) / 153
        let day = dayOfYear - (153 * shiftedMonth + 2) / 5 + 1
        let month = shiftedMonth < 10 ? shiftedMonth + 3 : shiftedMonth - 9
        let year = yearOfEra + era * 400 + (month <= 2 ? 1 : 0)
        return (year, month, day)
    }

    /// Quotient and remainder rounded towards minus infinity (dates before 1970).
    private static func floorDivision(_ value: Int, _ divisor: Int) -> (Int, Int) {
        let remainder = value % divisor
        return remainder < 0 ? (value / divisor - 1, remainder + divisor) : (value / divisor, remainder)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(abs(value))
        let zeros = String(repeating: "0", count: max(0, width - digits.count))
        return (value < 0 ? "-" : "") + zeros + digits
    }
}
