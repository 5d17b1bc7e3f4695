import FolioCore
import Foundation
import Testing

/// The dates written into PDFs, against Foundation's calendar.
@Suite struct UTCTimestampTests {
    /// Foundation's formatting of the same instant, the reference.
    private func reference(_ date: Date) -> String {
        let formatter = DateFormatter()
        formatter.locale = Locale(identifier: "en_US_POSIX")
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.dateFormat = "yyyy-MM-dd'T'HH:mm:ss"
        return formatter.string(from: date) + "Z"
    }

    @Test func agreesWithFoundationOverFourCenturies() {
        // A fixed pseudo-random walk from 1601 to 2399, plus the edges that catch
        // off-by-one errors: leap days, century years, the epoch and a second before it.
        var generator = SplitMix(seed: 20_261_130)
        var instants: [TimeInterval] = [0, -1, 951_782_400, 951_868_799, 4_107_542_399, -2_208_988_800, 1_767_225_600.75]
        for _ in 0..<2_000 { instants.append(Double(generator.next() % 25_245_000_000) - 11_644_473_600) }
        for seconds in instants {
            let date = Date(timeIntervalSince1970: seconds)
            #expect(UTCTimestamp(date).rfc3339 == reference(date), "at \(seconds) s")
        }
    }

    @Test func writesThePDFAndXMPForms() {
        let stamp = UTCTimestamp(Date(timeIntervalSince1970: 951_825_845))  // 2000-02-29 12:04:05 UTC
        #expect(stamp.pdfDate == "D:20000229120405+00'00'")
        #expect(stamp.xmpDate == "2000-02-29T12:04:05+00:00")
        #expect(stamp.rfc3339 == "2000-02-29T12:04:05Z")
    }
}

/// SplitMix64 (Steele, Lea and Flood 2014): a fixed sequence, the same on every run.
private struct SplitMix {
    var state: UInt64
    init(seed: UInt64) { state = seed }
    mutating func next() -> UInt64 {
        state &+= 0x9E37_79B9_7F4A_7C15
        var z = state
        z = (z ^ (z >> 30)) &* 0xBF58_476D_1CE4_E5B9
        z = (z ^ (z >> 27)) &* 0x94D0_49BB_1331_11EB
        return z ^ (z >> 31)
    }
}
