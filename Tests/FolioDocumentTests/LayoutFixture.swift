import FolioCore
import FolioDocument
import FolioTestSupport
import Foundation

/// A layout and a small data folder written to a temporary directory.
struct LayoutFixture {
    let directory: URL

    /// A valid minimal layout; tests replace parts of it to break it.
    static let validLayout = """
        document:
          title: "{{department.name}}"
          author: Test
          language: en
        page:
          size: A5
          margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}
        colors:
          brand: "#0b6e75"
        styles:
          body: {font: Noto Serif, size: 10pt, leading: 13pt, color: brand}
          h1: {based-on: body, weight: bold}
        blocks:
          - heading: {text: "{{department.name}}", style: h1}
          - text: {source: text/about.md, style: body}
        """

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
