import FolioCore
import Foundation
import Yams

/// A YAML node with the file it came from and its field path, so that every
/// message about it can name the file, line, column and field.
struct YAMLValue {
    let node: Node
    let file: String
    /// Dotted field path from the file's root, e.g. `styles.body.size`.
    let path: String
    /// Where a value made in memory (a mail-merge record, which has no YAML
    /// position) comes from.
    var origin: SourceLocation?
    /// Warnings about the file as a whole (bidirectional controls in its text), set by `load`.
    var warnings: [Diagnostic] = []

    var location: SourceLocation {
        guard let mark = node.mark else { return origin ?? SourceLocation(file: file) }
        return SourceLocation(file: file, line: mark.line, column: mark.column)
    }

    /// Plain scalars are left untyped: Folio reads numbers, lengths, dates and
    /// booleans from the text (`ScalarReading`). Each of Yams's default rules is a
    /// regular expression tried on every plain scalar (seven of them), and Yams
    /// resolves every mapping key to check for duplicates.
    static let resolver = Resolver.basic

    /// Reads and parses a YAML file; syntax errors become diagnostics with their position.
    static func load(_ url: URL, displayPath: String) throws -> YAMLValue {
        let text = try TextFile.read(url, displayPath: displayPath, clean: false).text
        do {
            guard let node = try Yams.compose(yaml: text, Self.resolver) else {
                throw DiagnosticError(.error("the file is empty", at: SourceLocation(file: displayPath)))
            }
            var root = YAMLValue(node: node, file: displayPath, path: "")
            root.warnings = try YAMLBounds.check(node, file: displayPath)
            return root
        } catch let error as YamlError {
            throw DiagnosticError(Self.diagnostic(for: error, file: displayPath))
        }
    }

    func child(_ node: Node, key: String) -> YAMLValue {
        YAMLValue(node: node, file: file, path: path.isEmpty ? key : "\(path).\(key)", origin: origin)
    }

    func element(_ node: Node, index: Int) -> YAMLValue {
        YAMLValue(node: node, file: file, path: "\(path)[\(index)]", origin: origin)
    }

    /// A problem with this value.
    func error(_ message: String) -> Diagnostic {
        .error(message, at: location, field: path.isEmpty ? nil : path)
    }

    /// What the user wrote, for messages: text in quotes, or the kind of node.
    var written: String {
        switch node {
        case let .scalar(scalar): "\"\(scalar.string)\""
        case .mapping: "a group of fields"
        case .sequence: "a list"
        case .alias: "an alias"
        }
    }

    private static func diagnostic(for error: YamlError, file: String) -> Diagnostic {
        func at(_ mark: Mark) -> SourceLocation { SourceLocation(file: file, line: mark.line, column: mark.column) }
        switch error {
        case let .scanner(_, problem, mark, _), let .parser(_, problem, mark, _), let .composer(_, problem, mark, _):
            return .error("YAML syntax: \(problem)", at: at(mark))
        case let .duplicatedKeysInMapping(duplicates, context):
            return .error("the key \(duplicates.map { "\"\($0)\"" }.joined(separator: ", ")) appears twice",
                          at: at(context.mark))
        default:
            return .error("YAML: \(error)", at: SourceLocation(file: file))
        }
    }
}
