import CHarfBuzz

/// An OpenType feature setting applied while shaping, e.g. `kern=1`, `tnum=1`.
public struct FontFeature: Hashable, Sendable {
    /// Four-letter OpenType tag.
    public var tag: String
    /// 0 turns the feature off, 1 on; alternates take higher values.
    public var value: UInt32

    public init(_ tag: String, _ value: UInt32 = 1) {
        self.tag = tag
        self.value = value
    }

    /// Kerning and standard ligatures on, as every book face expects.
    public static let defaults: [FontFeature] = [FontFeature("kern"), FontFeature("liga")]

    /// True for a tag of exactly four printable ASCII characters.
    public static func isValidTag(_ tag: String) -> Bool {
        tag.unicodeScalars.count == 4 && tag.unicodeScalars.allSatisfy { $0.value >= 0x20 && $0.value < 0x7F }
    }

    var harfBuzzFeature: hb_feature_t {
        hb_feature_t(tag: Self.makeTag(tag), value: value, start: 0, end: UInt32.max)
    }

    public static func makeTag(_ tag: String) -> hb_tag_t {
        var scalars = Array(tag.unicodeScalars.prefix(4).map(\.value))
        while scalars.count < 4 { scalars.append(0x20) }
        return scalars.reduce(0) { ($0 << 8) | ($1 & 0xFF) }
    }
}
