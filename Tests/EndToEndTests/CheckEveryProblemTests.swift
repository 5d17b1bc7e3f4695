import FolioTestSupport
import Foundation
import Testing

/// `folio check` on a layout with a dozen mistakes spread over its blocks —
/// two in one template, three in one tiles block, two in one chart, two in one
/// profile, a misspelt style and CSV column, a bad field in a Markdown file —
/// lists each of them exactly once, at its line and column with its field, and fails.
@Suite struct CheckEveryProblemTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    static let layout = TestSupport.minimalLayout.replacing("""
          - heading: {text: "{{department.name}}", style: h1}
          - text: {source: text/about.md, style: body}
        """, with: """
          - heading: {text: "{{department.nme}} in {{department.ctiy}}", style: h1}
          - tiles:
              value-style: body
              label-style: lable
              items:
                - {figure: department.figures.beds}
                - {value: "{{department.figures.bed.value}}", label: "{{department.figures.beds.labl}}"}
          - chart: {kind: bar, data: metrics/v.csv, x: yaer, y: n, title-style: h2, label-style: body}
          - text: {source: text/about.md, style: bdy}
          - profile: {source: staff/nobody.yaml, name-style: nme, detail-style: body, role-style: body, initials-style: body, avatar-color: brand}
        """)

    static let files = [
        "Layouts/test.yaml": layout,
        "Data/department.yaml": "name: Test Department\ncity: Springfield\nfigures:\n  beds: {value: 32, label: beds}\n",
        "Data/text/about.md": "Intro.\n\nWe are in {{department.city}} and {{department.cty}}.\n",
        "Data/metrics/v.csv": "year,n\n2024,1\n2025,2\n",
    ]

    /// Each mistake: the start of its message line (place, field) and a part of its message.
    static let expected = [
        ("Layouts/test.yaml:14:21: error: blocks[0].heading.text:", "{{department.nme}} does not exist"),
        ("Layouts/test.yaml:14:21: error: blocks[0].heading.text:", "{{department.ctiy}} does not exist"),
        ("Layouts/test.yaml:15:5: error: tiles.label-style:", "no paragraph style named \"lable\""),
        ("Layouts/test.yaml:20:19: error: blocks[1].tiles.items[1].value:", "{{department.figures.bed.value}} does not exist"),
        ("Layouts/test.yaml:20:62: error: blocks[1].tiles.items[1].label:", "{{department.figures.beds.labl}} does not exist"),
        ("Layouts/test.yaml:21:5: error: chart.title-style:", "no paragraph style named \"h2\"; did you mean \"h1\"?"),
        ("Layouts/test.yaml:21:57: error: chart.x:", "has no column \"yaer\"; did you mean \"year\"?"),
        ("Layouts/test.yaml:22:5: error: text.style:", "no paragraph style named \"bdy\"; did you mean \"body\"?"),
        ("Data/text/about.md:3:35: error: department.cty:", "{{department.cty}} does not exist"),
        ("Layouts/test.yaml:23:23: error: name-style:", "no paragraph style named \"nme\""),
        ("Layouts/test.yaml:23:23: error: blocks[4].profile.source:", "there is no staff file Data/staff/nobody.yaml"),
    ]

    @Test func everyMistakeIsListedOnceAtItsPlace() throws {
        let directory = try TestSupport.temporaryDirectory()
        for (path, content) in Self.files {
            let url = directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try content.write(to: url, atomically: true, encoding: .utf8)
        }
        let root = TestSupport.packageRoot
        let result = try run(folio, ["check", "Layouts/test.yaml", "--fonts", root.appendingPathComponent("Fonts").path,
                                     "--languages", root.appendingPathComponent("Languages").path], in: directory)
        #expect(result.status != 0)
        let errors = result.stderr.split(separator: "\n").filter { $0.contains(": error: ") }
        for (place, message) in Self.expected {
            let matching = errors.filter { $0.hasPrefix(place) && $0.contains(message) }
            #expect(matching.count == 1, "\(place) \(message): \(matching.count) times in\n\(result.stderr)")
        }
        #expect(errors.count == Self.expected.count, "no other errors, none twice:\n\(result.stderr)")
    }
}
