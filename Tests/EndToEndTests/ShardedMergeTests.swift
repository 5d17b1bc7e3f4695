import FolioTestSupport
import Foundation
import Testing

/// `folio merge --shard K/N`: N machines, each given K, together write exactly
/// what one machine writes.
@Suite(.serialized) struct ShardedMergeTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// The PDFs in `folder`, by name.
    func pdfs(in folder: URL) throws -> [String: Data] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return try Dictionary(uniqueKeysWithValues: names.map {
            ($0, try Data(contentsOf: folder.appendingPathComponent($0)))
        })
    }

    @Test func fourShardsWriteTheUnshardedMergeByteForByte() throws {
        let directory = try TestSupport.workspace()
        let people = (1...7).map { "S\($0),Synthetic\($0),Person\($0),Dr,Example Clinic (synthetic),s\($0)@example.org" }
        try (["id,first_name,last_name,title,organisation,email"] + people + [""]).joined(separator: "\n")
            .write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        func merge(_ folder: String, _ extra: [String] = []) throws -> ProcessResult {
            try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv",
                            "--out", "out/\(folder)/{{id}}.pdf", "--jobs", "1"] + extra, in: directory)
        }
        let whole = try merge("whole")
        #expect(whole.status == 0, "\(whole.stderr)")
        var union: [String: Data] = [:]
        var rows: [[String]] = []
        for shard in 0..<4 {
            let result = try merge("shard-\(shard)", ["--shard", "\(shard)/4"])
            #expect(result.status == 0, "\(result.stderr)")
            let written = try pdfs(in: directory.appendingPathComponent("out/shard-\(shard)"))
            #expect(Set(written.keys).isDisjoint(with: union.keys), "no record in two shards")
            union.merge(written) { first, _ in first }
            rows.append(written.keys.sorted())
        }
        let expected = try pdfs(in: directory.appendingPathComponent("out/whole"))
        #expect(expected.count == 7)
        #expect(union == expected, "the shards' PDFs are the unsharded merge's, byte for byte")
        // Runs of consecutive rows, by row number: 7 rows in 4 slices of 1, 2, 2, 2.
        #expect(rows == [["S1.pdf"], ["S2.pdf", "S3.pdf"], ["S4.pdf", "S5.pdf"], ["S6.pdf", "S7.pdf"]])
    }

    @Test func aShardOutsideItsCountIsRefused() throws {
        let directory = try TestSupport.workspace()
        for bad in ["4/4", "-1/4", "1/0", "2", "a/b"] {
            let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv",
                                         "--out", "out/{{id}}.pdf", "--shard", bad], in: directory)
            #expect(result.status != 0)
            #expect(result.stderr.contains("--shard"), "\(bad): \(result.stderr)")
        }
    }
}
