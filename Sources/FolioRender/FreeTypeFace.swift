import CFreeType

/// A FreeType face the renderer hands to cairo-ft: opened from a font's file
/// and face index, or from the bytes of a subset. Owns its library, face and
/// (for a subset) the bytes FreeType reads from, until cairo lets go of it.
final class FreeTypeFace {
    let face: FT_Face
    private let library: FT_Library
    private let bytes: UnsafeMutableRawBufferPointer?

    /// Face `index` of the font file at `path`.
    init(path: String, index: Int) throws {
        var library: FT_Library?
        guard FT_Init_FreeType(&library) == 0, let library else { throw RenderError("FreeType could not start") }
        var face: FT_Face?
        guard FT_New_Face(library, path, FT_Long(index), &face) == 0, let face else {
            FT_Done_FreeType(library)
            throw RenderError("FreeType cannot open the font file \(path) (face \(index))")
        }
        self.library = library
        self.face = face
        bytes = nil
    }

    /// A face over a font file held in memory (a subset); nil when FreeType cannot read it.
    init?(fontFile data: [UInt8]) {
        var library: FT_Library?
        guard !data.isEmpty, FT_Init_FreeType(&library) == 0, let library else { return nil }
        // FreeType reads the bytes for the face's whole life: they get storage of their own.
        let bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: data.count, alignment: 8)
        bytes.copyBytes(from: data)
        var face: FT_Face?
        let status = FT_New_Memory_Face(library, bytes.baseAddress!.assumingMemoryBound(to: UInt8.self),
                                        FT_Long(data.count), 0, &face)
        guard status == 0, let face else {
            bytes.deallocate()
            FT_Done_FreeType(library)
            return nil
        }
        self.library = library
        self.face = face
        self.bytes = bytes
    }

    deinit {
        FT_Done_Face(face)
        FT_Done_FreeType(library)
        bytes?.deallocate()
    }
}
