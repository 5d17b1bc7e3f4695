import FolioCore
import Foundation

/// Placeholders left in a data folder (`TODO: …`, as `folio init` writes them):
/// one warning per line that has one, with its file, line and column, so that
/// `folio check` lists them and `folio check --strict` fails until none is left.
/// YAML lines that are only a comment are skipped (a Markdown `#` line is a
/// heading, and a CSV file's comment says when its series is a placeholder).
public enum PlaceholderCheck {
    public static let marker = "TODO"

    public static func problems(in directory: URL, displayPath: String) -> [Diagnostic] {
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
        return files.flatMap { file -> [Diagnostic] in
            let kind = URL(fileURLWithPath: file).pathExtension
            guard ["yaml", "yml", "md", "csv"].contains(kind),
                  let text = try? String(contentsOf: directory.appendingPathComponent(file), encoding: .utf8)
            else { return [] }
            let shown = displayPath.isEmpty ? file : "\(displayPath)/\(file)"
            return text.split(separator: "\n", omittingEmptySubsequences: false).enumerated().compactMap { index, line in
                let trimmed = line.trimmingCharacters(in: .whitespaces)
                if kind == "yaml" || kind == "yml", trimmed.hasPrefix("#") { return nil }
                guard let found = line.range(of: marker) else { return nil }
                let column = line.distance(from: line.startIndex, to: found.lowerBound) + 1
                // The placeholder up to its closing quote when quoted, else to the line's end.
                let quoted = found.lowerBound > line.startIndex && line[line.index(before: found.lowerBound)] == "\""
                let rest = line[found.lowerBound...]
                let excerpt = (quoted ? rest.prefix { $0 != "\"" } : rest).prefix(60)
                return .warning("a placeholder is left: \"\(excerpt)\"; replace it with the department's own",
                                at: SourceLocation(file: shown, line: index + 1, column: column))
            }
        }
    }
}
