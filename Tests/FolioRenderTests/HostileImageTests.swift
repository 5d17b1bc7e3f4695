import FolioImages
import Foundation
import Testing

/// Issue 16, point 3: an image's size is checked from its header, before decoding.
@Suite struct HostileImageTests {
    /// A PNG whose header declares `width` × `height` pixels, with no pixel data
    /// (the size is read from IHDR alone; the CRCs are left zero).
    func pngHeader(width: UInt32, height: UInt32) -> Data {
        func chunk(_ type: String, _ body: [UInt8]) -> [UInt8] {
            bigEndian(UInt32(body.count)) + Array(type.utf8) + body + [0, 0, 0, 0]
        }
        func bigEndian(_ value: UInt32) -> [UInt8] { (0..<4).map { UInt8(truncatingIfNeeded: value >> (24 - 8 * $0)) } }
        let header = bigEndian(width) + bigEndian(height) + [8, 2, 0, 0, 0]
        return Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A] + chunk("IHDR", header) + chunk("IEND", []))
    }

    @Test func aDecompressionBombIsRefusedFromItsHeader() throws {
        #expect {
            try ImageFile(path: "Data/bomb.png", data: pngHeader(width: 20000, height: 20000))
        } throws: { error in
            let text = "\(error)"
            return text.contains("Data/bomb.png is 20000 × 20000 pixels, more than the limit of 100 megapixels")
                && text.contains("FOLIO_MAX_IMAGE_MEGAPIXELS=1000")
        }
        // Within the limit, the same header is an image.
        #expect(try ImageFile(path: "ok.png", data: pngHeader(width: 4000, height: 3000)).pixelWidth == 4000)
    }

    @Test func aTruncatedImageIsAnErrorNotACrash() throws {
        let full = pngHeader(width: 10, height: 10)
        for length in [0, 7, 8, 20] {
            #expect(throws: (any Error).self) { try ImageFile(path: "cut.png", data: full.prefix(length)) }
        }
    }
}
