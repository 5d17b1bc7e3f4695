import CCairo
import Foundation

/// Metadata fields of the PDF Info dictionary that cairo can write.
public enum PDFMetadataField: Sendable {
    case title, author, subject, keywords, creator, createDate, modifyDate

    var cairoValue: cairo_pdf_metadata_t {
        switch self {
        case .title: CAIRO_PDF_METADATA_TITLE
        case .author: CAIRO_PDF_METADATA_AUTHOR
        case .subject: CAIRO_PDF_METADATA_SUBJECT
        case .keywords: CAIRO_PDF_METADATA_KEYWORDS
        case .creator: CAIRO_PDF_METADATA_CREATOR
        case .createDate: CAIRO_PDF_METADATA_CREATE_DATE
        case .modifyDate: CAIRO_PDF_METADATA_MOD_DATE
        }
    }
}

/// A cairo PDF surface writing to an `OutputFile`. Owns the handle; every call
/// that can fail is checked, including the surface status after `finish` (cairo
/// reports some failures, e.g. bad structure tags, only there). Cairo hands its
/// bytes to the file's own checked `write`, so a full disk is seen where it
/// happens, not guessed from cairo's status.
public final class PDFSurface {
    let handle: OpaquePointer
    private let file: OutputFile
    private var finished = false

    /// Starts a PDF written to `file` whose first page is `width` × `height` points.
    public init(file: OutputFile, width: Double, height: Double) throws {
        self.file = file
        guard let surface = cairo_pdf_surface_create_for_stream(OutputFile.cairoWrite, file.cairoClosure,
                                                                width, height) else {
            throw RenderError("cairo could not create a PDF surface for \(file.target.path)")
        }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError("cannot write \(file.target.path): \(String(cString: cairo_status_to_string(status)))")
        }
        handle = surface
    }

    deinit {
        cairo_surface_destroy(handle)
    }

    /// Sets one Info-dictionary field.
    public func setMetadata(_ field: PDFMetadataField, _ value: String) throws {
        cairo_pdf_surface_set_metadata(handle, field.cairoValue, value)
        try RenderError.check(cairo_surface_status(handle), "setting PDF metadata")
    }

    /// Sets the size of the next page (pages may differ in size).
    public func setPageSize(width: Double, height: Double) throws {
        cairo_pdf_surface_set_size(handle, width, height)
        try file.checkWrites()
        try RenderError.check(cairo_surface_status(handle), "setting the page size")
    }

    /// Adds a bookmark pointing to the named destination, under `parent` (nil: top level).
    /// Returns its id, the parent of entries nested under it.
    public func addOutline(_ title: String, destination: String, parent: Int32?) throws -> Int32 {
        let id = cairo_pdf_surface_add_outline(handle, parent ?? Int32(CAIRO_PDF_OUTLINE_ROOT), title,
                                               "dest='\(CairoContext.escapeAttribute(destination))'",
                                               cairo_pdf_outline_flags_t(rawValue: 0))
        try RenderError.check(cairo_surface_status(handle), "adding the bookmark \"\(title)\"")
        return Int32(id)
    }

    /// Writes the rest of the file and closes it; throws if anything failed.
    public func finish() throws {
        guard !finished else { return }
        finished = true
        cairo_surface_finish(handle)
        try file.checkWrites()
        try RenderError.check(cairo_surface_status(handle), "finishing the PDF")
    }
}
