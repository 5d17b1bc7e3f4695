import CShims
import Foundation

/// A JPEG decoded to cairo's RGB24 pixel layout, with its original bytes kept
/// so that the PDF can embed them unchanged (cairo's JPEG MIME data).
public struct JPEGImage: Sendable {
    public let width: Int
    public let height: Int
    /// Bytes per row of `pixels`.
    public let stride: Int
    /// One 32-bit 0x00RRGGBB word per pixel, row by row.
    public let pixels: [UInt8]
    /// The file as it was read.
    public let original: Data
    /// True when the file stores CMYK or YCCK; `pixels` are converted to RGB
    /// (see CShims), and the original bytes must not go into the PDF as they are.
    public let isCMYK: Bool

    /// Decodes `data` at 1/`scaleDenominator` of its size (1, 2, 4 or 8); a
    /// damaged or non-JPEG file throws with libjpeg's message (libjpeg's own
    /// handler would end the process: see CShims).
    public init(data: Data, scaleDenominator: Int = 1) throws {
        var image = folio_jpeg_image()
        var message = [CChar](repeating: 0, count: 256)
        let decoded = data.withUnsafeBytes { bytes -> Int32 in
            guard let base = bytes.bindMemory(to: UInt8.self).baseAddress else { return 0 }
            return folio_jpeg_decode(base, bytes.count, UInt32(clamping: scaleDenominator), &image, &message, message.count)
        }
        guard decoded == 1, let pixels = image.pixels else {
            let reason = String(decoding: message.prefix { $0 != 0 }.map { UInt8(bitPattern: $0) }, as: UTF8.self)
            throw RenderError("not a readable JPEG image: \(reason.isEmpty ? "no data" : reason)")
        }
        defer { folio_jpeg_free(&image) }
        width = Int(image.width)
        height = Int(image.height)
        stride = Int(image.stride)
        self.pixels = Array(UnsafeBufferPointer(start: pixels, count: stride * height))
        original = data
        isCMYK = image.cmyk != 0
    }
}
