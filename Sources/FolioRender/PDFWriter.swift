import FolioCore
import FolioFinish
import FolioLayout
import FolioText
import Foundation

/// Writes a PDF page by page as pagination finishes each one; cairo streams
/// every page's content to the file, so memory stays flat however long the
/// document.
///
/// The file is written under a temporary name beside the target (an
/// `OutputFile`, every write checked) and renamed into place by `commit` only
/// when cairo and the file's own I/O report success (and the caller agrees,
/// e.g. no warnings under --strict), so a failed build never leaves a
/// half-written PDF where a good one was.
public final class PDFWriter: PageSink {
    private let url: URL
    /// The temporary file of the document being written, between `begin` and `commit`.
    private var file: OutputFile?
    private let date: Date
    private let fonts: FontFaceCache
    /// Pages come on print sheets with these marks (the session prepared them):
    /// the file then gets trim and bleed boxes and the PDF/X-4 conditions.
    private let printMarks: PrintMarks?
    /// The finished size of each page on its sheet, for print.
    private var trimBoxes: [PageBox] = []
    private var info: DocumentInfo?
    private var firstPageSize: Size?
    /// Glyphs drawn in each very large font, for its subset.
    private var largeFontGlyphs: [ObjectIdentifier: LargeFontUse] = [:]
    private var open: OpenDocument?
    /// Pages of the document being (or last) written.
    public private(set) var pageCount = 0
    /// True between a successful `finish` and `commit`.
    private var finished = false

    /// The surface and drawing state of the document being written.
    private struct OpenDocument {
        var surface: PDFSurface
        var context: CairoContext
        var pageSize: Size
        var pageCount: Int
        var images: ImageSurfaces
        var faces: DocumentFaces
        var painter: TreePainter
    }

    public init(url: URL, date: Date, fonts: FontFaceCache = FontFaceCache(), printMarks: PrintMarks? = nil) {
        self.url = url
        self.date = date
        self.fonts = fonts
        self.printMarks = printMarks
    }

    deinit {
        discard()
    }

    public func preview(_ page: Page) {
        if firstPageSize == nil { firstPageSize = page.size }
        LargeFontGlyphs.collect(in: page, into: &largeFontGlyphs)
    }

    public func begin(_ info: DocumentInfo, pageCount: Int) throws {
        guard let size = firstPageSize else { throw RenderError("the document has no pages") }
        discard()
        let file = try OutputFile(target: url)
        self.file = file
        do {
            let surface = try PDFSurface(file: file, width: size.width, height: size.height)
            try writeMetadata(info, to: surface)
            let faces = try DocumentFaces(shared: fonts, subsets: largeFontGlyphs)
            let images = ImageSurfaces()
            let context = try CairoContext(surface: surface.handle, fonts: faces, images: images)
            let painter = TreePainter(context: context, tagged: true)
            try painter.beginDocument()
            trimBoxes = []
            self.info = info
            self.pageCount = pageCount
            open = OpenDocument(surface: surface, context: context, pageSize: size, pageCount: pageCount,
                                images: images, faces: faces, painter: painter)
        } catch {
            discard()
            throw error
        }
    }

    public func write(_ page: Page, number: Int) throws {
        guard var document = open else { throw RenderError("a page was written before the document began") }
        do {
            // The surface starts at the first page's size. Cairo 1.16 reports "invalid
            // tag nesting" if the size is set again while the first page's tags are open.
            if page.size != document.pageSize {
                try document.surface.setPageSize(width: page.size.width, height: page.size.height)
                document.pageSize = page.size
                open = document
            }
            try document.painter.paint(page.items)
            if let printMarks {
                let trim = printMarks.trim(onSheet: page.size)
                // PDF user space runs upwards from the sheet's bottom edge.
                trimBoxes.append(PageBox(x: trim.x, y: page.size.height - trim.maxY, width: trim.width, height: trim.height))
            }
            // The Document element closes on the last page, before it is shown.
            if number == document.pageCount { try document.painter.endDocument() }
            try document.context.showPage()
        } catch {
            discard()
            throw error
        }
    }

    public func finish(outline: [OutlineEntry]) throws {
        guard let document = open else { throw RenderError("the document was finished before it began") }
        do {
            try addOutline(outline, to: document.surface)
            try document.surface.finish()
            open = nil
            try finishStandards(document.painter)
            finished = true
        } catch {
            discard()
            throw error
        }
    }

    /// Moves the finished PDF into place (`OutputFile.commit`).
    public func commit(syncingFolder: Bool = true) throws {
        guard finished, let file else { throw RenderError("the PDF was committed before it was finished") }
        finished = false
        self.file = nil
        try file.commit(syncingFolder: syncingFolder)
    }

    /// Drops the document: the temporary file goes, any earlier PDF at the target stays.
    public func discard() {
        open = nil
        finished = false
        file?.discard()
        file = nil
    }


    /// What cairo cannot write (PDF/UA-1; PDF/X-4 for print), added to the finished file.
    private func finishStandards(_ painter: TreePainter) throws {
        guard let info, let file else { throw RenderError("the document was finished before it began") }
        // Cairo's bytes must all be in the file before the finishing stage reads it.
        try file.checkWrites()
        let print = printMarks.map { PrintConditions(trimBoxes: trimBoxes, bleed: $0.bleed) }
        try PDFFinisher.finish(file.temporary, FinishingInput(
            title: info.title, author: info.author, subject: info.subject, keywords: info.keywords,
            language: info.language, creator: "Folio", date: date, elements: painter.notes,
            artifacts: painter.unmarked.pages, print: print))
    }

    /// PDF bookmarks: each entry nests under the nearest earlier entry of a lower level.
    private func addOutline(_ outline: [OutlineEntry], to surface: PDFSurface) throws {
        var parents: [(level: Int, id: Int32)] = []
        for entry in outline {
            while let last = parents.last, last.level >= entry.level { parents.removeLast() }
            let id = try surface.addOutline(entry.title, destination: entry.destination, parent: parents.last?.id)
            parents.append((entry.level, id))
        }
    }

    private func writeMetadata(_ info: DocumentInfo, to surface: PDFSurface) throws {
        try surface.setMetadata(.title, info.title)
        try surface.setMetadata(.author, info.author)
        if let subject = info.subject { try surface.setMetadata(.subject, subject) }
        if !info.keywords.isEmpty { try surface.setMetadata(.keywords, info.keywords.joined(separator: ", ")) }
        try surface.setMetadata(.creator, "Folio")
        let stamp = UTCTimestamp(date).rfc3339
        try surface.setMetadata(.createDate, stamp)
        try surface.setMetadata(.modifyDate, stamp)
    }
}
