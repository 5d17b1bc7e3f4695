import FolioCore
import FolioDocument
import Testing

/// Each problem in a chart's data is reported with its file and line.
@Suite struct ChartDataTests {
    func problems(kind: String = "bar", y: String = "count", csv: String) throws -> [Diagnostic] {
        let layout = LayoutFixture.validLayout + """

              - chart: {kind: \(kind), data: metrics/m.csv, x: year, y: \(y), title-style: h1, label-style: body}
            """
        return try LayoutFixture(layout: layout, files: ["Data/metrics/m.csv": csv]).problems()
    }

    @Test func validDataBuilds() throws {
        #expect(try problems(csv: "# illustrative\nyear,count\n2019,3\n2020,4\n").isEmpty)
    }

    @Test func missingColumnNamesTheLayoutAndTheColumns() throws {
        let found = try problems(y: "cuont", csv: "year,count\n2019,3\n")
        #expect(found.count == 1)
        #expect(found.first?.location?.file == "Layouts/test.yaml")
        #expect(found.first?.message.contains("has no column \"cuont\"; did you mean \"count\"?; its columns: year, count") == true)
    }

    @Test func nonNumericValueNamesItsLine() throws {
        let found = try problems(csv: "year,count\n2019,3\n2020,four\n")
        #expect(found.first?.location?.description == "Data/metrics/m.csv:3")
        #expect(found.first?.field == "count")
        #expect(found.first?.message.contains("\"four\" is not a number") == true)
    }

    @Test func notANumberAndInfinityAreRefused() throws {
        let found = try problems(csv: "year,count\n2019,nan\n2020,inf\n")
        #expect(found.map { $0.location?.line } == [2, 3])
        #expect(found.allSatisfy { $0.message.contains("is not a finite number") })
    }

    @Test func negativeShareInADonut() throws {
        let found = try problems(kind: "donut", csv: "year,count\n2019,3\n2020,-1\n")
        #expect(found.first?.location?.description == "Data/metrics/m.csv:3")
        #expect(found.first?.message.contains("negative") == true)
    }

    @Test func emptySeries() throws {
        let found = try problems(csv: "year,count\n")
        #expect(found.first?.message.contains("no rows") == true)
        #expect(found.first?.location?.file == "Layouts/test.yaml")
    }

    @Test func rowWithMissingCells() throws {
        let found = try problems(csv: "year,count\n2019,3\n2020\n")
        #expect(found.first?.location?.description == "Data/metrics/m.csv:3")
        #expect(found.first?.message.contains("this row has 1 cells; the header has 2") == true)
    }

    /// A chart whose data is written in the layout, in flow style on one line.
    func inlineProblems(kind: String = "bar", data: String, extra: String = "") throws -> [Diagnostic] {
        let layout = LayoutFixture.validLayout + """

              - chart: {kind: \(kind), data: \(data), title-style: h1, label-style: body\(extra)}
            """
        return try LayoutFixture(layout: layout, files: [:]).problems()
    }

    @Test func inlineDataBuilds() throws {
        #expect(try inlineProblems(data: "{categories: [a, b], series: [{name: n, values: [1, 2]}]}").isEmpty)
        #expect(try inlineProblems(kind: "bullet", data: "{categories: [a], series: [{name: n, values: [90]}]}",
                                   extra: ", target: 95").isEmpty)
    }

    @Test func inlineSeriesOfTheWrongLength() throws {
        let found = try inlineProblems(data: "{categories: [a, b, c], series: [{name: n, values: [1, 2]}]}")
        #expect(found.count == 1)
        #expect(found.first?.message == "2 values for 3 categories: give one value per category")
        #expect(found.first?.location?.file == "Layouts/test.yaml")
        #expect(found.first?.location?.line != nil)
    }

    @Test func inlineNotANumberInfinityAndText() throws {
        let found = try inlineProblems(data: "{categories: [a, b, c], series: [{name: n, values: [.nan, .inf, ten]}]}")
        #expect(found.count == 3)
        #expect(found[0].message.contains(".nan is not a finite number"))
        #expect(found[1].message.contains(".inf is not a finite number"))
        #expect(found[2].message.contains("expected a number, found \"ten\""))
        #expect(found.map(\.field) == ["blocks[2].chart.data.series[0].values[0]",
                                        "blocks[2].chart.data.series[0].values[1]",
                                        "blocks[2].chart.data.series[0].values[2]"])
    }

    @Test func inlineEmptyAndNegativeShares() throws {
        #expect(try inlineProblems(data: "{categories: [], series: []}").count == 2)
        let negative = try inlineProblems(kind: "pie", data: "{categories: [a, b], series: [{name: n, values: [3, -1]}]}")
        #expect(negative.first?.message == "-1 is negative; a pie shows parts of a whole")
    }

    @Test func bulletWithoutTargetIsAnError() throws {
        let found = try inlineProblems(kind: "bullet", data: "{categories: [a], series: [{name: n, values: [90]}]}")
        #expect(found.first?.message.contains("a bullet chart needs targets") == true)
    }

    @Test func csvTargetsComeFromAColumn() throws {
        let layout = LayoutFixture.validLayout + """

              - chart: {kind: bullet, data: metrics/m.csv, x: rate, y: value, target: goal, title-style: h1, label-style: body}
            """
        let missing = try LayoutFixture(layout: layout, files: ["Data/metrics/m.csv": "rate,value,aim\nx,90,95\n"])
            .problems()
        #expect(missing.first?.message.contains("has no column \"goal\"") == true)
        #expect(missing.first?.field == "chart.target")
        let valid = try LayoutFixture(layout: layout, files: ["Data/metrics/m.csv": "rate,value,goal\nx,90,95\n"])
        #expect(valid.problems().isEmpty)
    }
}

/// Each kind takes its own keys; another kind's key is an error naming the kind and the keys it takes.
@Suite struct ChartKindKeyTests {
    func problems(_ chart: String) throws -> [Diagnostic] {
        let layout = LayoutFixture.validLayout + """

              - chart: {\(chart), title-style: h1, label-style: body}
            """
        return try LayoutFixture(layout: layout, files: ["Data/metrics/m.csv": "year,a,b\n2019,3,4\n"]).problems()
    }

    @Test func eachKindTakesItsOwnKeys() throws {
        for chart in ["kind: bar, stacked: true, percent: true, x-title: Year, y-title: Count",
                      "kind: bar-horizontal, stacked: true", "kind: line, area: true, y-title: Count",
                      "kind: donut, center-label: \"{{department.beds}} beds\"", "kind: pie",
                      "kind: bullet, target: 95, x-title: Rate"] {
            #expect(try problems(chart + ", data: metrics/m.csv, x: year, y: a").isEmpty, "\(chart)")
        }
    }

    @Test func anotherKindsKeyNamesTheKindAndItsKeys() throws {
        let area = try problems("kind: bar, data: metrics/m.csv, x: year, y: a, area: true")
        #expect(area.count == 1)
        #expect(area.first?.message
            == "\"area\" does not apply to kind bar; bar takes stacked, percent, x-title, y-title (and the keys of every chart)")
        #expect(area.first?.field == "blocks[2].chart.area")
        #expect(area.first?.location?.file == "Layouts/test.yaml" && area.first?.location?.line == 16)
        let pie = try problems("kind: pie, data: metrics/m.csv, x: year, y: a, center-label: x, x-title: Year")
        #expect(pie.map(\.message) == ["\"center-label\" does not apply to kind pie; pie takes only the keys of every chart",
                                       "\"x-title\" does not apply to kind pie; pie takes only the keys of every chart"])
        let target = try problems("kind: line, data: metrics/m.csv, x: year, y: a, target: 3, percent: true")
        #expect(target.map(\.field) == ["blocks[2].chart.target", "blocks[2].chart.percent"])
        #expect(target.first?.message.hasPrefix("\"target\" does not apply to kind line; line takes area, x-title") == true)
    }

    @Test func aMisspeltKeyIsStillUnknown() throws {
        let found = try problems("kind: bar, data: metrics/m.csv, x: year, y: a, stackd: true")
        #expect(found.first?.message.contains("unknown key \"stackd\"; did you mean \"stacked\"?") == true)
    }

    @Test func inlineTargetsOnlyForKindsWithTargets() throws {
        let found = try problems("kind: bar, data: {categories: [a], series: [{name: n, values: [1]}], targets: [2]}")
        #expect(found.map(\.message) == ["\"targets\" does not apply to kind bar: it shows no targets"])
    }

    @Test func oneSeriesKinds() throws {
        let csv = try problems("kind: bullet, data: metrics/m.csv, x: year, y: [a, b], target: 5")
        #expect(csv.map(\.message) == ["a bullet shows one column of values"])
        let inline = try problems("kind: donut, data: {categories: [a], series: [{name: n, values: [1]}, {name: m, values: [2]}]}")
        #expect(inline.map(\.message) == ["2 series: a donut shows one series of values"])
    }

    @Test func unknownKindListsTheKinds() throws {
        let found = try problems("kind: radar, data: metrics/m.csv, x: year, y: a")
        #expect(found.map(\.message) == ["expected one of bar, bar-horizontal, line, donut, pie, bullet, found \"radar\""])
    }
}
