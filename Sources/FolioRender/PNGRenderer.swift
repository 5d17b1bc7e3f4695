import FolioCore
import CCairo
import FolioLayout
import Foundation

/// Renders pages as PNG images through cairo's image surface, for previews:
/// the same drawing code as the PDF, rasterized at `resolution` pixels per inch.
public struct PNGRenderer {
    public var resolution: Double
    public var fonts: FontFaceCache

    public init(resolution: Double, fonts: FontFaceCache = FontFaceCache()) {
        self.resolution = resolution
        self.fonts = fonts
    }

    /// Writes page N to `<prefix>-N.png` (numbered from 1, zero-padded to the
    /// page count's width) and returns the files written.
    public func write(_ list: DisplayList, prefix: URL, pages: ClosedRange<Int>? = nil) throws -> [URL] {
        let directory = prefix.deletingLastPathComponent()
        try FileManager.default.createDirectory(at: directory, withIntermediateDirectories: true)
        let digits = String(list.pages.count).count
        let images = ImageSurfaces()
        let faces = try DocumentFaces(shared: fonts)
        var written: [URL] = []
        for (index, page) in list.pages.enumerated() where pages?.contains(index + 1) ?? true {
            let number = String(repeating: "0", count: digits - String(index + 1).count) + String(index + 1)
            let url = directory.appendingPathComponent("\(prefix.lastPathComponent)-\(number).png")
            try render(page, faces: faces, images: images, to: url)
            written.append(url)
        }
        return written
    }

    private func render(_ page: Page, faces: DocumentFaces, images: ImageSurfaces, to url: URL) throws {
        let scale = resolution / 72
        guard let width = Int32(checked: (page.size.width * scale).rounded(.up)),
              let height = Int32(checked: (page.size.height * scale).rounded(.up)), width > 0, height > 0,
              Int64(width) * Int64(height) <= 400_000_000 else {
            throw RenderError("a \(page.size.width) × \(page.size.height) pt page at \(resolution) dpi is too large an image; "
                + "lower --resolution")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, width, height) else {
            throw RenderError("cairo could not create a \(width) × \(height) image")
        }
        defer { cairo_surface_destroy(surface) }
        try RenderError.check(cairo_surface_status(surface), "creating a \(width) × \(height) image")
        do {
            let context = try CairoContext(surface: surface, fonts: faces, images: images)
            try context.paintWhite()
            context.scale(scale)
            try TreePainter(context: context, tagged: false).paint(page.items)
        }
        cairo_surface_flush(surface)
        let file = try OutputFile(target: url)
        let status = cairo_surface_write_to_png_stream(surface, OutputFile.cairoWrite, file.cairoClosure)
        try file.checkWrites()
        try RenderError.check(status, "writing \(url.path)")
        try file.commit()
    }
}
