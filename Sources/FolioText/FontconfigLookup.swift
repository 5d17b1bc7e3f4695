import CFontconfig

/// A face found by Fontconfig: a file and its index in a collection.
struct FontconfigMatch: Hashable {
    var path: String
    var faceIndex: Int
    var family: String
}

/// System fonts through Fontconfig (for Chinese, `fonts-noto-cjk`), used after
/// the bundled fonts. Fontconfig's configuration is process-wide; calls are
/// serialised by the owning `FontLibrary`.
enum FontconfigLookup {
    /// The best face of `family` with the given weight and slant, or nil when
    /// Fontconfig only offers a substitute from another family.
    static func face(family: String, bold: Bool, italic: Bool, language: String?) -> FontconfigMatch? {
        guard let pattern = FcPatternCreate() else { return nil }
        defer { FcPatternDestroy(pattern) }
        FcPatternAddString(pattern, FC_FAMILY, family)
        FcPatternAddInteger(pattern, FC_WEIGHT, bold ? FC_WEIGHT_BOLD : FC_WEIGHT_REGULAR)
        FcPatternAddInteger(pattern, FC_SLANT, italic ? FC_SLANT_ITALIC : FC_SLANT_ROMAN)
        if let language { FcPatternAddString(pattern, FC_LANG, language) }
        guard let match = bestMatch(for: pattern) else { return nil }
        defer { FcPatternDestroy(match) }
        guard let found = describe(match), found.family.caseInsensitiveCompare(family) == .orderedSame else {
            return nil
        }
        return found
    }

    /// The first face in Fontconfig's preference order that has a glyph for `scalar`.
    static func face(covering scalar: Unicode.Scalar, language: String?) -> FontconfigMatch? {
        guard let pattern = FcPatternCreate(), let charset = FcCharSetCreate() else { return nil }
        defer {
            FcPatternDestroy(pattern)
            FcCharSetDestroy(charset)
        }
        FcCharSetAddChar(charset, scalar.value)
        FcPatternAddCharSet(pattern, FC_CHARSET, charset)
        if let language { FcPatternAddString(pattern, FC_LANG, language) }
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        guard let set = FcFontSort(nil, pattern, FcTrue, nil, &result) else { return nil }
        defer { FcFontSetDestroy(set) }
        for index in 0..<Int(set.pointee.nfont) {
            guard let candidate = set.pointee.fonts[index] else { continue }
            var candidateSet: OpaquePointer?
            if FcPatternGetCharSet(candidate, FC_CHARSET, 0, &candidateSet) == FcResultMatch,
               FcCharSetHasChar(candidateSet, scalar.value) != 0,
               let found = describe(candidate) {
                return found
            }
        }
        return nil
    }

    private static func bestMatch(for pattern: OpaquePointer) -> OpaquePointer? {
        FcConfigSubstitute(nil, pattern, FcMatchPattern)
        FcDefaultSubstitute(pattern)
        var result = FcResultNoMatch
        return FcFontMatch(nil, pattern, &result)
    }

    private static func describe(_ pattern: OpaquePointer) -> FontconfigMatch? {
        var file: UnsafeMutablePointer<FcChar8>?
        var family: UnsafeMutablePointer<FcChar8>?
        var index: Int32 = 0
        guard FcPatternGetString(pattern, FC_FILE, 0, &file) == FcResultMatch, let file else { return nil }
        _ = FcPatternGetInteger(pattern, FC_INDEX, 0, &index)
        _ = FcPatternGetString(pattern, FC_FAMILY, 0, &family)
        return FontconfigMatch(
            path: String(cString: file),
            faceIndex: Int(index),
            family: family.map { String(cString: $0) } ?? ""
        )
    }
}

private extension String {
    /// Fontconfig's API takes `const FcChar8 *`.
    func withFcString<R>(_ body: (UnsafePointer<FcChar8>) -> R) -> R {
        withCString { $0.withMemoryRebound(to: FcChar8.self, capacity: utf8.count + 1, body) }
    }
}

private func FcPatternAddString(_ pattern: OpaquePointer, _ object: String, _ value: String) {
    _ = value.withFcString { CFontconfig.FcPatternAddString(pattern, object, $0) }
}
