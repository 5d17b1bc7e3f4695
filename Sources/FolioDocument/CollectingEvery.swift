import FolioCore

/// Runs `body` on every element and gathers the problems of all of them before
/// throwing, so that a check lists every bad item of a list, not only the first.
func collectingEvery<Element, Result>(_ elements: [Element],
                                      _ body: (Element) throws -> Result) throws -> [Result] {
    var results: [Result] = [], problems: [Diagnostic] = []
    for element in elements {
        do {
            results.append(try body(element))
        } catch let error as DiagnosticError {
            problems += error.diagnostics
        }
    }
    if !problems.isEmpty { throw DiagnosticError(problems) }
    return results
}
