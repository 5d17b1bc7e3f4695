import CQREncode
import Foundation

/// A QR code's modules (ISO/IEC 18004), encoded by libqrencode. The C
/// structure stays in this file: what leaves it is a plain grid.
public struct QRMatrix: Sendable, Equatable {
    /// Modules per side (21 for version 1, 4 more per version).
    public let size: Int
    /// Row by row, true for a dark module.
    public let dark: [Bool]

    /// Error correction: M restores 15 % of the code, enough for a printed
    /// leaflet that gets folded and handled (ISO/IEC 18004, 4.9).
    public enum Correction: Sendable {
        case low, medium, quartile, high

        var level: QRecLevel {
            switch self {
            case .low: QR_ECLEVEL_L
            case .medium: QR_ECLEVEL_M
            case .quartile: QR_ECLEVEL_Q
            case .high: QR_ECLEVEL_H
            }
        }
    }

    /// Encodes `text` (UTF-8, in 8-bit mode so that a URL keeps its case) in
    /// the smallest version that holds it; nil when it is too long for a QR code
    /// (about 2,300 bytes at level M) or empty.
    public init?(_ text: String, correction: Correction = .medium) {
        guard !text.isEmpty else { return nil }
        guard let code = QRcode_encodeString8bit(text, 0, correction.level) else { return nil }
        defer { QRcode_free(code) }
        let width = Int(code.pointee.width)
        // Bit 0 of each byte is the module's colour (1 dark); the other bits say what the module is for.
        let bytes = UnsafeBufferPointer(start: code.pointee.data, count: width * width)
        size = width
        dark = bytes.map { $0 & 1 == 1 }
    }

    /// Whether the module in `row`, `column` is dark.
    public func isDark(row: Int, column: Int) -> Bool { dark[row * size + column] }
}
