import FolioCore
import FolioDocument
import Testing

/// Inputs past `InputLimits` are refused with the limit named and their place.
@Suite struct InputLimitTests {
    @Test func aChartSeriesPastTheLimitIsRefusedAtTheFirstRowTooMany() throws {
        let limit = InputLimits.chartPointsPerSeries
        let rows = (1...(limit + 5)).map { "P\($0),\($0 % 97)" }.joined(separator: "\n")
        let layout = LayoutFixture.validLayout + """

              - chart: {kind: bar, data: metrics/m.csv, x: point, y: value, title-style: h1, label-style: body}
            """
        let found = try LayoutFixture(layout: layout, files: ["Data/metrics/m.csv": "point,value\n" + rows + "\n"])
            .problems()
        #expect(found.count == 1)
        // The header is line 1, so row limit + 1 is on line limit + 2.
        #expect(found.first?.location?.description == "Data/metrics/m.csv:\(limit + 2)")
        #expect(found.first?.message.contains("at most \(limit) points per series") == true, "\(found)")
    }

    @Test func aParagraphPastTheLimitIsRefusedAtItsLine() throws {
        let limit = InputLimits.paragraphCharacters
        let long = String(repeating: "word ", count: limit / 5 + 1)
        let found = try LayoutFixture(files: ["Data/text/about.md": "A short one.\n\n" + long + "\n"]).problems()
        #expect(found.count == 1)
        #expect(found.first?.location?.description == "Data/text/about.md:3")
        #expect(found.first?.message.contains("a paragraph may have at most \(limit)") == true, "\(found)")
    }
}
