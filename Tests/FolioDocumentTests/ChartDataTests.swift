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
        #expect(found.first?.message.contains("has no column \"cuont\"; its columns: year, count") == true)
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
}
