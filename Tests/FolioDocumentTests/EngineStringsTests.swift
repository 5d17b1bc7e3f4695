@testable import FolioDocument
import FolioCore
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The words Folio writes itself come from `Languages/<code>/engine.yaml`:
/// adding a language is adding a folder.
@Suite struct EngineStringsTests {
    let languages = TestSupport.packageRoot.appendingPathComponent("Languages")

    @Test func everyLanguageHasEveryStringOfEnglish() throws {
        let library = EngineStringsLibrary(folder: languages)
        let english = try library.strings(for: "en", requestedAt: SourceLocation(file: "t"))
        let codes = try FileManager.default.contentsOfDirectory(atPath: languages.path).filter { !$0.hasPrefix(".") }
        #expect(codes.contains("zh") && english.values.count > 20)
        for code in codes {
            let strings = try library.strings(for: code, requestedAt: SourceLocation(file: "t"))
            let missing = Set(english.values.keys).subtracting(strings.values.keys)
            #expect(missing.isEmpty, "Languages/\(code)/engine.yaml lacks \(missing.sorted())")
        }
    }

    @Test func aNewLanguageFolderIsUsedWithoutCode() throws {
        // A copy of the English strings as "fr", with a French photo description and chart name.
        let folder = try TestSupport.temporaryDirectory()
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("fr"), withIntermediateDirectories: true)
        let english = try String(contentsOf: languages.appendingPathComponent("en/engine.yaml"), encoding: .utf8)
        try english.replacingOccurrences(of: "\"Photo of {name}\"", with: "\"Photo de {name}\"")
            .replacingOccurrences(of: "bar: Bar chart", with: "bar: Diagramme en barres")
            .write(to: folder.appendingPathComponent("fr/engine.yaml"), atomically: true, encoding: .utf8)
        let layout = LayoutFixture.validLayout.replacing("language: en", with: "language: fr").replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: """
              - chart: {kind: bar, data: {categories: [a, b], series: [{name: n, values: [1, 2]}]}, title: T, title-style: h1, label-style: body}
            """)
        let fixture = try LayoutFixture(layout: layout)
        let built = try DocumentBuilder(typesetter: TestSupport.typesetter(), strings: EngineStringsLibrary(folder: folder))
            .build(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"), layoutPath: "Layouts/test.yaml",
                   data: fixture.directory.appendingPathComponent("Data"), dataPath: "Data")
        let texts = try #require(built.displayList.pages.first).treeDump
        #expect(texts.contains("alt=\"Diagramme en barres: T"), "\(texts)")
    }

    @Test func aLanguageWithoutStringsIsAnError() throws {
        let fixture = try LayoutFixture(layout: LayoutFixture.validLayout.replacing("language: en", with: "language: xx"))
        #expect(fixture.problems().contains { $0.message.contains("no engine strings for the language \"xx\"") })
    }
}
