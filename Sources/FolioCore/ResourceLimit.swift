import Foundation

/// A bound on what one input may make Folio do, so that nothing runs or
/// allocates without limit. Each has a default and an environment variable
/// that raises (or lowers) it; messages name both (docs/data-format.md, "Limits").
public enum ResourceLimit: Sendable {
    /// Data rows in one CSV file.
    case csvRows
    /// Pixels of one image, in millions, checked from its header before decoding.
    case imageMegapixels
    /// Bytes of one text, Markdown, YAML or CSV file, in megabytes.
    case textFileMegabytes

    /// The environment variable that sets it.
    public var variable: String {
        switch self {
        case .csvRows: "FOLIO_MAX_CSV_ROWS"
        case .imageMegapixels: "FOLIO_MAX_IMAGE_MEGAPIXELS"
        case .textFileMegabytes: "FOLIO_MAX_FILE_MB"
        }
    }

    public var defaultValue: Int {
        switch self {
        case .csvRows: 1_000_000
        case .imageMegapixels: 100
        case .textFileMegabytes: 10
        }
    }

    /// The limit in force: the environment's value when it is a positive whole number, else the default.
    public var value: Int {
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
