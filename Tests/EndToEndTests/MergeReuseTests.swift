import FolioTestSupport
import Foundation
import Testing

/// `folio merge` binds and lays out once, per worker, what reads nothing of a
/// record: a record's PDF is the same bytes whether it is merged first, after
/// others or alone, and records with different data differ.
@Suite(.serialized) struct MergeReuseTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    @Test func aRecordIsTheSameFirstAfterOthersAndAlone() throws {
        let directory = try TestSupport.workspace()
        let header = "id,first_name,last_name,title,organisation,email"
        let people = (1...6).map { "S\($0),Synthetic\($0),Person\($0),Dr,Example Clinic \($0) (synthetic),s\($0)@example.org" }
        func write(_ rows: [String], to name: String) throws {
            try ([header] + rows + [""]).joined(separator: "\n")
                .write(to: directory.appendingPathComponent(name), atomically: true, encoding: .utf8)
        }
        try write(people, to: "all.csv")
        try write(people.reversed(), to: "reversed.csv")
        try write([people[5]], to: "last.csv")
        func merge(_ records: String, _ folder: String, jobs: Int) throws -> [String: Data] {
            let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", records,
                                         "--out", "out/\(folder)/{{id}}.pdf", "--jobs", String(jobs)], in: directory)
            #expect(result.status == 0, "\(result.stderr)")
            let out = directory.appendingPathComponent("out/\(folder)")
            let names = (try? FileManager.default.contentsOfDirectory(atPath: out.path)) ?? []
            return try Dictionary(uniqueKeysWithValues: names.map { ($0, try Data(contentsOf: out.appendingPathComponent($0))) })
        }
        let inOrder = try merge("all.csv", "in-order", jobs: 1)
        let reversed = try merge("reversed.csv", "reversed", jobs: 2)
        let alone = try merge("last.csv", "alone", jobs: 1)
        #expect(inOrder.count == 6)
        // S6 is the last record in order, among the first reversed (two workers), and alone.
        #expect(inOrder == reversed, "every record's PDF is the same whichever records came before it")
        #expect(alone["S6.pdf"] != nil && alone["S6.pdf"] == inOrder["S6.pdf"])
        #expect(Set(inOrder.values).count == 6, "records with different data give different PDFs")
    }
}
