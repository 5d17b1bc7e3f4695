import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// Repeating blocks and list entries over data, and showing them on conditions
/// (`when`, `unless`, `each`/`as`/`where`/`sort`): one design in the element
/// layer for every block, tiles, table rows and timelines.
@Suite struct DataControlsTests {
    static let data = """
        name: {en: Test Department}
        figures:
          beds: {value: 32, label: {en: beds}}
          rate: {value: 98, unit: "%", qualifier: {en: more than}, label: {en: resection rate}}
        pillars:
          - {title: Gentle, text: Small incisions.}
          - {title: Precise, text: Careful margins.}
          - {title: Thorough}
        milestones:
          - {date: 2019, text: Founded}
          - {date: 2001, text: Older}
        """

    func build(_ blocks: String, files: [String: String] = [:]) throws -> DisplayList {
        try fixture(blocks, files: files).build().displayList
    }

    func fixture(_ blocks: String, files: [String: String] = [:]) throws -> LayoutFixture {
        let layout = LayoutFixture.validLayout.replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: blocks)
        return try LayoutFixture(layout: layout, files: ["Data/department.yaml": Self.data].merging(files) { $1 })
    }

    /// Every text run of the document, in order, joined by spaces.
    func words(_ list: DisplayList) -> String {
        list.pages.flatMap { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
        }.joined(separator: " ")
    }

    @Test func whenHidesABlockWhoseFieldIsMissingAndShowsItOtherwise() throws {
        let text = words(try build("""
              - text: {when: department.foreword, markdown: "Foreword here", style: body}
              - text: {when: department.name, markdown: "Named", style: body}
              - text: {unless: department.foreword, markdown: "No foreword", style: body}
              - text: {unless: department.name, markdown: "Nameless", style: body}
            """))
        #expect(text == "Named No foreword", "\(text)")
    }

    @Test func aMissingFieldOutsideAConditionIsAnErrorNamingTheFieldAndTheLayoutLine() throws {
        let problems = try fixture("""
              - text: {markdown: "By {{department.foreword.signatory}}", style: body}
            """).problems()
        let problem = try #require(problems.first)
        #expect(problem.message.contains("department.foreword.signatory"), "\(problem.message)")
        #expect(problem.location?.file == "Layouts/test.yaml" && problem.location?.line == 14, "\(problem)")
    }

    @Test func eachRepeatsABlockPerItemAndWhereAndSortChooseAndOrderThem() throws {
        let text = words(try build("""
              - text: {each: department.pillars, as: pillar, where: text, sort: -title, markdown: "{{pillar.title}}:", style: body}
            """))
        #expect(text == "Precise: Gentle:", "\(text)")
    }

    @Test func aGroupRepeatsSeveralBlocksAndHidesAnOptionalOneInsideAnItem() throws {
        let text = words(try build("""
              - group:
                  each: department.pillars
                  as: pillar
                  blocks:
                    - heading: {text: "{{pillar.title}}", style: h1}
                    - text: {when: pillar.text, markdown: "{{pillar.text}}", style: body}
            """))
        #expect(text == "Gentle Small incisions. Precise Careful margins. Thorough", "\(text)")
    }

    @Test func aRequiredFieldMissingInOneItemIsAnErrorAtTheLayoutLine() throws {
        let problems = try fixture("""
              - text: {each: department.pillars, as: pillar, markdown: "{{pillar.text}}", style: body}
            """).problems()
        let problem = try #require(problems.first)
        #expect(problem.message.contains("pillar.text") && problem.message.contains("does not exist"), "\(problem)")
        #expect(problem.location?.line == 14, "\(problem)")
    }

    @Test func tilesRepeatOverAGroupOfFiguresAndAQualifierIsOptional() throws {
        let text = words(try build("""
              - tiles:
                  value-style: body
                  label-style: body
                  items:
                    - {each: department.figures, as: figure, figure: figure}
            """))
        #expect(text.contains("32") && text.contains("beds") && text.contains("more than") && text.contains("98%"),
                "\(text)")
    }

    @Test func tilesWhoseEveryItemIsHiddenLeaveNoRow() throws {
        let list = try build("""
              - tiles:
                  value-style: body
                  label-style: body
                  items:
                    - {when: department.staff, value: "{{department.staff.count}}", label: staff}
              - text: {markdown: "After", style: body}
            """)
        #expect(words(list) == "After")
    }

    @Test func tableRowsRepeatOverACSVFileSortedAndFiltered() throws {
        let csv = """
            year,procedures,note
            2019,312,first
            2021,336,
            2020,298,second
            """
        let text = words(try build("""
              - table:
                  columns: [{width: 1fr}, {width: 1fr, align: right}]
                  header: [[Year, Procedures]]
                  rows:
                    - {each: metrics/volume.csv, as: row, where: note, sort: -year, row: ["{{row.year}}", "{{row.procedures}}"]}
                    - [Total, "946"]
                  style: body
            """, files: ["Data/metrics/volume.csv": csv]))
        #expect(text == "Year Procedures 2020 298 2019 312 Total 946", "\(text)")
    }

    @Test func eachOverAFolderReadsEveryYAMLFile() throws {
        let text = words(try build("""
              - text: {each: people, as: person, where: {field: rank, in: [chief, deputy]}, sort: name, markdown: "{{person.name}}", style: body}
            """, files: [
                "Data/people/a.yaml": "name: Zhou\nrank: chief\n",
                "Data/people/b.yaml": "name: Abel\nrank: deputy\n",
                "Data/people/c.yaml": "name: Moss\nrank: nurse\n",
            ]))
        #expect(text == "Abel Zhou", "\(text)")
    }

    @Test func aTimelineFiltersAndSortsItsMilestones() throws {
        let text = words(try build("""
              - timeline: {source: department.milestones, sort: date, date-style: body, text-style: body, line-color: brand}
            """))
        #expect(text == "2001 Older 2019 Founded", "\(text)")
    }

    @Test func controlsInTheWrongPlaceAreReportedWithTheirLines() throws {
        let problems = try fixture("""
              - text: {as: pillar, markdown: "x", style: body}
              - contents: {when: department.name, title: Contents, title-style: h1, entry-style: body}
              - text: {each: department.pillars, markdown: "x", style: body}
              - text: {each: department.name, as: n, markdown: "x", style: body}
            """).problems()
        let messages = problems.map { "\($0.location?.line ?? 0): \($0.message)" }
        #expect(messages.contains { $0.hasPrefix("14:") && $0.contains("\"as\" belongs to a repeated block") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("15:") && $0.contains("contents cannot be shown on a condition") }, "\(messages)")
        #expect(messages.contains { $0.hasPrefix("16:") && $0.contains("missing field \"as\"") }, "\(messages)")
    }

    @Test func eachOverASingleValueIsAnError() throws {
        let problems = try fixture("""
              - text: {each: department.name, as: n, markdown: "x", style: body}
            """).problems()
        #expect(problems.contains { $0.message.contains("not a list") && $0.location?.line == 14 }, "\(problems)")
    }
}

/// Staff cards chosen and ordered with the same `where`/`sort`, and a profile
/// whose file a data field names (the director in department.yaml).
@Suite struct StaffChoiceTests {
    let people = [
        "Data/staff/a.yaml": "name: {en: Zoe Park}\nrank: chief-physician\n",
        "Data/staff/b.yaml": "name: {en: Al Ng}\nrank: chief-physician\n",
        "Data/staff/c.yaml": "name: {en: Bo Li}\nrank: director\nbio: {en: Leads.}\n",
        "Data/staff/d.yaml": "name: {en: Cy Fox}\nrank: other\n",
    ]
    let card = "name-style: body, detail-style: body, role-style: body, initials-style: body, avatar-color: brand"

    func names(_ blocks: String) throws -> String {
        let controls = DataControlsTests()
        let text = controls.words(try controls.build(blocks, files: people.merging(
            ["Data/department.yaml": DataControlsTests.data + "\ndirector: staff/c.yaml\n"]) { $1 }))
        return text
    }

    @Test func aGridKeepsTheChosenProfilesInRankThenSortOrder() throws {
        let text = try names("""
              - staff: {where: {field: rank, in: [director, chief-physician]}, sort: name, columns: 3, \(card)}
            """)
        #expect(text.hasPrefix("BL Bo Li") && text.contains("AN Al Ng") && !text.contains("Cy Fox"), "\(text)")
        let al = try #require(text.range(of: "Al Ng")), zoe = try #require(text.range(of: "Zoe Park"))
        #expect(al.lowerBound < zoe.lowerBound, "chiefs sorted by name after the director: \(text)")
    }

    @Test func aProfileReadsItsFileFromADataField() throws {
        let text = try names("""
              - profile: {source: "{{department.director}}", \(card)}
            """)
        #expect(text.contains("Bo Li") && text.contains("Leads."), "\(text)")
    }
}

/// Conditions on files, `{{lang}}`, optional fields and repeated sections that start pages.
@Suite struct DataControlsStoryTests {
    let controls = DataControlsTests()

    @Test func aRepeatedSectionStartsEachItemOnANewPageAndAHiddenOneLeavesNoPage() throws {
        let list = try controls.build("""
              - group:
                  each: department.pillars
                  as: pillar
                  blocks:
                    - page-break: {}
                    - heading: {text: "{{pillar.title}}", style: h1}
              - page-break: {when: department.foreword}
              - text: {when: department.foreword, markdown: "Foreword", style: body}
            """)
        let pages = list.pages.map { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }.joined()
        }
        #expect(pages == ["", "Gentle", "Precise", "Thorough"] || pages == ["Gentle", "Precise", "Thorough"],
                "\(pages)")
    }

    @Test func aFileConditionLangAndAnOptionalField() throws {
        let text = controls.words(try controls.build("""
              - text: {when: "text/{{lang}}/intro.md", source: "text/{{lang}}/intro.md", style: body}
              - text: {when: "text/{{lang}}/missing.md", source: "text/{{lang}}/missing.md", style: body}
              - text: {markdown: "[{{department.figures.rate.qualifier?}}] [{{department.figures.beds.qualifier?}}]", style: body}
            """, files: ["Data/text/en/intro.md": "Intro in English.\n"]))
        #expect(text == "Intro in English. [more than] []", "\(text)")
    }

    @Test func aPageBreakInAGroupInsideABoxIsReported() throws {
        let problems = try controls.fixture("""
              - box:
                  blocks:
                    - group: {each: department.pillars, as: p, blocks: [{page-break: {}}]}
            """).problems()
        #expect(problems.contains { $0.message.contains("page-break cannot be inside a box") }, "\(problems)")
    }
}

/// Charts whose content is defined in the data, and tiles repeated into rows.
@Suite struct DataDefinedChartTests {
    let controls = DataControlsTests()
    let files = [
        "Data/charts.yaml": """
            volume: {kind: bar, data: metrics/v.csv, x: year, y: n, title: {en: Volume per year, zh: 年手术量}, source: {en: Sample figures.}}
            mix: {kind: donut, data: metrics/m.csv, x: site, y: n, title: {en: Case mix}}
            """,
        "Data/metrics/v.csv": "year,n\n2024,10\n2025,12\n",
        "Data/metrics/m.csv": "site,n\nLung,3\nHeart,4\n",
    ]

    @Test func eachChartOfTheDataIsDrawnWithTheLayoutsLooks() throws {
        let text = controls.words(try controls.build("""
              - chart: {each: charts, as: c, from: c, title-style: h1, label-style: body, height: 40mm, colors: [brand]}
            """, files: files))
        #expect(text.contains("Volume per year") && text.contains("Sample figures.") && text.contains("Case mix")
                && text.contains("2025"), "\(text)")
    }

    @Test func aWrongKeyInTheDefinitionIsReportedInTheDataFile() throws {
        let problems = try controls.fixture("""
              - chart: {from: charts.volume, title-style: h1, label-style: body}
            """, files: files.merging(["Data/charts.yaml": "volume: {kind: bar, data: metrics/v.csv, x: year, yy: n}\n"]) { $1 })
            .problems()
        #expect(problems.contains { $0.location?.file == "Data/charts.yaml" && $0.message.contains("\"yy\"") },
                "\(problems)")
    }

    @Test func tilesOfAListFillRowsOfEqualTiles() throws {
        let list = try controls.build("""
              - tiles:
                  value-style: body
                  label-style: body
                  per-row: 2
                  items:
                    - {each: department.pillars, as: p, value: "{{p.title}}", label: "x"}
            """)
        let page = try #require(list.pages.first)
        let values = page.items.flattened.compactMap { item -> (String, Double, Double)? in
            if case let .text(run, origin) = item, run.text != "x" { (run.text, origin.x, origin.y) } else { nil }
        }
        let gentle = try #require(values.first { $0.0 == "Gentle" }), precise = try #require(values.first { $0.0 == "Precise" })
        let thorough = try #require(values.first { $0.0 == "Thorough" })
        #expect(gentle.2 == precise.2 && thorough.2 > gentle.2, "two in the first row, one below: \(values)")
        #expect(abs(thorough.1 - gentle.1) < 0.01, "the last row's tile starts where the first row's does")
    }
}

extension StaffChoiceTests {
    @Test func aDirectoryLeavesOutWhomItsWhereExceptsAndItsTitleWhenNobodyIsLeft() throws {
        let others = try names("""
              - staff-directory: {where: {field: rank, except: [director]}, title: Everyone else, title-style: h1, \(card)}
            """)
        #expect(others.hasPrefix("Everyone else") && !others.contains("Bo Li") && others.contains("Cy Fox"), "\(others)")
        let nobody = try names("""
              - staff-directory: {where: {field: rank, except: [director, chief-physician, other]}, title: Everyone else, title-style: h1, \(card)}
              - text: {markdown: After, style: body}
            """)
        #expect(nobody == "After", "\(nobody)")
    }
}
