import FolioCore
import FolioLayout
import FolioText

/// A layout session's passes over its bound document (the story's blocks,
/// paragraphs and text, the masters, the data store), held until the last pass
/// is laid out and then let go, so that finishing the file does not keep the
/// document: a reference, so that every copy of the session lets it go at once.
final class SessionPasses {
    private var pass: LayoutPass?
    /// The typesetter the passes set paragraphs with, told when the document is streamed.
    private let typesetter: Typesetter?
    private var streaming = false

    init(_ pass: @escaping LayoutPass, typesetter: Typesetter? = nil) {
        self.pass = pass
        self.typesetter = typesetter
    }

    deinit {
        endStreaming()
    }

    /// The document is too long to keep whole and is streamed, pass after pass:
    /// the typesetter's paragraph memo keeps only a few pages until `release`.
    func stream() {
        guard !streaming else { return }
        streaming = true
        typesetter?.beginLongDocument()
    }

    private func endStreaming() {
        guard streaming else { return }
        streaming = false
        typesetter?.endLongDocument()
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
        endStreaming()
    }
}
