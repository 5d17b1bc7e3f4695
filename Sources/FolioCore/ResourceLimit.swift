import Foundation

/// A bound on what one input may make Folio do, so that nothing runs or
/// allocates without limit. Each has a default and an environment variable
/// that raises (or lowers) it; messages name both (docs/limits.md).
public struct ResourceLimit: Sendable {
    /// The environment variable that sets it.
    public let variable: String
    public let defaultValue: Int

    /// Data rows in one CSV file.
    public static let csvRows = ResourceLimit(variable: "FOLIO_MAX_CSV_ROWS", defaultValue: 1_000_000)
    /// Pixels of one image, in millions, checked from its header before decoding.
    public static let imageMegapixels = ResourceLimit(variable: "FOLIO_MAX_IMAGE_MEGAPIXELS", defaultValue: 100)
    /// Bytes of one text, Markdown, YAML or CSV file, in megabytes.
    public static let textFileMegabytes = ResourceLimit(variable: "FOLIO_MAX_FILE_MB", defaultValue: 10)

    /// The limit in force: the environment's value when it is a positive whole number, else the default.
    public var value: Int {
        // getenv rather than ProcessInfo.environment, which crashed (SIGSEGV) in a few runs here.
        guard let pointer = getenv(variable), let number = Int(String(cString: pointer)), number > 0 else {
            return defaultValue
        }
        return number
    }

    /// The second half of a message: how to raise the limit.
    public var howToRaise: String {
        "if the file is right, raise the limit, e.g. \(variable)=\(value * 10) folio build …"
    }
}
