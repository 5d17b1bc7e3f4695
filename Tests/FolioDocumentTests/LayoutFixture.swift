import FolioCore
import FolioDocument
import FolioTestSupport
import Foundation

/// A layout and a small data folder written to a temporary directory.
struct LayoutFixture {
    let directory: URL

    /// A valid minimal layout; tests replace parts of it to break it.
    static let validLayout = TestSupport.minimalLayout

    static let department = """
        name:
          en: Test Department
          zh: 测试科
        beds: 32
        figures:
          beds: {value: 32, label: beds}
        """

    init(layout: String = validLayout, files: [String: String] = [:]) throws {
        directory = try TestSupport.temporaryDirectory()
        var all = ["Data/department.yaml": Self.department, "Data/text/about.md": "Some *text*.\n"]
        all.merge(files) { $1 }
        all["Layouts/test.yaml"] = layout
        for (path, content) in all {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
    }

    func build() throws -> BuiltDocument {
        try DocumentBuilder(typesetter: TestSupport.typesetter()).build(
            layout: directory.appendingPathComponent("Layouts/test.yaml"), layoutPath: "Layouts/test.yaml",
            data: directory.appendingPathComponent("Data"), dataPath: "Data")
    }

    /// The problems a build reports; empty when it succeeds.
    func problems() -> [Diagnostic] {
        do {
            _ = try build()
            return []
        } catch let error as DiagnosticError {
            return error.diagnostics
        } catch {
            return [.error("unexpected error \(error)")]
        }
    }
}

extension String {
    /// The layout with `old` replaced by `new` (which must occur).
    func replacing(_ old: String, with new: String) -> String {
        precondition(contains(old), "fixture lacks \(old)")
        return replacingOccurrences(of: old, with: new)
    }
}
