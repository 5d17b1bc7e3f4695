/// One problem found in the user's input or while building their document.
public struct Diagnostic: Hashable, Sendable, CustomStringConvertible {
    public enum Severity: String, Sendable {
        case error
        case warning
    }

    public var severity: Severity
    /// Where the problem is; nil only for problems with no file (a missing font, say).
    public var location: SourceLocation?
    /// The dotted path of the field concerned, e.g. `styles.body.size`.
    public var field: String?
    /// What is wrong and, where possible, what was expected.
    public var message: String

    public init(_ severity: Severity, _ message: String, at location: SourceLocation? = nil, field: String? = nil) {
        self.severity = severity
        self.location = location
        self.field = field
        self.message = message
    }

    public static func error(_ message: String, at location: SourceLocation? = nil, field: String? = nil) -> Diagnostic {
        Diagnostic(.error, message, at: location, field: field)
    }

    public static func warning(_ message: String, at location: SourceLocation? = nil, field: String? = nil) -> Diagnostic {
        Diagnostic(.warning, message, at: location, field: field)
    }

    /// `file:line:column: error: field: message`, one line per problem.
    public var description: String {
        var parts: [String] = []
        if let location { parts.append(location.description) }
        parts.append(severity.rawValue)
        if let field { parts.append(field) }
        parts.append(message)
        return parts.joined(separator: ": ")
    }
}

/// Thrown when a build cannot go on; carries every problem found so far so that
/// the user can fix them all in one pass.
public struct DiagnosticError: Error, CustomStringConvertible, Sendable {
    public var diagnostics: [Diagnostic]

    public init(_ diagnostics: [Diagnostic]) {
        self.diagnostics = diagnostics
    }

    public init(_ diagnostic: Diagnostic) {
        self.diagnostics = [diagnostic]
    }

    public var description: String {
        diagnostics.map(\.description).joined(separator: "\n")
    }
}

/// Collects diagnostics as a build goes; thread-confined like the document it serves.
public final class DiagnosticLog {
    public private(set) var diagnostics: [Diagnostic] = []
    /// Problems reported so far, those already recorded once included.
    public private(set) var reports = 0

    public init() {}

    public var hasErrors: Bool { diagnostics.contains { $0.severity == .error } }

    /// Records a problem once: a data file read by several blocks reports its problem only the first time.
    public func report(_ diagnostic: Diagnostic) {
        reports += 1
        guard seen.insert(diagnostic.description).inserted else { return }
        diagnostics.append(diagnostic)
    }

    public func report(_ error: DiagnosticError) {
        error.diagnostics.forEach(report)
    }

    private var seen = Set<String>()

    /// Throws every collected problem if any of them is an error.
    public func throwIfErrors() throws {
        if hasErrors { throw DiagnosticError(diagnostics.filter { $0.severity == .error }) }
    }

    public var warnings: [Diagnostic] { diagnostics.filter { $0.severity == .warning } }
}
