import CCairo
import CShims
import FolioImages
import FolioLayout
import Foundation

/// Cairo surfaces of a document's raster images, made once per image (by
/// path and kept pixels) however often it is placed, so that the PDF stores it
/// once. A JPEG kept whole keeps its original bytes attached, and cairo embeds
/// those unchanged; a CMYK JPEG goes in as the RGB it was converted to (cairo
/// would label its bytes DeviceCMYK with Photoshop's inversion, wrong for a
/// file without the Adobe marker and outside the document's RGB colour).
/// An image with far more pixels than its placed size needs is reduced (`PlacedPixels`).
final class ImageSurfaces {
    private struct Key: Hashable {
        var path: String
        var pixels: PlacedPixels?
    }

    private var surfaces: [Key: OpaquePointer] = [:]

    deinit {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
    }

    /// The surface of `image` drawn upright into `placed` (points).
    func surface(for image: ImageFile, placed: Rect) throws -> OpaquePointer {
        let reduced = PlacedPixels.reduced(pixelWidth: image.pixelWidth, pixelHeight: image.pixelHeight,
                                           quarterTurned: image.orientation >= 5,
                                           placedWidth: placed.width, placedHeight: placed.height)
        let key = Key(path: image.path, pixels: reduced)
        if let surface = surfaces[key] { return surface }
        var surface = switch image.kind {
        case .png: try Self.png(image.data, path: image.path)
        case .jpeg: try Self.jpeg(image.data, path: image.path,
                                  scaleDenominator: reduced?.jpegScaleDenominator(pixelWidth: image.pixelWidth) ?? 1,
                                  keepsBytes: reduced == nil)
        case .svg: throw RenderError("\(image.path) is an SVG, drawn as vectors, not a raster surface")
        }
        if let reduced {
            let smaller = try Self.reduce(surface, to: reduced, path: image.path)
            cairo_surface_destroy(surface)
            surface = smaller
        }
        surfaces[key] = surface
        return surface
    }

    /// `surface` resampled to `pixels` with cairo's good filter (a box filter
    /// when reducing, since cairo 1.14), edges padded so they do not darken.
    private static func reduce(_ surface: OpaquePointer, to pixels: PlacedPixels, path: String) throws -> OpaquePointer {
        let sourceWidth = Double(cairo_image_surface_get_width(surface))
        let sourceHeight = Double(cairo_image_surface_get_height(surface))
        guard Double(pixels.width) < sourceWidth else { return cairo_surface_reference(surface) }
        guard let target = cairo_image_surface_create(cairo_image_surface_get_format(surface),
                                                      Int32(clamping: pixels.width), Int32(clamping: pixels.height))
        else { throw RenderError("cairo could not make a surface for \(path)") }
        try RenderError.check(cairo_surface_status(target), "making a reduced surface for \(path)")
        let context = cairo_create(target)
        defer { cairo_destroy(context) }
        cairo_scale(context, Double(pixels.width) / sourceWidth, Double(pixels.height) / sourceHeight)
        cairo_set_source_surface(context, surface, 0, 0)
        let pattern = cairo_get_source(context)
        cairo_pattern_set_filter(pattern, CAIRO_FILTER_GOOD)
        cairo_pattern_set_extend(pattern, CAIRO_EXTEND_PAD)
        cairo_set_operator(context, CAIRO_OPERATOR_SOURCE)
        cairo_paint(context)
        cairo_surface_flush(target)
        let status = cairo_status(context)
        if status != CAIRO_STATUS_SUCCESS {
            cairo_surface_destroy(target)
            try RenderError.check(status, "reducing \(path)")
        }
        return target
    }

    /// Reads PNG bytes through cairo's stream reader.
    private static func png(_ data: Data, path: String) throws -> OpaquePointer {
        let reader = ByteReader(data)
        let context = Unmanaged.passRetained(reader).toOpaque()
        defer { Unmanaged<ByteReader>.fromOpaque(context).release() }
        let surface = cairo_image_surface_create_from_png_stream({ closure, buffer, length in
            guard let closure, let buffer else { return CAIRO_STATUS_READ_ERROR }
            let reader = Unmanaged<ByteReader>.fromOpaque(closure).takeUnretainedValue()
            return reader.read(into: buffer, count: Int(length)) ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_READ_ERROR
        }, context)
        guard let surface else { throw RenderError("cairo could not read the PNG \(path)") }
        let status = cairo_surface_status(surface)
        guard status == CAIRO_STATUS_SUCCESS else {
            cairo_surface_destroy(surface)
            throw RenderError("the PNG \(path) cannot be read: \(String(cString: cairo_status_to_string(status)))")
        }
        return surface
    }

    /// Decodes a JPEG for cairo and attaches its original bytes (CAIRO_MIME_TYPE_JPEG)
    /// when `keepsBytes` and the file is RGB or grey.
    private static func jpeg(_ data: Data, path: String, scaleDenominator: Int, keepsBytes: Bool) throws -> OpaquePointer {
        let decoded: JPEGImage
        do {
            decoded = try JPEGImage(data: data, scaleDenominator: scaleDenominator)
        } catch let error as RenderError {
            throw RenderError("\(path): \(error.description)")
        }
        guard let surface = cairo_image_surface_create(CAIRO_FORMAT_RGB24, Int32(decoded.width), Int32(decoded.height))
        else { throw RenderError("cairo could not make a surface for \(path)") }
        try RenderError.check(cairo_surface_status(surface), "making a surface for \(path)")
        let stride = Int(cairo_image_surface_get_stride(surface))
        if let target = cairo_image_surface_get_data(surface) {
            decoded.pixels.withUnsafeBufferPointer { source in
                guard let base = source.baseAddress else { return }
                for row in 0..<decoded.height {
                    (target + row * stride).update(from: base + row * decoded.stride, count: min(stride, decoded.stride))
                }
            }
        }
        cairo_surface_mark_dirty(surface)
        guard keepsBytes, !decoded.isCMYK, scaleDenominator == 1 else { return surface }
        // Cairo frees the copy of the original bytes when it is done with the surface.
        let copy = UnsafeMutableRawPointer.allocate(byteCount: data.count, alignment: 1)
        data.copyBytes(to: copy.assumingMemoryBound(to: UInt8.self), count: data.count)
        let status = cairo_surface_set_mime_data(surface, CAIRO_MIME_TYPE_JPEG, copy.assumingMemoryBound(to: UInt8.self),
                                                 UInt(data.count), { $0?.deallocate() }, copy)
        if status != CAIRO_STATUS_SUCCESS {
            copy.deallocate()
            cairo_surface_destroy(surface)
            try RenderError.check(status, "attaching the JPEG data of \(path)")
        }
        return surface
    }
}

/// Hands bytes to cairo's stream reader in the pieces it asks for.
private final class ByteReader {
    private let bytes: [UInt8]
    private var offset = 0

    init(_ data: Data) {
        bytes = [UInt8](data)
    }

    func read(into buffer: UnsafeMutablePointer<UInt8>, count: Int) -> Bool {
        guard offset + count <= bytes.count else { return false }
        bytes.withUnsafeBufferPointer { source in
            if let base = source.baseAddress { buffer.update(from: base + offset, count: count) }
        }
        offset += count
        return true
    }
}
