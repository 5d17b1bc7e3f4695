import CCairo
import CFreeType
import FolioText
import Foundation

/// Cairo font faces for Folio's fonts, made once per font and kept for the
/// cache's life. Each cairo face holds a strong reference to its `Font` (via
/// cairo user data) so the FreeType face outlives every cairo object using it,
/// however long cairo's own caches keep the face.
///
/// One cache may serve renders on several threads (mail merge): each font then
/// has exactly one cairo face, whose lock serializes FreeType's use of the
/// shared FT_Face (two cairo faces over one FT_Face would race).
public final class FontFaceCache: @unchecked Sendable {
    private var faces: [ObjectIdentifier: OpaquePointer] = [:]
    private let lock = NSLock()

    public init() {}
    /// Cairo identifies user data by the key's address only; nothing ever writes it.
    nonisolated(unsafe) private static var retainKey = cairo_user_data_key_t()

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
    }

    func face(for font: Font) throws -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let face = faces[ObjectIdentifier(font)] { return face }
        // FT_LOAD_NO_HINTING: PDF output is resolution independent.
        guard let face = cairo_ft_font_face_create_for_ft_face(font.ftFace, Int32(FT_LOAD_NO_HINTING)) else {
            throw RenderError("cairo could not use the font \(font)")
        }
        let retained = Unmanaged.passRetained(font).toOpaque()
        let status = cairo_font_face_set_user_data(face, &Self.retainKey, retained) { pointer in
            if let pointer { Unmanaged<Font>.fromOpaque(pointer).release() }
        }
        if status != CAIRO_STATUS_SUCCESS {
            Unmanaged<Font>.fromOpaque(retained).release()
            cairo_font_face_destroy(face)
            try RenderError.check(status, "attaching the font \(font)")
        }
        try RenderError.check(cairo_font_face_status(face), "loading the font \(font)")
        faces[ObjectIdentifier(font)] = face
        return face
    }
}
