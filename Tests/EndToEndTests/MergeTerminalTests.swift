import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 8: on a terminal, a merge's errors print on lines of their
/// own above the progress bar, and the bar fits the terminal's width. The
/// terminal is a pseudo-terminal of `script` (util-linux), 40 columns wide.
@Suite(.serialized) struct MergeTerminalTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    @Test func errorsGoAboveABarThatFitsTheTerminal() throws {
        guard FileManager.default.isExecutableFile(atPath: "/usr/bin/script") else { return }
        let directory = try TestSupport.workspace()
        var rows = ["id,first_name,last_name,title,organisation,email"]
        rows += (0..<8).map { "p\($0),Ada,Lovelace,Dr,Org,a\($0)@example.org" }
        rows.insert("bad,,Nobody,Dr,Org,n@example.org", at: 4) // an empty name: an error for that record
        try (rows.joined(separator: "\n") + "\n").write(to: directory.appendingPathComponent("people.csv"),
                                                         atomically: true, encoding: .utf8)
        let command = "stty cols 40; NO_COLOR=1 '\(folio)' merge Layouts/handout.yaml --records people.csv "
            + "--out 'out/m/{{id}}.pdf' --jobs 1"
        let result = try run("/usr/bin/script", ["-qec", command, "/dev/null"], in: directory)
        #expect(result.status == 1, "\(result.stdout)")
        // What the terminal shows: each piece between carriage returns and line feeds, erase codes removed.
        let pieces = result.stdout.replacingOccurrences(of: "\u{1B}[K", with: "")
            .components(separatedBy: CharacterSet(charactersIn: "\r\n")).filter { !$0.isEmpty }
        let bars = pieces.filter { $0.contains("/9 ") }
        #expect(!bars.isEmpty, "\(pieces)")
        for bar in bars { #expect(bar.count <= 39, "\(bar.count) columns: \(bar)") }
        // The error starts a line: the bar before it was erased, and it is not glued to a bar.
        let error = try #require(pieces.first { $0.contains("error:") })
        #expect(error.hasPrefix("people.csv:5: error: data field {{attendee.first_name}} is empty"), "\(error)")
        #expect(result.stdout.contains("\r\u{1B}[Kpeople.csv:5: error:"), "\(result.stdout)")
    }
}
