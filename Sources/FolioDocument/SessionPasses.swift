import FolioCore
import FolioLayout

/// A layout session's passes over its bound document (the story's blocks,
/// paragraphs and text, the masters, the data store), held until the last pass
/// is laid out and then let go, so that finishing the file does not keep the
/// document: a reference, so that every copy of the session lets it go at once.
final class SessionPasses {
    private var pass: LayoutPass?

    init(_ pass: @escaping LayoutPass) {
        self.pass = pass
    }

    /// True once `release` has let the document go.
    var released: Bool { pass == nil }

    /// One layout pass (see `LayoutPass`); an error after `release`.
    func run(_ headingPages: [String: Int], _ delivery: PageDelivery) throws -> PaginatedDocument {
        guard let pass else {
            throw DiagnosticError(.error("the layout session has already finished its document"))
        }
        return try pass(headingPages, delivery)
    }

    /// Lets the bound document go (the passes and whatever they hold).
    func release() {
        pass = nil
    }
}
