import FolioCore
import Foundation

/// A language's hyphenation exceptions, as TeX's `\hyphenation{sur-gery}`:
/// words whose hyphenation points are given in full, which the patterns then
/// do not decide. Liang's patterns are a compressed dictionary that misses
/// some words ("Word Hy-phen-a-tion by Com-put-er", 1983, §1: TeX's
/// exception list exists for them); LibreOffice's en_US patterns, for one,
/// give "surgery" no point at all where TeX's give "sur-gery".
///
/// The file is `Languages/<code>/hyphenation.txt`: words separated by spaces
/// or line ends, a hyphen at each allowed break, `%` starting a comment, as
/// in TeX. Matching ignores case, and the paragraph's minimum letters before
/// and after a hyphen still apply (TeX applies \lefthyphenmin and
/// \righthyphenmin to exceptions too). Format: docs/layout-format.md ("How text is set").
public struct HyphenationExceptions: Sendable {
    /// Lower-cased word → positions (in characters) after which it may break.
    private var words: [String: [Int]] = [:]

    public init() {}

    /// Reads an exception list; throws a diagnostic naming `file` and the line
    /// of the first entry that is not letters joined by single hyphens.
    public init(text: String, file: String) throws {
        for (number, rawLine) in text.split(separator: "\n", omittingEmptySubsequences: false).enumerated() {
            let line = rawLine.prefix { $0 != "%" }
            for entry in line.split(whereSeparator: \.isWhitespace) {
                guard let (word, points) = Self.parse(entry) else {
                    throw DiagnosticError(.error(
                        "\"\(entry)\" is not a hyphenated word: letters with a hyphen at each allowed break, "
                            + "e.g. sur-gery", at: SourceLocation(file: file, line: number + 1)))
                }
                words[word] = points
            }
        }
    }

    /// Hyphenation points of `word` (after that many characters), or nil when
    /// the list does not have the word and the patterns decide.
    public func points(in word: String) -> [Int]? {
        words.isEmpty ? nil : words[word.lowercased()]
    }

    public var isEmpty: Bool { words.isEmpty }

    private static func parse(_ entry: Substring) -> (String, [Int])? {
        var word = "", points: [Int] = []
        var count = 0, previousWasHyphen = true
        for character in entry {
            if character == "-" {
                guard !previousWasHyphen else { return nil }
                points.append(count)
                previousWasHyphen = true
            } else if character.isLetter || character == "’" || character == "'" {
                word.append(character)
                count += 1
                previousWasHyphen = false
            } else {
                return nil
            }
        }
        guard !previousWasHyphen || points.isEmpty, count > 0 else { return nil }
        // The lower-cased word must keep its length, so that positions still count characters.
        let lower = word.lowercased()
        guard lower.count == count else { return nil }
        return (lower, points)
    }
}

/// The exception lists of a `Languages/` folder, read once per language when a
/// paragraph in that language first hyphenates; shared by threads.
public final class HyphenationExceptionLibrary: @unchecked Sendable {
    /// `Languages/`, one folder per language; nil: no exceptions at all.
    let folder: URL?
    let displayFolder: String
    private var loaded: [String: HyphenationExceptions] = [:]
    private let lock = NSLock()

    /// File name of a language's list inside its folder.
    public static let fileName = "hyphenation.txt"

    /// - Parameters:
    ///   - folder: the folder of language folders (`Languages`); nil for none.
    ///   - displayFolder: how reports name that folder.
    public init(folder: URL? = nil, displayFolder: String = "Languages") {
        self.folder = folder
        self.displayFolder = displayFolder
    }

    /// The list for `language` ("en", or "en-GB", which falls back to "en"),
    /// empty when the language has none.
    public func exceptions(for language: String) throws -> HyphenationExceptions {
        if let known = lock.withLock({ loaded[language] }) { return known }
        var exceptions = HyphenationExceptions()
        if let folder {
            let base = String(language.split(whereSeparator: { $0 == "-" || $0 == "_" }).first ?? "")
            for code in [language, base] where !code.isEmpty {
                let url = folder.appendingPathComponent(code).appendingPathComponent(Self.fileName)
                guard FileManager.default.fileExists(atPath: url.path) else { continue }
                let file = "\(displayFolder)/\(code)/\(Self.fileName)"
                guard let text = try? String(contentsOf: url, encoding: .utf8) else {
                    throw DiagnosticError(.error("cannot read the hyphenation exceptions as UTF-8 text",
                                                 at: SourceLocation(file: file)))
                }
                exceptions = try HyphenationExceptions(text: text, file: file)
                break
            }
        }
        lock.withLock { loaded[language] = exceptions }
        return exceptions
    }
}
