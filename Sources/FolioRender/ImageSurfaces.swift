import CCairo
import CShims
import FolioImages
import Foundation

/// Cairo surfaces of a document's raster images, made once per image (by
/// path) however often it is placed, so that the PDF stores it once. A JPEG
/// keeps its original bytes attached, and cairo embeds those unchanged.
final class ImageSurfaces {
    private var surfaces: [String: OpaquePointer] = [:]

    deinit {
        for surface in surfaces.values { cairo_surface_destroy(surface) }
    }

    func surface(for image: ImageFile) throws -> OpaquePointer {
        if let surface = surfaces[image.path] { return surface }
        let surface = switch image.kind {
        case .png: try Self.png(image.data, path: image.path)
        case .jpeg: try Self.jpeg(image.data, path: image.path)
        case .svg: throw RenderError("\(image.path) is an SVG, drawn as vectors, not a raster surface")
        }
        surfaces[image.path] = surface
        return surface
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

    /// Decodes a JPEG for cairo and attaches its original bytes (CAIRO_MIME_TYPE_JPEG).
    private static func jpeg(_ data: Data, path: String) throws -> OpaquePointer {
        let decoded: JPEGImage
        do {
            decoded = try JPEGImage(data: data)
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
