import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// One layout, several languages: texts and lengths written per language, a
/// font per script, per-language style settings, and data fields without the
/// document's language falling back to English with a warning.
@Suite struct LanguagesTests {
    struct Built {
        var displayList: DisplayList
        var warnings: [Diagnostic]
    }

    static let layout = """
        document:
          title: {en: "{{department.name}} — Guide", zh: "{{department.name}} — 指南"}
          author: Test
          languages: [en, zh]
        page:
          size: A5
          margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}
        styles:
          body: {font: {latin: Noto Serif, han: Noto Serif CJK SC}, size: 10pt, leading: 13pt, zh: {size: 11pt, leading: 18pt}}
          h1: {based-on: body, weight: bold}
        blocks:
          - heading: {text: {en: Welcome, zh: 欢迎}, style: h1}
          - spacer: {height: {en: 5mm, zh: 8mm}}
          - text: {markdown: "{{department.motto}}", style: body}
          - text: {source: "text/{{lang}}/about.md", style: body}
        """
    static let files = [
        "Data/department.yaml": "name: {en: Test Department, zh: 测试科}\nmotto: {en: Care first}\n",
        "Data/text/en/about.md": "About us in English.\n",
        "Data/text/zh/about.md": "关于我们。\n",
    ]

    func builds() throws -> [(language: String, document: Built)] {
        let fixture = try LayoutFixture(layout: Self.layout, files: Self.files)
        let builder = DocumentBuilder(typesetter: TestSupport.typesetter())
        let url = fixture.directory.appendingPathComponent("Layouts/test.yaml")
        return try builder.loadEveryLanguage(layout: url, layoutPath: "Layouts/test.yaml").map { layout in
            let collector = PageCollector()
            let warnings = try builder.session(layout, data: fixture.directory.appendingPathComponent("Data"),
                                               dataPath: "Data").run(into: collector)
            return (layout.language, Built(displayList: try #require(collector.document), warnings: warnings))
        }
    }

    func runs(_ document: Built) -> [(text: String, family: String, size: Double)] {
        document.displayList.pages.flatMap { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0 { (run.text, run.font.family, run.size) } else { nil } }
        }
    }

    @Test func eachLanguageGetsItsTextsFilesAndStyleSettings() throws {
        let documents = try builds()
        #expect(documents.map(\.language) == ["en", "zh"])
        let english = runs(documents[0].document), chinese = runs(documents[1].document)
        #expect(english.map(\.text).joined(separator: " ") == "Welcome Care first About us in English.")
        #expect(chinese.map(\.text).joined().contains("欢迎") && chinese.map(\.text).joined().contains("关于我们。"))
        #expect(documents[1].document.displayList.info.title == "测试科 — 指南")
        #expect(english.first { $0.text == "Welcome" }?.size == 10 && chinese.first { $0.text.contains("欢迎") }?.size == 11)
    }

    @Test func eachScriptIsSetInItsFont() throws {
        let documents = try builds()
        let english = runs(documents[0].document), chinese = runs(documents[1].document)
        #expect(english.first { $0.text.contains("About") }?.family == "Noto Serif")
        #expect(chinese.first { $0.text.contains("关于") }?.family == "Noto Serif CJK SC")
    }

    @Test func aFieldWithoutTheDocumentsLanguageFallsBackWithAWarning() throws {
        let documents = try builds()
        #expect(documents[0].document.warnings.isEmpty, "\(documents[0].document.warnings)")
        let chinese = documents[1].document
        #expect(runs(chinese).contains { $0.text.contains("Care first") }, "the English motto prints")
        let warning = try #require(chinese.warnings.first { $0.message.contains("has no zh text") })
        #expect(warning.location?.file == "Data/department.yaml" && warning.location?.line == 2, "\(warning)")
        #expect(chinese.warnings.filter { $0.message.contains("has no zh text") }.count == 1, "reported once")
    }

    @Test func aLayoutTextMissingALanguageIsAnErrorAtItsLine() throws {
        let layout = Self.layout.replacing("{en: Welcome, zh: 欢迎}", with: "{en: Welcome}")
        let fixture = try LayoutFixture(layout: layout, files: Self.files)
        let builder = DocumentBuilder(typesetter: TestSupport.typesetter())
        #expect(throws: DiagnosticError.self) {
            _ = try builder.loadEveryLanguage(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"),
                                              layoutPath: "Layouts/test.yaml")
        }
        do {
            _ = try builder.load(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"),
                                 layoutPath: "Layouts/test.yaml", language: "zh")
        } catch let error as DiagnosticError {
            let problem = try #require(error.diagnostics.first)
            #expect(problem.message.contains("no zh variant") && problem.location?.line == 12, "\(problem)")
        }
    }
}
