import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// Every example of docs/templates.md builds with the data it shows: blocks
/// marked `# example: …`, layouts `# Layouts/…` (in each of their languages),
/// data `# Data/…`.
@Suite struct DocsExamplesTests {
    struct Example: CustomStringConvertible {
        var name: String
        var body: String
        var description: String { name }
    }

    /// The doc's YAML blocks whose first line is a `# …` marker.
    static func blocks() throws -> [(marker: String, body: String)] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("docs/templates.md"), encoding: .utf8)
        return text.components(separatedBy: "```yaml\n").dropFirst().compactMap { part in
            guard let body = part.components(separatedBy: "```").first,
                  let first = body.split(separator: "\n").first, first.hasPrefix("# ") else { return nil }
            return (String(first.dropFirst(2)), body)
        }
    }

    static var dataFiles: [String: String] {
        (try? blocks())?.filter { $0.marker.hasPrefix("Data/") }
            .reduce(into: [:]) { $0[$1.marker] = $1.body } ?? [:]
    }

    static var examples: [Example] {
        ((try? blocks()) ?? []).filter { $0.marker.hasPrefix("example: ") }
            .map { Example(name: String($0.marker.dropFirst(9)), body: $0.body) }
    }

    @Test func theDocShowsDataExamplesAndALayout() throws {
        let markers = try Self.blocks().map(\.marker)
        #expect(Self.examples.count >= 5 && Self.dataFiles.count >= 3, "\(markers)")
        #expect(markers.contains("Layouts/guide.yaml"))
    }

    @Test(arguments: examples) func exampleBuilds(_ example: Example) throws {
        let blocks = example.body.split(separator: "\n").dropFirst().map { "  " + $0 }.joined(separator: "\n")
        let layout = LayoutFixture.validLayout.replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: blocks)
        let fixture = try LayoutFixture(layout: layout, files: Self.dataFiles)
        let built = try fixture.build()
        #expect(!built.displayList.pages.isEmpty)
        #expect(built.warnings.isEmpty, "\(built.warnings)")
    }

    @Test func theLayoutExampleBuildsInEachLanguage() throws {
        let layout = try #require(try Self.blocks().first { $0.marker == "Layouts/guide.yaml" }).body
        let fixture = try LayoutFixture(layout: layout, files: Self.dataFiles)
        let builder = DocumentBuilder(typesetter: TestSupport.typesetter())
        let readings = try builder.loadEveryLanguage(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"),
                                                     layoutPath: "Layouts/test.yaml")
        #expect(readings.map(\.language) == ["en", "zh"])
        for reading in readings {
            let pages = PageCollector()
            _ = try builder.session(reading, data: fixture.directory.appendingPathComponent("Data"), dataPath: "Data")
                .run(into: pages)
            let words = try #require(pages.document).pages.flatMap { page in
                page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
            }.joined()
            #expect(words.contains(reading.language == "zh" ? "服务项目" : "Our services"), "\(words)")
        }
    }
}
