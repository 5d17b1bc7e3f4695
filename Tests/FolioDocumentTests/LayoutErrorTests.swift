import FolioCore
import FolioDocument
import Testing

/// Each broken file gives a message naming the file, line, column and field.
@Suite struct LayoutErrorTests {
    let valid = LayoutFixture.validLayout

    func expectOneProblem(_ layout: String, files: [String: String] = [:], at location: String, field: String?,
                          saying words: [String]) throws {
        let problems = try LayoutFixture(layout: layout, files: files).problems()
        #expect(problems.count == 1, "\(problems)")
        let problem = try #require(problems.first)
        #expect(problem.severity == .error)
        #expect(problem.location?.description == location, "\(problem)")
        #expect(problem.field == field, "\(problem)")
        for word in words { #expect(problem.message.contains(word), "\(problem) lacks \(word)") }
    }

    @Test func validLayoutBuilds() throws {
        let built = try LayoutFixture().build()
        #expect(built.displayList.pages.count == 1)
        #expect(built.displayList.info.title == "Test Department")
    }

    @Test func unknownKeySuggestsTheNearestOne() throws {
        try expectOneProblem(valid.replacing("  size: A5", with: "  sise: A5\n  size: A5"),
                             at: "Layouts/test.yaml:6:3", field: "page.sise",
                             saying: ["unknown key \"sise\"", "did you mean \"size\"?"])
    }

    @Test func lengthWithoutUnit() throws {
        try expectOneProblem(valid.replacing("size: 10pt", with: "size: 10"),
                             at: "Layouts/test.yaml:11:34", field: "styles.body.size",
                             saying: ["expected a length with a unit", "found \"10\""])
    }

    @Test func unknownColourName() throws {
        try expectOneProblem(valid.replacing("color: brand}", with: "color: brnad}"),
                             at: "Layouts/test.yaml:11:62", field: "styles.body.color",
                             saying: ["expected a colour", "brand", "found \"brnad\""])
    }

    @Test func missingRequiredField() throws {
        try expectOneProblem(valid.replacing("  margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}\n", with: ""),
                             at: "Layouts/test.yaml:6:3", field: "page.margins", saying: ["missing field \"margins\""])
    }

    @Test func wrongTypeForAList() throws {
        let withoutBlocks = valid.components(separatedBy: "blocks:")[0]
        try expectOneProblem(withoutBlocks + "blocks: none\n",
                             at: "Layouts/test.yaml:13:9", field: "blocks", saying: ["expected a list"])
    }

    @Test func missingDataFieldNamesTheLayoutLineAndWhatExists() throws {
        try expectOneProblem(valid.replacing("- heading: {text: \"{{department.name}}\"",
                                             with: "- heading: {text: \"{{department.nmae}}\""),
                             at: "Layouts/test.yaml:14:21", field: "blocks[0].heading.text",
                             saying: ["{{department.nmae}} does not exist", "has no \"nmae\"", "it has: name, beds"])
    }

    @Test func missingMarkdownFile() throws {
        try expectOneProblem(valid.replacing("source: text/about.md", with: "source: text/abuot.md"),
                             at: "Layouts/test.yaml:15:20", field: "text.source",
                             saying: ["there is no file Data/text/abuot.md"])
    }

    @Test func undefinedParagraphStyle() throws {
        try expectOneProblem(valid.replacing("style: h1}", with: "style: h9}"),
                             at: "Layouts/test.yaml:14:21", field: "blocks[0].heading.text",
                             saying: ["no paragraph style named \"h9\"", "body, h1"])
    }

    @Test func yamlSyntaxErrorHasItsPosition() throws {
        try expectOneProblem(valid.replacing("  author: Test", with: "  author: [Test"),
                             at: "Layouts/test.yaml:4:11", field: nil, saying: ["YAML syntax"])
    }

    @Test func styleLoopIsReported() throws {
        try expectOneProblem(valid.replacing("body: {font:", with: "body: {based-on: h1, font:"),
                             at: "Layouts/test.yaml:12:18", field: "styles.h1.based-on",
                             saying: ["loop: body → h1 → body"])
    }

    @Test func unsupportedMarkdownNamesTheMarkdownLine() throws {
        try expectOneProblem(valid, files: ["Data/text/about.md": "Intro.\n\n    indented code\n"],
                             at: "Data/text/about.md:3", field: nil, saying: ["code block", "not supported"])
    }

    @Test func badStaffProfileNamesTheDataFile() throws {
        let layout = valid + """

              - profile: {source: staff/a.yaml, name-style: h1, detail-style: body, role-style: body,
                          initials-style: h1, avatar-color: brand}
            """
        try expectOneProblem(layout, files: ["Data/staff/a.yaml": "name: {en: A B}\nrank: boss\n"],
                             at: "Data/staff/a.yaml:2:7", field: "rank",
                             saying: ["expected one of director, chief-physician", "found \"boss\""])
    }

    @Test func allProblemsAreReportedTogether() throws {
        let layout = valid.replacing("size: A5", with: "size: B7")
            .replacing("size: 10pt", with: "size: big")
            .replacing("color: brand}", with: "colour: brand}")
        let problems = try LayoutFixture(layout: layout).problems()
        #expect(problems.count == 3, "\(problems)")
        #expect(Set(problems.compactMap(\.field)) == ["page.size", "styles.body.size", "styles.body.colour"])
        for problem in problems { #expect(problem.location?.file == "Layouts/test.yaml") }
    }

    @Test func overflowingContentNamesTheBlock() throws {
        let long = String(repeating: "A long paragraph of words that will not fit on one small page. ", count: 120)
        try expectOneProblem(valid.replacing("  size: A5", with: "  size: A5\n  max-pages: 1"),
                             files: ["Data/text/about.md": long],
                             at: "Layouts/test.yaml:16:5", field: "blocks[1]",
                             saying: ["text block does not fit on the page", "mm below the bottom margin"])
    }
}
