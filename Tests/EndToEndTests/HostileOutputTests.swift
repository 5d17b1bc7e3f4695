import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 1: a good file is never lost and nothing is written or read
/// where it should not be, whatever the user (or the disk) does.
@Suite(.serialized) struct HostileOutputTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// Files left in `folder` whose names mark them as Folio's temporaries.
    func temporaries(in folder: URL) throws -> [String] {
        let names = (try? FileManager.default.contentsOfDirectory(atPath: folder.path)) ?? []
        return names.filter { $0.hasSuffix(".tmp") }
    }

    @Test func aFailedWriteLeavesTheOldPDFByteIdenticalAndFails() throws {
        let directory = try TestSupport.workspace()
        #expect(try run(folio, ["build", "Layouts/handout.yaml"], in: directory).status == 0)
        let pdf = directory.appendingPathComponent("out/handout.pdf")
        let good = try Data(contentsOf: pdf)
        // A file-size limit of 20 blocks (10 KB) stands in for a full disk or a quota.
        let result = try run("bash", ["-c", "ulimit -f 20; exec \"$0\" build Layouts/handout.yaml", folio], in: directory)
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("cannot write") && result.stderr.contains("File too large"), "\(result.stderr)")
        #expect(!result.stderr.contains("wrote out/handout.pdf"))
        #expect(try Data(contentsOf: pdf) == good)
        #expect(try temporaries(in: pdf.deletingLastPathComponent()).isEmpty)
    }

    /// A big synthetic report (bench/synthetic-report.py), killed while its PDF is being written.
    @Test(arguments: [SIGTERM, SIGINT])
    func anInterruptedBuildLeavesNoTemporaryFile(signal: Int32) throws {
        let directory = try TestSupport.temporaryDirectory()
        let generated = try run("python3", [TestSupport.packageRoot.appendingPathComponent("bench/synthetic-report.py").path,
                                            "--pages", "150", "--out", directory.path, "--quiet"])
        try #require(generated.status == 0, "\(generated.stderr)")
        let out = directory.appendingPathComponent("o")
        let process = Process()
        process.executableURL = URL(fileURLWithPath: folio)
        process.arguments = ["build", "synthetic-report.yaml", "--data", "data", "--out", "o/s.pdf", "--quiet",
                             "--fonts", TestSupport.packageRoot.appendingPathComponent("Fonts").path,
                             "--languages", TestSupport.packageRoot.appendingPathComponent("Languages").path]
        process.currentDirectoryURL = directory
        process.standardError = FileHandle.nullDevice
        try process.run()
        // Wait until the temporary PDF exists, so the signal lands mid-write.
        let deadline = Date().addingTimeInterval(120)
        while try temporaries(in: out).isEmpty, process.isRunning, Date() < deadline { usleep(20_000) }
        try #require(process.isRunning, "the build ended before its temporary file was seen")
        kill(process.processIdentifier, signal)
        process.waitUntilExit()
        #expect(process.terminationStatus == 128 + signal)
        #expect(try temporaries(in: out).isEmpty)
        #expect(!FileManager.default.fileExists(atPath: out.appendingPathComponent("s.pdf").path))
    }

    @Test func outNeverNamesAnInput() throws {
        let directory = try TestSupport.workspace()
        let talk = directory.appendingPathComponent("Data/talk.yaml")
        let before = try Data(contentsOf: talk)
        let intoData = try run(folio, ["build", "Layouts/handout.yaml", "--out", "Data/talk.yaml"], in: directory)
        #expect(intoData.status == 1)
        #expect(intoData.stderr.contains("error: --out: Data/talk.yaml is inside the data folder Data/"), "\(intoData.stderr)")
        #expect(try Data(contentsOf: talk) == before)
        let overLayout = try run(folio, ["build", "Layouts/handout.yaml", "--out", "./Layouts/../Layouts/handout.yaml"],
                                 in: directory)
        #expect(overLayout.status == 1 && overLayout.stderr.contains("is one of the files this command reads"))
        // A device or pipe is never replaced by a PDF (the rename would swap the node for a
        // file: `--out /dev/full` did, as root). A pipe stands in for a device here.
        let pipe = directory.appendingPathComponent("pipe.pdf").path
        #expect(mkfifo(pipe, 0o644) == 0)
        let device = try run(folio, ["build", "Layouts/handout.yaml", "--out", "pipe.pdf"], in: directory)
        #expect(device.status == 1 && device.stderr.contains("pipe.pdf: it is a device, pipe or socket"), "\(device.stderr)")
        var status = stat()
        #expect(lstat(pipe, &status) == 0 && status.st_mode & S_IFMT == S_IFIFO)
        try "id,first_name,last_name,title,organisation,email\nA1,A,B,Dr,O,a@example.org\n"
            .write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let overRecords = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv",
                                          "--out", "{{id}}/../people.csv"], in: directory)
        #expect(overRecords.status == 1, "\(overRecords.stderr)")
        #expect(try String(contentsOf: directory.appendingPathComponent("people.csv"), encoding: .utf8).hasPrefix("id,"))
    }

    @Test func mergeFieldsStayInsideTheFolder() throws {
        let directory = try TestSupport.workspace()
        let csv = """
            id,first_name,last_name,title,organisation,email
            .,Ada,Lovelace,Dr,..,ada@example.org
            k,Alan,Turing,Dr,x/.,alan@example.org
            k,Grace,Hopper,Dr,./x,grace@example.org
            /etc/passwd,Edsger,Dijkstra,Prof,/,e@example.org
            .hidden,Barbara,Liskov,Prof,\u{1B}[31m,b@example.org

            """
        try csv.write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let before = Set(try FileManager.default.contentsOfDirectory(atPath: directory.path))
        let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv", "--out",
                                     "out/m/{{organisation}}/{{organisation}}/{{organisation}}/{{id}}.pdf"], in: directory)
        #expect(result.status == 0, "\(result.stderr)")
        #expect(Set(try FileManager.default.contentsOfDirectory(atPath: directory.path)).subtracting(before) == ["out"])
        let written = try FileManager.default.subpathsOfDirectory(atPath: directory.appendingPathComponent("out/m").path)
            .filter { $0.hasSuffix(".pdf") }.sorted()
        // The escape character is removed from the records as they are read (with a warning).
        #expect(written == ["[31m/[31m/[31m/_hidden.pdf", "_./_./_./_.pdf", "_/_/_/_etc_passwd.pdf",
                            "__x/__x/__x/k.pdf", "x_./x_./x_./k.pdf"], "\(written)")
    }

    /// Two records whose paths are one file (through a symbolic link) or that leave the folder.
    @Test func collidingAndEscapingMergePathsAreRefusedBeforeWriting() throws {
        let directory = try TestSupport.workspace()
        let folder = directory.appendingPathComponent("out/n")
        try FileManager.default.createDirectory(at: folder.appendingPathComponent("real"), withIntermediateDirectories: true)
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("alias").path, withDestinationPath: "real")
        let elsewhere = try TestSupport.temporaryDirectory()
        try FileManager.default.createSymbolicLink(atPath: folder.appendingPathComponent("escape").path,
                                                   withDestinationPath: elsewhere.path)
        let csv = """
            id,first_name,last_name,title,organisation,email
            k,Alan,Turing,Dr,real,alan@example.org
            k,Grace,Hopper,Dr,alias,grace@example.org
            k,Edsger,Dijkstra,Prof,escape,e@example.org

            """
        try csv.write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv", "--out",
                                     "out/n/{{organisation}}/{{id}}.pdf"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("people.csv:3: the output name out/n/alias/k.pdf is the same file as line 2's"),
                "\(result.stderr)")
        #expect(result.stderr.contains("people.csv:4: the output name out/n/escape/k.pdf leads outside the folder out/n/"))
        #expect(try FileManager.default.contentsOfDirectory(atPath: elsewhere.path).isEmpty)
        // Line 2's PDF is Alan Turing's: the colliding line 3 did not overwrite it.
        let kept = folder.appendingPathComponent("real/k.pdf").path
        #expect(try run("pdftotext", [kept, "-"]).stdout.contains("Alan Turing"))
    }

    @Test func anUnknownOutputFieldIsReportedOnceBeforeAnyRecord() throws {
        let directory = try TestSupport.workspace()
        try "id,first_name,last_name,title,organisation,email\nA1,A,B,Dr,O,a@example.org\nA2,C,D,Dr,O,c@example.org\n"
            .write(to: directory.appendingPathComponent("people.csv"), atomically: true, encoding: .utf8)
        let result = try run(folio, ["merge", "Layouts/handout.yaml", "--records", "people.csv",
                                     "--out", "out/{{idd}}.pdf"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.components(separatedBy: "uses {{idd}}, which is not a column").count == 2, "\(result.stderr)")
        #expect(!FileManager.default.fileExists(atPath: directory.appendingPathComponent("out").path))
    }

    @Test func sourcesOutsideTheDataFolderAreRefused() throws {
        let directory = try TestSupport.workspace()
        let layout = directory.appendingPathComponent("Layouts/handout.yaml")
        let lines = try String(contentsOf: layout, encoding: .utf8).components(separatedBy: "\n")
        func line(of text: String) throws -> Int { try #require(lines.firstIndex { $0.contains(text) }) + 1 }
        let about = "source: \"text/{{lang}}/about.md\"", approach = "source: \"text/{{lang}}/approach.md\""
        try TestSupport.edit(layout, about, "source: ../../../../../../etc/passwd")
        // A symbolic link inside Data/ that leads out of it is refused too.
        try FileManager.default.createSymbolicLink(atPath: directory.appendingPathComponent("Data/text/en/link.md").path,
                                                   withDestinationPath: "/etc/hostname")
        try TestSupport.edit(layout, approach, "source: text/en/link.md")
        let result = try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Layouts/handout.yaml:\(try line(of: about)):"), "\(result.stderr)")
        #expect(result.stderr.contains("../../../../../../etc/passwd is outside the data folder Data/"))
        #expect(result.stderr.contains("Layouts/handout.yaml:\(try line(of: approach)):"))
        #expect(result.stderr.contains("text/en/link.md is outside the data folder Data/"))
        #expect(!result.stderr.contains("root:"), "nothing of the file is echoed")
    }

    @Test(arguments: ["javascript:alert(1)", "file:///etc/passwd", "JavaScript:alert(1)", "data:text/html,x"])
    func unsafeLinksAreRefused(target: String) throws {
        let directory = try TestSupport.workspace()
        let about = directory.appendingPathComponent("Data/text/en/about.md")
        try "A [harmless word](\(target)) and [a safe one](https://example.org).\n".write(to: about, atomically: true,
                                                                                          encoding: .utf8)
        let result = try run(folio, ["build", "Layouts/handout.yaml"], in: directory)
        #expect(result.status == 1)
        #expect(result.stderr.contains("Data/text/en/about.md:1: error: the link to \"\(target)\" is refused: only http:, https:, mailto:"),
                "\(result.stderr)")
    }
}
