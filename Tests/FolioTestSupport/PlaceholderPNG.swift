import Foundation

/// Small solid-colour PNG files for tests that need photos (staff portraits of
/// a made-up department): written by hand with stored (uncompressed) deflate
/// blocks, so no image library is needed.
public enum PlaceholderPNG {
    /// A `width` × `height` RGB image of one colour with a lighter square in the middle (a "face").
    public static func data(width: Int, height: Int, red: UInt8, green: UInt8, blue: UInt8) -> Data {
        var raw = Data()
        for y in 0..<height {
            raw.append(0) // filter: none
            for x in 0..<width {
                let inside = abs(x - width / 2) < width / 5 && abs(y - height / 2) < height / 5
                raw.append(contentsOf: inside ? [230, 220, 210] : [red, green, blue])
            }
        }
        var png = Data([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A])
        png += chunk("IHDR", bigEndian(UInt32(width)) + bigEndian(UInt32(height)) + Data([8, 2, 0, 0, 0]))
        png += chunk("IDAT", zlibStored(raw))
        png += chunk("IEND", Data())
        return png
    }

    private static func chunk(_ type: String, _ body: Data) -> Data {
        let typed = Data(type.utf8) + body
        return bigEndian(UInt32(body.count)) + typed + bigEndian(crc32(typed))
    }

    /// RFC 1950 around RFC 1951 stored blocks of at most 65,535 bytes.
    private static func zlibStored(_ data: Data) -> Data {
        var out = Data([0x78, 0x01])
        var offset = 0
        repeat {
            let length = min(65_535, data.count - offset)
            let last: UInt8 = offset + length >= data.count ? 1 : 0
            out.append(last)
            out.append(contentsOf: [UInt8(length & 0xFF), UInt8(length >> 8), UInt8(~length & 0xFF), UInt8((~length >> 8) & 0xFF)])
            out.append(data[data.startIndex + offset ..< data.startIndex + offset + length])
            offset += length
        } while offset < data.count
        var a: UInt32 = 1, b: UInt32 = 0
        for byte in data {
            a = (a + UInt32(byte)) % 65_521
            b = (b + a) % 65_521
        }
        return out + bigEndian(b << 16 | a)
    }

    private static func crc32(_ data: Data) -> UInt32 {
        var crc: UInt32 = 0xFFFF_FFFF
        for byte in data {
            crc ^= UInt32(byte)
            for _ in 0..<8 { crc = crc & 1 == 1 ? (crc >> 1) ^ 0xEDB8_8320 : crc >> 1 }
        }
        return ~crc
    }

    private static func bigEndian(_ value: UInt32) -> Data {
        Data([UInt8(value >> 24), UInt8(value >> 16 & 0xFF), UInt8(value >> 8 & 0xFF), UInt8(value & 0xFF)])
    }
}
