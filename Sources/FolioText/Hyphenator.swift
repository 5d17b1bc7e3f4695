import CHyphen
import Foundation
import Synchronization

/// Liang's pattern hyphenation ("Word Hy-phen-a-tion by Com-put-er", 1983)
/// through libhyphen, with LibreOffice's dictionaries from Debian's `hyphen-*`
/// packages. A dictionary is read-only once loaded and shared between threads.
public final class Hyphenator: @unchecked Sendable {
    private let dictionary: UnsafeMutablePointer<HyphenDict>
    /// The dictionary file, e.g. /usr/share/hyphen/hyph_en_US.dic.
    public let path: String

    /// Loads a libhyphen dictionary; nil when the file is missing or unreadable.
    public init?(path: String) {
        guard let dictionary = hnj_hyphen_load(path) else { return nil }
        self.dictionary = dictionary
        self.path = path
    }

    deinit {
        hnj_hyphen_free(dictionary)
    }

    /// The dictionary for `language`, loaded once per process (dictionaries are
    /// read-only, so every typesetter and thread shares them); nil when Debian
    /// has none for the language.
    public static func shared(for language: String) -> Hyphenator? {
        registry.withLock { loaded in
            if let cached = loaded[language] { return cached }
            let hyphenator = dictionaryPath(for: language).flatMap { Hyphenator(path: $0) }
            loaded[language] = .some(hyphenator)
            return hyphenator
        }
    }

    private static let registry = Mutex<[String: Hyphenator?]>([:])

    /// Where Debian installs hyphenation dictionaries.
    public static let directory = "/usr/share/hyphen"

    /// The dictionary for a BCP 47 language ("en", "en-GB", "de"), trying the
    /// most specific file first: hyph_en_GB.dic, then hyph_en_US.dic for plain
    /// English, then hyph_en.dic.
    public static func dictionaryPath(for language: String) -> String? {
        let parts = language.replacingOccurrences(of: "-", with: "_").split(separator: "_").map(String.init)
        guard let base = parts.first?.lowercased() else { return nil }
        var candidates: [String] = []
        if parts.count > 1 { candidates.append("\(base)_\(parts[1].uppercased())") }
        if base == "en" { candidates.append("en_US") }
        candidates.append(base)
        return candidates.map { "\(directory)/hyph_\($0).dic" }
            .first { FileManager.default.fileExists(atPath: $0) }
    }

    /// Positions (in characters from the word's start) after which `word` may be
    /// hyphenated, keeping at least `leftMin` characters before and `rightMin` after.
    public func points(in word: String, leftMin: Int, rightMin: Int) -> [Int] {
        let characters = Array(word)
        guard characters.count >= leftMin + rightMin, characters.count < 100 else { return [] }
        let lower = Array(word.lowercased().utf8)
        // Lower-casing can change the length (e.g. "İ"); the patterns then do not apply.
        guard word.lowercased().count == characters.count else { return [] }
        var hyphens = [CChar](repeating: 0, count: lower.count + 5)
        var hyphenated = [CChar](repeating: 0, count: lower.count * 2 + 5)
        var replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?
        var positions: UnsafeMutablePointer<Int32>?
        var cuts: UnsafeMutablePointer<Int32>?
        // NUL-terminated although the length is passed: libhyphen also reads the
        // word as a C string (strstr), past its end otherwise (found by `make fuzz`,
        // AddressSanitizer: heap-buffer-overflow in hnj_hyphen_hyphenate3).
        let status = (lower.map { CChar(bitPattern: $0) } + [0]).withUnsafeBufferPointer { buffer in
            hnj_hyphen_hyphenate3(dictionary, buffer.baseAddress, Int32(lower.count), &hyphens, &hyphenated,
                                  &replacements, &positions, &cuts, Int32(leftMin), Int32(rightMin), 0, 0)
        }
        defer { Self.freeReplacements(replacements, positions, cuts, count: characters.count) }
        guard status == 0 else { return [] }
        // For UTF-8 dictionaries libhyphen reports one entry per character; an odd
        // value after character i allows a hyphen there.
        return (0..<(characters.count - 1)).filter { hyphens[$0] & 1 == 1 }.map { $0 + 1 }
            .filter { $0 >= leftMin && characters.count - $0 >= rightMin }
    }

    /// Non-standard hyphenation (e.g. old German "ck" → "k-k") comes back as
    /// malloc'd arrays; Folio does not use it but must free it.
    private static func freeReplacements(_ replacements: UnsafeMutablePointer<UnsafeMutablePointer<CChar>?>?,
                                         _ positions: UnsafeMutablePointer<Int32>?,
                                         _ cuts: UnsafeMutablePointer<Int32>?, count: Int) {
        if let replacements {
            for index in 0..<count { free(replacements[index]) }
            free(replacements)
        }
        free(positions)
        free(cuts)
    }
}
