import Foundation

/// ICC profiles read and Flate-compressed once per process, for every PDF
/// that embeds them: compressing the 1 MB ISO Coated v2 profile for each
/// print PDF of a mail merge took most of the record's time (200-handout
/// merge with --print: 70 ms a record). The same bytes compress to the same
/// bytes (`Deflate`), so each PDF is as before. Thread-safe.
enum DeflatedProfiles {
    nonisolated(unsafe) private static var compressed: [String: [UInt8]] = [:]
    private static let lock = NSLock()

    /// The profile's bytes, Flate-compressed; a missing file is an error each
    /// time it is asked for (it may be installed between two runs of a server).
    static func data(of profile: ICCProfile) throws -> [UInt8] {
        if let kept = lock.withLock({ compressed[profile.path] }) { return kept }
        let data = try Deflate.compress(try profile.data())
        lock.withLock { compressed[profile.path] = data }
        return data
    }
}
