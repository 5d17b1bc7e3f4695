import FolioCore
import Yams

/// Bounds a composed YAML file before anything reads it (issue 16, point 3):
/// an alias (`*name`) repeats what its anchor names, so a file of aliases of
/// aliases expands exponentially ("billion laughs"), and nesting without end
/// would exhaust the stack of every reader that walks it.
struct YAMLBounds {
    let file: String
    private var values = 0
    /// Bidirectional controls found in the file's text (`BidiControls`), one warning each value.
    private var warnings: [Diagnostic] = []

    /// Refuses `root` of `file` when it holds more than `InputLimits.yamlValues`
    /// values or nests deeper than `InputLimits.yamlDepth`, at the value where
    /// the limit is passed. The walk stops there, so a bomb is refused at once.
    /// Returns warnings for text that holds bidirectional controls.
    static func check(_ root: Node, file: String) throws -> [Diagnostic] {
        var bounds = YAMLBounds(file: file)
        try bounds.visit(root, depth: 1)
        return bounds.warnings
    }

    private mutating func visit(_ node: Node, depth: Int) throws {
        values += 1
        if values > InputLimits.yamlValues {
            throw problem(node, "this file holds more than \(InputLimits.yamlValues) values once its aliases "
                + "(*name) are expanded, the most one YAML file may hold (InputLimits.yamlValues); "
                + "an alias of aliases repeats what it names many times over: write the values out, or split the file")
        }
        if depth > InputLimits.yamlDepth {
            throw problem(node, "lists and groups are nested more than \(InputLimits.yamlDepth) deep here, "
                + "the most one YAML file may have (InputLimits.yamlDepth); flatten the file")
        }
        switch node {
        case let .mapping(mapping):
            for (key, value) in mapping {
                try visit(key, depth: depth + 1)
                try visit(value, depth: depth + 1)
            }
        case let .sequence(sequence):
            for element in sequence { try visit(element, depth: depth + 1) }
        case let .scalar(scalar):
            let start = SourceLocation(file: file, line: node.mark?.line, column: node.mark?.column)
            if let warning = BidiControls.warning(in: scalar.string, startingAt: start) { warnings.append(warning) }
        case .alias:
            break
        }
    }

    private func problem(_ node: Node, _ message: String) -> DiagnosticError {
        DiagnosticError(.error(message, at: node.mark.map { SourceLocation(file: file, line: $0.line, column: $0.column) }
            ?? SourceLocation(file: file)))
    }
}
