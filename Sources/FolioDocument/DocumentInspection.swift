import FolioCore
import FolioText
import Foundation

/// Which font a layout's paragraph style resolves to.
public struct StyleFont: Sendable {
    public var style: String
    /// The family and variant the style asks for, e.g. "Noto Sans bold".
    public var requested: String
    /// The font found (bundled or through Fontconfig), or nil.
    public var resolved: Font?
    /// Families tried for characters the font lacks.
    public var fallbacks: [String]
}

extension LoadedLayout {
    /// Every paragraph style with the font it resolves to, by style name.
    public func styleFonts(_ fonts: FontLibrary) -> [StyleFont] {
        spec.styles.styles.keys.sorted().compactMap { name in
            guard let style = spec.styles.styles[name]?.text else { return nil }
            let variant = [style.variant.bold ? "bold" : nil, style.variant.italic ? "italic" : nil].compactMap { $0 }
            return StyleFont(style: name, requested: ([style.family] + variant).joined(separator: " "),
                             resolved: fonts.font(family: style.family, variant: style.variant, language: style.language),
                             fallbacks: style.fallbackFamilies)
        }
    }
}

/// Checks a data folder on its own: every YAML file parses, every staff
/// profile is complete, every CSV file is well formed, every Markdown file
/// parses. Finds problems in files no layout uses yet.
public enum DataFolderCheck {
    public static func problems(in directory: URL, displayPath: String) -> [Diagnostic] {
        let store = DataStore(directory: directory, displayPath: displayPath, language: "en")
        var problems: [Diagnostic] = []
        let files = (FileManager.default.enumerator(atPath: directory.path)?.allObjects as? [String] ?? []).sorted()
        for file in files {
            do {
                switch URL(fileURLWithPath: file).pathExtension {
                case "yaml", "yml":
                    if file.hasPrefix("staff/") {
                        _ = try StaffProfile.load(file, store: store)
                    } else {
                        _ = try store.yaml(file)
                    }
                case "csv":
                    let text = try store.text(file, requestedAt: SourceLocation(file: store.displayPath(of: file)),
                                              field: "")
                    _ = try CSVTable(text: text, file: store.displayPath(of: file))
                case "md":
                    let text = try store.text(file, requestedAt: SourceLocation(file: store.displayPath(of: file)),
                                              field: "")
                    _ = try MarkdownParser.parse(text, file: store.displayPath(of: file))
                default:
                    continue
                }
            } catch let error as DiagnosticError {
                problems += error.diagnostics
            } catch {
                problems.append(.error("\(error)", at: SourceLocation(file: store.displayPath(of: file))))
            }
        }
        return problems
    }
}
