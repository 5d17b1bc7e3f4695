/// Why the finishing stage could not complete a PDF.
public struct FinishError: Error, CustomStringConvertible, Sendable {
    public let description: String

    init(_ description: String) {
        self.description = description
    }
}
