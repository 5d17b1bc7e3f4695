import CCairo
import CSVG
import FolioImages
import Foundation
import FolioCore
import FolioLayout
import FolioText

/// A cairo drawing context on a surface. Owns the handle and checks cairo's
/// status after each drawing call, so that a failure names what was drawn.
final class CairoContext {
    private let handle: OpaquePointer
    private let fonts: DocumentFaces
    private let images: ImageSurfaces

    /// A context on a PDF or image surface (`surface` is the cairo handle).
    init(surface: OpaquePointer, fonts: DocumentFaces, images: ImageSurfaces) throws {
        guard let context = cairo_create(surface) else { throw RenderError("cairo could not create a context") }
        handle = context
        self.fonts = fonts
        self.images = images
        try checkStatus("creating a drawing context")
    }

    deinit {
        cairo_destroy(handle)
    }

    func draw(_ item: DisplayItem) throws {
        switch item {
        case let .text(run, origin):
            try showGlyphs(run, at: origin)
        case let .rectangle(rect, fill, stroke, radius):
            addRectangle(rect, cornerRadius: radius)
            try paint(fill: fill, stroke: stroke, what: "a rectangle")
        case let .ellipse(rect, fill, stroke):
            cairo_save(handle)
            cairo_translate(handle, rect.x + rect.width / 2, rect.y + rect.height / 2)
            cairo_scale(handle, rect.width / 2, rect.height / 2)
            cairo_new_path(handle)
            cairo_arc(handle, 0, 0, 1, 0, 2 * Double.pi)
            cairo_restore(handle)
            try paint(fill: fill, stroke: stroke, what: "an ellipse")
        case let .line(from, to, stroke):
            cairo_new_path(handle)
            cairo_move_to(handle, from.x, from.y)
            cairo_line_to(handle, to.x, to.y)
            try paint(fill: nil, stroke: stroke, what: "a line")
        case let .path(elements, fill, stroke):
            addPath(elements)
            try paint(fill: fill, stroke: stroke, what: "a path")
        case let .hatch(elements, hatch):
            try drawHatch(hatch, inside: elements)
        case let .image(image, rect, clip):
            try drawImage(image, in: rect, clip: clip)
        case .group:
            // One walker of the tree, TreePainter (offsets, clips, tags); a group handed here
            // directly is painted by it without tags.
            try TreePainter(context: self, tagged: false).paint([item])
        case let .destination(name, point):
            try beginTag(CAIRO_TAG_DEST, attributes: "name='\(Self.escapeAttribute(name))' x=\(point.x) y=\(point.y)")
            try endTag(CAIRO_TAG_DEST)
        }
    }

    /// Shows what follows only inside `clip` (page coordinates), until `endClip`.
    func beginClip(_ clip: ImageClip) {
        cairo_save(handle)
        addClipPath(clip)
        cairo_clip(handle)
    }

    func endClip() {
        cairo_restore(handle)
    }

    private func addClipPath(_ clip: ImageClip) {
        cairo_new_path(handle)
        let area = clip.rect
        if clip.oval {
            cairo_save(handle)
            cairo_translate(handle, area.x + area.width / 2, area.y + area.height / 2)
            cairo_scale(handle, area.width / 2, area.height / 2)
            cairo_arc(handle, 0, 0, 1, 0, 2 * Double.pi)
            cairo_restore(handle)
        } else {
            addRectangle(area, cornerRadius: clip.cornerRadius)
        }
    }

    private func addPath(_ elements: [PathElement]) {
        cairo_new_path(handle)
        for element in elements {
            switch element {
            case let .move(point): cairo_move_to(handle, point.x, point.y)
            case let .line(point): cairo_line_to(handle, point.x, point.y)
            case let .arc(center, radius, start, end): cairo_arc(handle, center.x, center.y, radius, start, end)
            case let .arcBack(center, radius, start, end):
                cairo_arc_negative(handle, center.x, center.y, radius, start, end)
            case .close: cairo_close_path(handle)
            }
        }
    }

    /// Parallel lines clipped to the path: drawn in a frame turned by the
    /// hatch's angle, long enough to cross the path's box in any direction.
    private func drawHatch(_ hatch: Hatch, inside elements: [PathElement]) throws {
        let box = elements.bounds
        guard box.width > 0, box.height > 0, hatch.spacing > 0 else { return }
        cairo_save(handle)
        defer { cairo_restore(handle) }
        addPath(elements)
        cairo_clip(handle)
        cairo_new_path(handle)
        let reach = (box.width * box.width + box.height * box.height).squareRoot() / 2
        for angle in hatch.crossed ? [hatch.angle, hatch.angle + 90] : [hatch.angle] {
            cairo_save(handle)
            cairo_translate(handle, box.x + box.width / 2, box.y + box.height / 2)
            cairo_rotate(handle, -angle * Double.pi / 180)
            var offset = -(reach / hatch.spacing).rounded(.down) * hatch.spacing
            while offset <= reach {
                cairo_move_to(handle, -reach, offset)
                cairo_line_to(handle, reach, offset)
                offset += hatch.spacing
            }
            cairo_restore(handle)
        }
        try paint(fill: nil, stroke: hatch.stroke, what: "hatching")
    }

    /// Opens a structure element. Cairo 1.16 needs a grouping element (Document)
    /// around every other tag, links included, or it writes a damaged PDF.
    func beginTag(_ name: String, attributes: String = "") throws {
        cairo_tag_begin(handle, name, attributes)
        try checkStatus("opening the structure tag \(name)")
    }

    func endTag(_ name: String) throws {
        cairo_tag_end(handle, name)
        try checkStatus("closing the structure tag \(name)")
    }

    /// Scales what follows, e.g. points to pixels.
    func scale(_ factor: Double) {
        cairo_scale(handle, factor, factor)
    }

    /// Fills the whole surface with white (a raster page's paper).
    func paintWhite() throws {
        cairo_save(handle)
        cairo_set_source_rgb(handle, 1, 1, 1)
        cairo_paint(handle)
        cairo_restore(handle)
        try checkStatus("painting the page white")
    }

    /// Ends the page; the next drawing goes on a new page.
    func showPage() throws {
        cairo_show_page(handle)
        try checkStatus("ending a page")
    }

    /// Text goes through cairo_show_text_glyphs with HarfBuzz's clusters, so the PDF
    /// maps glyphs back to the typed text (cairo_show_glyphs would extract "ﬁ" as
    /// U+FB01 and some Han characters as Kangxi radicals; DESIGN.md).
    private func showGlyphs(_ run: GlyphRun, at origin: Point) throws {
        guard !run.glyphs.isEmpty else { return }
        let face = try fonts.face(for: run.font, glyphs: run.glyphs.map(\.id))
        cairo_set_font_face(handle, face.handle)
        if run.horizontalScale == 1 {
            cairo_set_font_size(handle, run.size)
        } else {
            // Font expansion: the glyphs are drawn wider or narrower through the
            // font matrix, so the PDF keeps one embedded subset per font (cairo
            // subsets by font face, not by matrix) and a `Tm` per run.
            var matrix = cairo_matrix_t()
            cairo_matrix_init_scale(&matrix, run.size * run.horizontalScale, run.size)
            cairo_set_font_matrix(handle, &matrix)
        }
        setColor(run.color)
        let glyphs = run.glyphs.map {
            cairo_glyph_t(index: UInt(face.id(for: $0.id)), x: origin.x + $0.x, y: origin.y + $0.y)
        }
        let clusters = run.clusters.map { cairo_text_cluster_t(num_bytes: Int32($0.bytes), num_glyphs: Int32($0.glyphs)) }
        if let link = run.link { try beginTag(CAIRO_TAG_LINK, attributes: Self.linkAttributes(link)) }
        let utf8 = Array(run.text.utf8CString)
        cairo_show_text_glyphs(handle, utf8, Int32(utf8.count - 1), glyphs, Int32(glyphs.count),
                               clusters, Int32(clusters.count), cairo_text_cluster_flags_t(rawValue: 0))
        if run.link != nil { try endTag(CAIRO_TAG_LINK) }
        try checkStatus("drawing the text \"\(run.text.prefix(40))\"")
    }

    /// An image: a raster from the cache (stored once per document), or an SVG
    /// drawn as vectors. Two cairo 1.16 traps shape this: a surface painted
    /// twice straight onto one page writes a duplicate resource key (an invalid
    /// PDF), so each placement goes through a group; and `cairo_paint` inside
    /// structure tags fails with "invalid tag nesting", so areas are filled.
    private func drawImage(_ image: ImageFile, in rect: Rect, clip: ImageClip?) throws {
        cairo_save(handle)
        defer { cairo_restore(handle) }
        cairo_new_path(handle)
        if let clip {
            addClipPath(clip)
            cairo_clip(handle)
        }
        cairo_push_group(handle)
        if image.kind == .svg {
            var message = [CChar](repeating: 0, count: 256)
            let drawn = image.data.withUnsafeBytes { bytes in
                folio_svg_render(bytes.bindMemory(to: UInt8.self).baseAddress, bytes.count,
                                 UnsafeMutableRawPointer(handle), rect.x, rect.y, rect.width, rect.height,
                                 &message, message.count)
            }
            guard drawn == 1 else {
                cairo_pattern_destroy(cairo_pop_group(handle))
                let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
                throw RenderError("cannot draw \(image.path): \(reason)")
            }
        } else {
            let surface = try images.surface(for: image, placed: rect)
            let (width, height) = image.displaySize
            cairo_translate(handle, rect.x, rect.y)
            cairo_scale(handle, rect.width / width, rect.height / height)
            var orientation = Self.orientationMatrix(image)
            cairo_transform(handle, &orientation)
            // A reduced surface (`PlacedPixels`) covers the same stored pixels with fewer.
            let kept = (Double(cairo_image_surface_get_width(surface)), Double(cairo_image_surface_get_height(surface)))
            cairo_scale(handle, image.pixelWidth / kept.0, image.pixelHeight / kept.1)
            cairo_set_source_surface(handle, surface, 0, 0)
            cairo_rectangle(handle, 0, 0, kept.0, kept.1)
            cairo_fill(handle)
        }
        // The group ends in the user space of the page again.
        cairo_pop_group_to_source(handle)
        cairo_rectangle(handle, rect.x, rect.y, rect.width, rect.height)
        cairo_fill(handle)
        try checkStatus("drawing \(image.path)")
    }

    /// Stored pixels to upright pixels for EXIF orientations 1–8 (EXIF 2.3, tag 0x0112).
    static func orientationMatrix(_ image: ImageFile) -> cairo_matrix_t {
        let w = image.pixelWidth, h = image.pixelHeight
        var matrix = cairo_matrix_t()
        switch image.orientation {
        case 2: cairo_matrix_init(&matrix, -1, 0, 0, 1, w, 0)
        case 3: cairo_matrix_init(&matrix, -1, 0, 0, -1, w, h)
        case 4: cairo_matrix_init(&matrix, 1, 0, 0, -1, 0, h)
        case 5: cairo_matrix_init(&matrix, 0, 1, 1, 0, 0, 0)
        case 6: cairo_matrix_init(&matrix, 0, 1, -1, 0, h, 0)
        case 7: cairo_matrix_init(&matrix, 0, -1, -1, 0, h, w)
        case 8: cairo_matrix_init(&matrix, 0, -1, 1, 0, 0, w)
        default: cairo_matrix_init_identity(&matrix)
        }
        return matrix
    }

    private func addRectangle(_ rect: Rect, cornerRadius: Double) {
        cairo_new_path(handle)
        let radius = min(cornerRadius, rect.width / 2, rect.height / 2)
        guard radius > 0 else {
            guard rect.x <= 0, rect.y <= 0 else {
                cairo_rectangle(handle, rect.x, rect.y, rect.width, rect.height)
                return
            }
            // A box from the page's corner may cover the whole page, and cairo 1.16 turns the
            // fill of such a box into a paint that drops what the page recorded before it, the
            // open structure tags included ("invalid tag nesting" on a US Letter page with a
            // background). Its top edge as a straight curve makes it a path, filled the same.
            cairo_move_to(handle, rect.x, rect.y)
            cairo_curve_to(handle, rect.x + rect.width / 3, rect.y, rect.x + rect.width * 2 / 3, rect.y, rect.maxX, rect.y)
            cairo_line_to(handle, rect.maxX, rect.maxY)
            cairo_line_to(handle, rect.x, rect.maxY)
            cairo_close_path(handle)
            return
        }
        let half = Double.pi / 2
        cairo_arc(handle, rect.maxX - radius, rect.y + radius, radius, -half, 0)
        cairo_arc(handle, rect.maxX - radius, rect.maxY - radius, radius, 0, half)
        cairo_arc(handle, rect.x + radius, rect.maxY - radius, radius, half, 2 * half)
        cairo_arc(handle, rect.x + radius, rect.y + radius, radius, 2 * half, 3 * half)
        cairo_close_path(handle)
    }

    private func paint(fill: RGBColor?, stroke: Stroke?, what: String) throws {
        if let fill {
            setColor(fill)
            cairo_fill_preserve(handle)
        }
        if let stroke {
            setColor(stroke.color)
            cairo_set_line_width(handle, stroke.width)
            cairo_stroke_preserve(handle)
        }
        cairo_new_path(handle)
        try checkStatus("drawing \(what)")
    }

    private func setColor(_ color: RGBColor) {
        cairo_set_source_rgb(handle, color.red, color.green, color.blue)
    }

    /// The message is made only on a failure: it quotes the text of each run drawn.
    private func checkStatus(_ action: @autoclosure () -> String) throws {
        try RenderError.check(cairo_status(handle), action())
    }

    /// A link to `#name` jumps to the destination `name` in the document; any
    /// other target is a URI (https:, mailto:).
    static func linkAttributes(_ target: String) -> String {
        if target.hasPrefix("#") { return "dest='\(escapeAttribute(String(target.dropFirst())))'" }
        return "uri='\(escapeAttribute(target))'"
    }

    /// Cairo's tag attributes quote strings with single quotes; backslash escapes them.
    static func escapeAttribute(_ value: String) -> String {
        // Most names and links have neither: Foundation's search was 0.6 % of a merged handout's time.
        guard value.utf8.contains(where: { $0 == UInt8(ascii: "\\") || $0 == UInt8(ascii: "'") }) else { return value }
        return value.replacingOccurrences(of: "\\", with: "\\\\").replacingOccurrences(of: "'", with: "\\'")
    }
}
