import CCairo
import CFreeType
import FolioLayout
import FolioText
import Foundation

/// Cairo font faces for Folio's fonts, made once per font and kept for the
/// cache's life, over FreeType faces opened from each font's file. Each cairo
/// face holds a strong reference to its FreeType face (via cairo user data) so
/// that it outlives every cairo object using it, however long cairo's own
/// caches keep the face.
///
/// One cache may serve renders on several threads (mail merge): each font then
/// has exactly one cairo face, whose lock serializes FreeType's use of the
/// shared FT_Face (two cairo faces over one FT_Face would race).
public final class FontFaceCache: @unchecked Sendable {
    private var faces: [ObjectIdentifier: OpaquePointer] = [:]
    /// Faces over subsets of large fonts, by font and glyph set: documents of a
    /// mail merge that draw the same glyphs share one subset.
    private var subsetFaces: [SubsetKey: DrawingFace] = [:]
    private let lock = NSLock()

    private struct SubsetKey: Hashable {
        var font: ObjectIdentifier
        var glyphs: Set<UInt32>
        var characters: Set<UInt32>
    }

    public init() {}
    /// Cairo identifies user data by the key's address only; nothing ever writes it.
    nonisolated(unsafe) private static var retainKey = cairo_user_data_key_t()

    deinit {
        for face in faces.values { cairo_font_face_destroy(face) }
        for face in subsetFaces.values { cairo_font_face_destroy(face.handle) }
    }

    /// A face over `use.font` cut down to the glyphs drawn (hb-subset), or nil when it cannot be made.
    func subsetFace(for use: LargeFontUse) throws -> DrawingFace? {
        lock.lock()
        defer { lock.unlock() }
        let key = SubsetKey(font: ObjectIdentifier(use.font), glyphs: use.glyphs, characters: use.characters)
        if let face = subsetFaces[key] { return face }
        let font = use.font
        guard let subset = font.subset(keeping: use.glyphs, drawnFrom: use.characters),
              let file = FreeTypeFace(fontFile: subset.fontFile) else { return nil }
        let face = DrawingFace(handle: try Self.cairoFace(file.face, keeping: file, name: "\(font) (subset)"),
                               glyphIDs: subset.glyphIDs)
        subsetFaces[key] = face
        return face
    }

    func face(for font: Font) throws -> OpaquePointer {
        lock.lock()
        defer { lock.unlock() }
        if let face = faces[ObjectIdentifier(font)] { return face }
        let file = try FreeTypeFace(path: font.path, index: font.faceIndex)
        let face = try Self.cairoFace(file.face, keeping: file, name: "\(font)")
        faces[ObjectIdentifier(font)] = face
        return face
    }

    /// A cairo face over `ftFace` that keeps `owner` (what keeps the FreeType face alive) until cairo lets go.
    static func cairoFace(_ ftFace: FT_Face, keeping owner: AnyObject, name: String) throws -> OpaquePointer {
        // FT_LOAD_NO_HINTING: PDF output is resolution independent.
        guard let face = cairo_ft_font_face_create_for_ft_face(ftFace, Int32(FT_LOAD_NO_HINTING)) else {
            throw RenderError("cairo could not use the font \(name)")
        }
        let retained = Unmanaged.passRetained(owner).toOpaque()
        let status = cairo_font_face_set_user_data(face, &retainKey, retained) { pointer in
            if let pointer { Unmanaged<AnyObject>.fromOpaque(pointer).release() }
        }
        if status != CAIRO_STATUS_SUCCESS {
            Unmanaged<AnyObject>.fromOpaque(retained).release()
            cairo_font_face_destroy(face)
            try RenderError.check(status, "attaching the font \(name)")
        }
        try RenderError.check(cairo_font_face_status(face), "loading the font \(name)")
        return face
    }
}

/// A cairo face to draw a run with, and how the run's glyph ids are numbered in it.
struct DrawingFace {
    let handle: OpaquePointer
    /// For a subset: each glyph's id in it, by its id in the whole font. Nil: the whole font.
    let glyphIDs: [UInt32: UInt32]?

    /// The id to draw `glyph` (an id of the whole font) with.
    func id(for glyph: UInt32) -> UInt32 { glyphIDs?[glyph] ?? glyph }
}

/// The cairo faces of one document: the shared ones, and for very large fonts
/// (CJK) faces over subsets holding this document's glyphs.
final class DocumentFaces {
    private let shared: FontFaceCache
    private var subsets: [ObjectIdentifier: DrawingFace] = [:]

    init(shared: FontFaceCache, subsets uses: [ObjectIdentifier: LargeFontUse] = [:]) throws {
        self.shared = shared
        for (id, use) in uses {
            if let face = try shared.subsetFace(for: use) { subsets[id] = face }
        }
    }

    /// The face for a run of `glyphs` in `font`: the subset when it holds them
    /// all, else the whole font (a glyph the counting pass did not see).
    func face(for font: Font, glyphs: [UInt32]) throws -> DrawingFace {
        if let subset = subsets[ObjectIdentifier(font)], let kept = subset.glyphIDs,
           glyphs.allSatisfy({ kept[$0] != nil }) {
            return subset
        }
        return DrawingFace(handle: try shared.face(for: font), glyphIDs: nil)
    }
}
