import FolioCore
import Foundation

/// Why an image cannot be used.
public struct ImageError: Error, CustomStringConvertible, Sendable {
    public var description: String
}

/// An image file read into memory: its kind, its size and (for JPEG) the
/// EXIF orientation the camera recorded. The bytes are kept as they are, so
/// that a JPEG goes into the PDF unchanged.
public struct ImageFile: Sendable, Hashable {
    public enum Kind: String, Sendable {
        case png, jpeg, svg
    }

    /// The path the image was read from, as the user named it; images with the
    /// same path are one image, stored once in the PDF.
    public let path: String
    public let kind: Kind
    public let data: Data
    /// Size in pixels (SVG: CSS pixels of 1/96 in), as stored.
    public let pixelWidth: Double
    public let pixelHeight: Double
    /// EXIF orientation, 1 (upright) to 8; 1 for PNG and SVG.
    public let orientation: Int
    /// Where the image was named (a layout line, a staff file) and the field
    /// naming it, for problems found where it is placed.
    public var citedAt: SourceLocation?
    public var citedField: String?

    /// Width and height as the image is meant to be seen (EXIF 5–8 turn it a quarter).
    public var displaySize: (width: Double, height: Double) {
        orientation >= 5 ? (pixelHeight, pixelWidth) : (pixelWidth, pixelHeight)
    }

    public init(path: String, data: Data) throws {
        self.path = path
        self.data = data
        let bytes = [UInt8](data.prefix(min(data.count, 1 << 20)))
        if let size = Self.pngSize(bytes) {
            kind = .png
            (pixelWidth, pixelHeight) = size
            orientation = 1
        } else if let jpeg = JPEGHeader(bytes) {
            kind = .jpeg
            (pixelWidth, pixelHeight) = (jpeg.width, jpeg.height)
            orientation = jpeg.orientation
        } else if let size = try SVGSize.read(data) {
            kind = .svg
            (pixelWidth, pixelHeight) = size
            orientation = 1
        } else {
            throw ImageError(description: "\(path) is not a PNG, JPEG or SVG image")
        }
        guard pixelWidth > 0, pixelHeight > 0 else { throw ImageError(description: "\(path) has no size") }
        // Checked from the header, before anything is decoded: a small file can
        // declare a picture that would take gigabytes to decode (a decompression bomb).
        let limit = ResourceLimit.imageMegapixels
        if kind != .svg, pixelWidth * pixelHeight > Double(limit.value) * 1_000_000 {
            throw ImageError(description: "\(path) is \(Int(saturating: pixelWidth)) × \(Int(saturating: pixelHeight)) pixels, "
                + "more than the limit of \(limit.value) megapixels for one image; scale it down "
                + "(300 pixels per inch of its printed size is enough), or \(limit.howToRaise)")
        }
    }

    /// Reads `url`; `path` names it in messages.
    public static func load(_ url: URL, path: String) throws -> ImageFile {
        guard let data = try? Data(contentsOf: url) else {
            throw ImageError(description: "there is no readable image \(path)")
        }
        return try ImageFile(path: path, data: data)
    }

    /// Width and height from a PNG's IHDR chunk (PNG spec, 11.2.2).
    static func pngSize(_ bytes: [UInt8]) -> (Double, Double)? {
        let signature: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]
        guard bytes.count >= 24, Array(bytes[0..<8]) == signature, Array(bytes[12..<16]) == Array("IHDR".utf8) else {
            return nil
        }
        return (Double(bigEndian(bytes, 16, 4)), Double(bigEndian(bytes, 20, 4)))
    }
}

func bigEndian(_ bytes: [UInt8], _ offset: Int, _ count: Int) -> Int {
    bytes[offset..<(offset + count)].reduce(0) { $0 << 8 | Int($1) }
}
