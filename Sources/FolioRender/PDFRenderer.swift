import FolioLayout
import Foundation

/// Renders a display list into a PDF file through cairo.
///
/// The file is written under a temporary name beside the target and renamed
/// into place only when cairo reports success, so a failed build never leaves
/// a half-written PDF where a good one was.
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
        guard let first = list.pages.first else { throw RenderError("the document has no pages") }
        let directory = url.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let temporary = directory.appendingPathComponent(".\(url.lastPathComponent).\(getpid()).tmp")
        do {
            try render(list, firstPage: first, to: temporary.path)
            guard rename(temporary.path, url.path) == 0 else {
                throw RenderError("cannot move the finished PDF to \(url.path): \(String(cString: strerror(errno)))")
            }
        } catch {
            try? FileManager.default.removeItem(at: temporary)
            throw error
        }
    }

    private func render(_ list: DisplayList, firstPage: Page, to path: String) throws {
        let surface = try PDFSurface(path: path, width: firstPage.size.width, height: firstPage.size.height)
        try writeMetadata(list.info, to: surface)
        let images = ImageSurfaces()
        do {
            let faces = try DocumentFaces(shared: fonts, subsetting: list)
            let context = try CairoContext(surface: surface.handle, fonts: faces, images: images)
            try context.beginTag("Document")
            var currentSize = firstPage.size
            for (index, page) in list.pages.enumerated() {
                // The surface starts at the first page's size. Cairo 1.16 reports "invalid
                // tag nesting" if the size is set again while the first page's tags are open.
                if page.size != currentSize {
                    try surface.setPageSize(width: page.size.width, height: page.size.height)
                    currentSize = page.size
                }
                for item in page.items { try context.draw(item) }
                if index == list.pages.count - 1 { try context.endTag("Document") }
                try context.showPage()
            }
        }
        try addOutline(list.outline, to: surface)
        try surface.finish()
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
        let stamp = Self.iso8601(date)
        try surface.setMetadata(.createDate, stamp)
        try surface.setMetadata(.modifyDate, stamp)
    }

    /// `YYYY-MM-DDThh:mm:ssZ`, the form cairo's metadata API takes.
    static func iso8601(_ date: Date) -> String {
        let formatter = ISO8601DateFormatter()
        formatter.timeZone = TimeZone(identifier: "UTC")
        formatter.formatOptions = [.withInternetDateTime]
        return formatter.string(from: date)
    }
}
