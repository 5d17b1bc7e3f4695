import FolioLayout
import Foundation

/// Renders a whole display list into a PDF file through cairo (see `PDFWriter`
/// for the page-by-page form it is built on).
public struct PDFRenderer {
    /// Creation and modification date written into the PDF. A fixed value (not
    /// the clock) keeps output byte-identical from run to run.
    public var date: Date
    /// Cairo faces of the fonts; share one across renders that run together.
    public var fonts: FontFaceCache

    public init(date: Date, fonts: FontFaceCache = FontFaceCache()) {
        self.date = date
        self.fonts = fonts
    }

    public func write(_ list: DisplayList, to url: URL) throws {
        guard !list.pages.isEmpty else { throw RenderError("the document has no pages") }
        let writer = PDFWriter(url: url, date: date, fonts: fonts)
        list.pages.forEach(writer.preview)
        try writer.begin(list.info, pageCount: list.pages.count)
        for (index, page) in list.pages.enumerated() { try writer.write(page, number: index + 1) }
        try writer.finish(outline: list.outline)
        try writer.commit()
    }
}
