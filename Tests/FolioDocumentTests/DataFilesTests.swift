@testable import FolioDocument
import FolioCore
import Testing

/// The data files of a mail merge are read and parsed once for all its records.
@Suite struct DataFilesTests {
    @Test func eachFileIsMadeOnceAndAFailureIsNotKept() throws {
        let files = DataFiles()
        var parses = 0
        func parse() throws -> CSVTable {
            parses += 1
            return try CSVTable(text: "year,count\n2019,3\n", file: "metrics/m.csv")
        }
        let first = try files.csv("metrics/m.csv", parse)
        let second = try files.csv("metrics/m.csv", parse)
        #expect(parses == 1)
        #expect(first.rows.map(\.cells) == second.rows.map(\.cells))
        // A file that failed is tried again by the next record (it may have been fixed).
        var attempts = 0
        for _ in 0..<2 {
            #expect(throws: DiagnosticError.self) {
                try files.csv("metrics/bad.csv") {
                    attempts += 1
                    throw DiagnosticError(.error("bad", at: SourceLocation(file: "metrics/bad.csv")))
                }
            }
        }
        #expect(attempts == 2)
    }
}
