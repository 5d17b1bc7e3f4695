import CCairo

/// A failure while drawing or writing a PDF, with cairo's own words.
public struct RenderError: Error, CustomStringConvertible, Sendable {
    public var description: String

    public init(_ description: String) {
        self.description = description
    }

    /// Throws when `status` is not success; `action` says what was being done.
    static func check(_ status: cairo_status_t, _ action: @autoclosure () -> String) throws {
        guard status == CAIRO_STATUS_SUCCESS else {
            throw RenderError("cairo failed while \(action()): \(String(cString: cairo_status_to_string(status)))")
        }
    }
}
