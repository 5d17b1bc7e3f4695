import CHarfBuzz
import Foundation
import FolioTestSupport
@testable import FolioText
import Testing

/// `Font.subset(keeping:)` on a CJK font: each kept glyph keeps its outline
/// under its new number, and the CFF charstrings come out desubroutinized.
struct FontSubsettingTests {
    let cjk = TestSupport.fonts.font(family: "Noto Sans CJK SC")!
    let text = "天津医科大学肿瘤医院食管微创外科"

    var glyphs: Set<UInt32> { Set(text.unicodeScalars.compactMap { cjk.glyph(for: $0) }) }

    /// A face read back from the subset's bytes.
    func face(of subset: FontSubset) -> OpaquePointer {
        let blob = subset.fontFile.withUnsafeBufferPointer { bytes in
            bytes.baseAddress!.withMemoryRebound(to: CChar.self, capacity: bytes.count) {
                hb_blob_create($0, UInt32(bytes.count), HB_MEMORY_MODE_DUPLICATE, nil, nil)
            }
        }
        defer { hb_blob_destroy(blob) }
        return hb_face_create(blob, 0)
    }

    @Test func everyKeptGlyphHasItsOutlineUnderItsNewNumber() throws {
        let subset = try #require(cjk.subset(keeping: glyphs))
        #expect(subset.glyphIDs.count == glyphs.count)
        let face = face(of: subset)
        defer { hb_face_destroy(face) }
        let font = hb_font_create(face)
        defer { hb_font_destroy(font) }
        for (old, new) in subset.glyphIDs {
            var whole = hb_glyph_extents_t(), cut = hb_glyph_extents_t()
            #expect(hb_font_get_glyph_extents(cjk.hbFont, old, &whole) != 0)
            #expect(hb_font_get_glyph_extents(font, new, &cut) != 0)
            #expect((whole.x_bearing, whole.y_bearing, whole.width, whole.height)
                    == (cut.x_bearing, cut.y_bearing, cut.width, cut.height), "glyph \(old) → \(new)")
        }
    }

    /// Asked by characters (all glyphs nominal), the subset keeps the same glyphs as asked by glyphs.
    @Test func askingByCharactersKeepsTheSameGlyphs() throws {
        let characters = Set(text.unicodeScalars.map(\.value))
        let byGlyphs = try #require(cjk.subset(keeping: glyphs))
        let byCharacters = try #require(cjk.subset(keeping: glyphs, drawnFrom: characters))
        #expect(byCharacters.glyphIDs == byGlyphs.glyphIDs)
    }

    /// A glyph that is no character's own (here one drawn from another text) is still kept:
    /// the subset is then asked by glyphs.
    @Test func aGlyphOutsideTheCharactersIsKept() throws {
        let other = try #require(cjk.glyph(for: "龍"))
        let subset = try #require(cjk.subset(keeping: glyphs.union([other]), drawnFrom: Set(text.unicodeScalars.map(\.value))))
        #expect(subset.glyphIDs[other] != nil)
        #expect(subset.glyphIDs.count == glyphs.count + 1)
    }

    /// The CFF's global subroutine INDEX (after the header, Name, Top DICT and
    /// String INDEXes, CFF spec 5176 §4) is empty: no subroutine is called.
    @Test func charstringsCallNoGlobalSubroutine() throws {
        let subset = try #require(cjk.subset(keeping: glyphs))
        let face = face(of: subset)
        defer { hb_face_destroy(face) }
        let table = hb_face_reference_table(face, FontFeature.makeTag("CFF "))
        defer { hb_blob_destroy(table) }
        var length: UInt32 = 0
        let bytes = try #require(hb_blob_get_data(table, &length)).withMemoryRebound(to: UInt8.self, capacity: Int(length)) {
            Array(UnsafeBufferPointer(start: $0, count: Int(length)))
        }
        var offset = Int(bytes[2])  // header size
        for _ in 0..<3 { offset = Self.end(ofIndexAt: offset, in: bytes) }
        #expect(bytes[offset] == 0 && bytes[offset + 1] == 0, "global subroutine count")
        #expect(subset.fontFile.count < 20_000, "\(subset.fontFile.count) bytes for \(glyphs.count) glyphs")
    }

    /// Cutting a subset leaves nothing of the font's file mapped that was not
    /// mapped before: hb-subset reads the kept glyphs' charstrings through a
    /// mapping of its own, let go of at the end, not through the shaping face,
    /// which would keep 64 KiB of the file resident around each (the kernel's
    /// fault-around) to the end of the document. A copy of the font at a path of
    /// this test's own, so that no other test maps it meanwhile.
    @Test func subsettingLeavesNoMoreOfTheFontFileResident() throws {
        let copy = FileManager.default.temporaryDirectory.appendingPathComponent("subset-rss-\(getpid()).ttc")
        try? FileManager.default.removeItem(at: copy)
        try FileManager.default.copyItem(atPath: cjk.path, toPath: copy.path)
        defer { try? FileManager.default.removeItem(at: copy) }
        let font = try Font(path: copy.path, faceIndex: cjk.faceIndex)
        // Ideographs from all over the font: each charstring far from the others.
        let spread = Set(stride(from: 0x4E00, to: 0x9FA0, by: 97).compactMap { font.glyph(for: Unicode.Scalar($0)!) })
        #expect(spread.count > 100)
        let before = try Self.residentKiB(of: copy.path)
        _ = try #require(font.subset(keeping: spread))
        let after = try Self.residentKiB(of: copy.path)
        #expect(after - before < 1024, "\(before) KiB of the file resident before the subset, \(after) KiB after")
    }

    /// The resident KiB of every mapping of the file at `path` (/proc/self/smaps).
    static func residentKiB(of path: String) throws -> Int {
        var total = 0, inFile = false
        // Read to the end: a /proc file reports no size, and String(contentsOfFile:) reads one page of it.
        let handle = try #require(FileHandle(forReadingAtPath: "/proc/self/smaps"))
        defer { try? handle.close() }
        let smaps = String(decoding: try handle.readToEnd() ?? Data(), as: UTF8.self)
        for line in smaps.split(separator: "\n") {
            let fields = line.split(separator: " ", omittingEmptySubsequences: true)
            if let first = fields.first, first.contains("-"), !first.hasSuffix(":") {
                inFile = fields.last.map(String.init) == path
            } else if inFile, fields.first == "Rss:", fields.count > 1 {
                total += Int(fields[1]) ?? 0
            }
        }
        return total
    }

    /// Where a CFF INDEX starting at `offset` ends (count, offSize, offsets, data).
    static func end(ofIndexAt offset: Int, in bytes: [UInt8]) -> Int {
        let count = Int(bytes[offset]) << 8 | Int(bytes[offset + 1])
        guard count > 0 else { return offset + 2 }
        let size = Int(bytes[offset + 2])
        let last = offset + 3 + count * size
        let dataLength = (0..<size).reduce(0) { $0 << 8 | Int(bytes[last + $1]) } - 1
        return last + size + dataLength
    }
}
