import FolioCore

/// The problems of a block's independent parts (styles, data fields, images,
/// files, items of a list), gathered so that a check lists every one of them,
/// each at its own place, rather than stopping at the first.
struct Problems {
    private var diagnostics: [Diagnostic] = []

    /// `body`'s result; nil, with its problems kept for `throwIfAny`, when it throws them.
    mutating func attempt<T>(_ body: () throws -> T) throws -> T? {
        do {
            return try body()
        } catch let error as DiagnosticError {
            diagnostics += error.diagnostics
            return nil
        }
    }

    mutating func add(_ diagnostic: Diagnostic) {
        diagnostics.append(diagnostic)
    }

    /// Throws every problem gathered, if there are any.
    func throwIfAny() throws {
        if !diagnostics.isEmpty { throw DiagnosticError(diagnostics) }
    }
}

/// Runs `body` on every element and gathers the problems of all of them before
/// throwing, so that a check lists every bad item of a list, not only the first.
func collectingEvery<Element, Result>(_ elements: [Element],
                                      _ body: (Element) throws -> Result) throws -> [Result] {
    var problems = Problems()
    let results = try elements.compactMap { element in try problems.attempt { try body(element) } }
    try problems.throwIfAny()
    return results
}
