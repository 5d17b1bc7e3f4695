import FolioCore
import Foundation

/// The fonts a document may use: the bundled families in `Fonts/` first, then
/// the system's through Fontconfig. Loaded faces are cached and shared; the
/// library may be used from several threads.
public final class FontLibrary: @unchecked Sendable {
    /// Weight and slant requested of a family.
    public struct Variant: Hashable, Sendable {
        public var bold: Bool
        public var italic: Bool

        public init(bold: Bool = false, italic: Bool = false) {
            self.bold = bold
            self.italic = italic
        }
    }

    private struct FaceKey: Hashable {
        var path: String
        var index: Int
    }

    private struct FamilyKey: Hashable {
        var family: String
        var variant: Variant
    }

    /// Bundled faces by lower-cased family name.
    private var bundled: [String: [Font]] = [:]
    private var loaded: [FaceKey: Font] = [:]
    private var resolvedFamilies: [FamilyKey: Font?] = [:]
    private var coverageFallbacks: [Unicode.Scalar: Font?] = [:]
    private let lock = NSLock()

    /// Loads every `.ttf`, `.otf` and `.ttc` under `directory` (recursively).
    /// A symbolic link to the folder is followed (Foundation's enumerator does not descend into one).
    public init(bundledDirectory directory: URL) throws {
        let files = FileManager.default.enumerator(at: directory.resolvingSymlinksInPath(),
                                                   includingPropertiesForKeys: nil)?
            .compactMap { $0 as? URL }
            .filter { ["ttf", "otf"].contains($0.pathExtension.lowercased()) }
            .sorted { $0.path < $1.path } ?? []
        for file in files {
            try Self.checkConfined(file, to: directory)
            let font = try Font(path: file.path)
            loaded[FaceKey(path: file.path, index: 0)] = font
            bundled[font.family.lowercased(), default: []].append(font)
        }
    }

    /// Family names of the bundled fonts, sorted.
    public var bundledFamilies: [String] {
        lock.withLock { Set(bundled.values.compactMap { $0.first?.family }).sorted() }
    }

    /// The face of `family` closest to `variant`: bundled fonts first (exact
    /// weight and slant, else the nearest one), then Fontconfig. Nil when no
    /// font of that family exists.
    public func font(family: String, variant: Variant = Variant(), language: String? = nil) -> Font? {
        lock.withLock {
            let key = FamilyKey(family: family.lowercased(), variant: variant)
            if let cached = resolvedFamilies[key] { return cached }
            let font = bundledFace(key) ?? systemFace(family: family, variant: variant, language: language)
            resolvedFamilies[key] = font
            return font
        }
    }

    /// A system face with a glyph for `scalar`, for characters the chain misses.
    public func fallbackFont(covering scalar: Unicode.Scalar, language: String? = nil) -> Font? {
        lock.withLock {
            if let cached = coverageFallbacks[scalar] { return cached }
            var font: Font?
            if let match = FontconfigLookup.face(covering: scalar, language: language) {
                font = load(match.path, match.faceIndex)
            }
            coverageFallbacks[scalar] = font
            return font
        }
    }

    private func bundledFace(_ key: FamilyKey) -> Font? {
        guard let faces = bundled[key.family] else { return nil }
        func distance(_ font: Font) -> Int {
            (font.isBold == key.variant.bold ? 0 : 2) + (font.isItalic == key.variant.italic ? 0 : 1)
        }
        return faces.min { distance($0) < distance($1) }
    }

    private func systemFace(family: String, variant: Variant, language: String?) -> Font? {
        guard let match = FontconfigLookup.face(family: family, bold: variant.bold, italic: variant.italic,
                                                language: language) else { return nil }
        return load(match.path, match.faceIndex)
    }

    private func load(_ path: String, _ index: Int) -> Font? {
        let key = FaceKey(path: path, index: index)
        if let font = loaded[key] { return font }
        guard let font = try? Font(path: path, faceIndex: index) else { return nil }
        loaded[key] = font
        return font
    }
}
