/// What a JPEG's markers say before its image data: the frame size (SOFn)
/// and the EXIF orientation (APP1), read without decoding (ITU T.81, EXIF 2.3).
struct JPEGHeader {
    var width: Double
    var height: Double
    var orientation: Int

    init?(_ bytes: [UInt8]) {
        guard bytes.count > 4, bytes[0] == 0xFF, bytes[1] == 0xD8 else { return nil }
        var orientation = 1
        var position = 2
        while position + 4 <= bytes.count {
            guard bytes[position] == 0xFF else { return nil }
            let marker = bytes[position + 1]
            if marker == 0xFF { position += 1; continue }
            let length = bigEndian(bytes, position + 2, 2)
            let segment = position + 4
            guard length >= 2, segment + length - 2 <= bytes.count else { return nil }
            if marker == 0xE1, let found = Self.exifOrientation(bytes, start: segment, end: segment + length - 2) {
                orientation = found
            }
            // SOF0–SOF15 carry the frame size; C4, C8 and CC are other tables.
            if (0xC0...0xCF).contains(marker), ![0xC4, 0xC8, 0xCC].contains(marker), length >= 7 {
                height = Double(bigEndian(bytes, segment + 1, 2))
                width = Double(bigEndian(bytes, segment + 3, 2))
                self.orientation = orientation
                return
            }
            position = segment + length - 2
        }
        return nil
    }

    /// Tag 0x0112 of the first IFD in an "Exif\0\0" APP1 segment.
    private static func exifOrientation(_ bytes: [UInt8], start: Int, end: Int) -> Int? {
        guard end - start > 14, Array(bytes[start..<(start + 6)]) == [0x45, 0x78, 0x69, 0x66, 0, 0] else { return nil }
        let tiff = start + 6
        let little = bytes[tiff] == 0x49
        func read(_ offset: Int, _ count: Int) -> Int? {
            guard offset >= tiff, offset + count <= end else { return nil }
            let slice = Array(bytes[offset..<(offset + count)])
            return (little ? slice.reversed() : slice).reduce(0) { $0 << 8 | Int($1) }
        }
        guard let ifd = read(tiff + 4, 4), let entries = read(tiff + ifd, 2) else { return nil }
        for entry in 0..<entries {
            let at = tiff + ifd + 2 + entry * 12
            guard let tag = read(at, 2) else { return nil }
            if tag == 0x0112, let value = read(at + 8, 2), (1...8).contains(value) { return value }
        }
        return nil
    }
}
