import FolioCore
import FolioPreflight
import Foundation

/// Finds where the layout and the data files say what the preflight found on a
/// page: the style of a run (by size, colour and font), the palette line of a
/// colour, the file and line of a paragraph (by its first words).
struct LayoutLocator: PreflightLocator {
    let spec: LayoutSpec
    /// The layout's lines and the data texts read for it, searched for words and colours.
    private let layoutLines: [String]
    private let sources: [(file: String, lines: [String])]

    init(spec: LayoutSpec, store: DataStore) {
        self.spec = spec
        let layoutText = spec.url.flatMap { try? String(contentsOf: $0, encoding: .utf8) } ?? ""
        layoutLines = layoutText.components(separatedBy: "\n")
        sources = store.textsRead.map { ($0.file, $0.text.components(separatedBy: "\n")) }
            + [(spec.file, layoutLines)]
    }

    var layout: SourceLocation { SourceLocation(file: spec.file) }

    func style(of text: PlacedText) -> (location: SourceLocation, field: String)? {
        let styles = spec.styles.styles.values.sorted { ($0.location.line ?? 0) < ($1.location.line ?? 0) }
        let sized = styles.filter { abs($0.text.size - text.size) < 0.01 }
        if let exact = sized.first(where: { $0.text.color == text.color }) { return (exact.location, exact.field) }
        // A link or emphasis: its colour comes from a character style.
        if let character = spec.styles.characterStyles.values.first(where: { $0.color == text.color }) {
            return (character.location, character.field)
        }
        return sized.first.map { ($0.location, $0.field) }
    }

    func color(_ color: RGBColor) -> (location: SourceLocation, field: String)? {
        let hex = color.hex.lowercased()
        guard let index = layoutLines.firstIndex(where: { $0.lowercased().contains("\"\(hex)\"") }) else { return nil }
        let name = layoutLines[index].split(separator: ":").first.map { $0.trimmingCharacters(in: .whitespaces) }
        return (SourceLocation(file: spec.file, line: index + 1), "colors." + (name ?? ""))
    }

    func source(of text: String) -> SourceLocation? {
        let key = Self.searchKey(text)
        guard !key.isEmpty else { return nil }
        for source in sources {
            if let index = source.lines.firstIndex(where: { Self.normalized($0).contains(key) }) {
                return SourceLocation(file: source.file, line: index + 1)
            }
        }
        return nil
    }

    /// The first four words (or twelve Chinese characters) of a text, normalised.
    static func searchKey(_ text: String) -> String {
        let normal = normalized(text)
        if normal.unicodeScalars.contains(where: { (0x4E00...0x9FFF).contains($0.value) }) {
            return String(normal.filter { $0 != " " }.prefix(12))
        }
        return normal.split(separator: " ").prefix(4).joined(separator: " ")
    }

    /// Letters and digits, lower case, one space between words; Chinese without spaces
    /// (Markdown markup, punctuation and line breaks do not stop a match).
    static func normalized(_ text: String) -> String {
        var result = ""
        var space = false
        for character in text.lowercased() {
            if character.isLetter || character.isNumber {
                if space, !result.isEmpty, !(character.unicodeScalars.first.map { (0x4E00...0x9FFF).contains($0.value) } ?? false) {
                    result.append(" ")
                }
                result.append(character)
                space = false
            } else if character != "*" && character != "_" {
                space = true
            }
        }
        return result
    }
}
