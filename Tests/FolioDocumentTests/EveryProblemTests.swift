import FolioCore
import FolioDocument
import FolioTestSupport
import Foundation
import Testing

/// A check lists every problem of every block — each bad item of a list, each
/// bad cell, each bad field of a Markdown file at its line — once, with "did
/// you mean" for misspelt style and column names.
@Suite struct EveryProblemTests {
    func problems(_ blocks: String, files: [String: String] = [:]) throws -> [Diagnostic] {
        let layout = LayoutFixture.validLayout.replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: blocks)
        return try LayoutFixture(layout: layout, files: files).problems()
    }

    @Test func everyBadItemAndCellIsReported() throws {
        let found = try problems("""
              - tiles:
                  value-style: body
                  label-style: body
                  items:
                    - {value: "{{department.one}}", label: a}
                    - {value: "{{department.two}}", label: b}
                    - {each: department.figures, as: f, value: "{{f.three}}", label: c}
              - table:
                  columns: [{width: 1fr}, {width: 1fr}]
                  rows:
                    - ["{{department.four}}", "{{department.five}}"]
                  style: body
            """)
        let fields = found.map(\.message).compactMap { message in
            ["one", "two", "three", "four", "five"].first { message.contains("{{department.\($0)}}") || message.contains("{{f.\($0)}}") }
        }
        #expect(fields == ["one", "two", "three", "four", "five"], "\(found)")
        #expect(Set(found.map(\.description)).count == found.count, "each once")
    }

    @Test func fieldsInMarkdownAreLocatedByLine() throws {
        let found = try problems("""
              - text: {source: text/about.md, style: body}
            """, files: ["Data/text/about.md": "Intro.\n\nOur {{department.nam}} is\nin {{department.name}} and {{departmnt.city}}.\n"])
        let places = found.map { "\($0.location?.file ?? ""):\($0.location?.line ?? 0):\($0.location?.column ?? 0) \($0.field ?? "")" }
        #expect(places == ["Data/text/about.md:3:5 department.nam", "Data/text/about.md:4:28 departmnt.city"], "\(places)")
    }

    @Test func misspeltStyleAndColumnGetASuggestion() throws {
        let found = try problems("""
              - text: {markdown: x, style: bdy}
              - chart: {kind: bar, data: metrics/v.csv, x: yaer, y: n, title-style: h1, label-style: body}
            """, files: ["Data/metrics/v.csv": "year,n\n2024,1\n"])
        let messages = found.map(\.message).joined(separator: "\n")
        #expect(messages.contains("no paragraph style named \"bdy\"; did you mean \"body\"?"), "\(messages)")
        #expect(messages.contains("has no column \"yaer\"; did you mean \"year\"?"), "\(messages)")
    }
}

extension EveryProblemTests {
    @Test func aMissingStaffFileIsReportedAtTheLayoutLine() throws {
        let found = try problems("""
              - profile: {source: staff/nobody.yaml, name-style: body, detail-style: body, role-style: body, initials-style: body, avatar-color: brand}
            """)
        let problem = try #require(found.first)
        #expect(problem.message == "there is no staff file Data/staff/nobody.yaml" && problem.location?.line == 14
                && problem.location?.file == "Layouts/test.yaml", "\(problem)")
    }
}
