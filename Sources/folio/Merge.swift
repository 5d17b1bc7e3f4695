import ArgumentParser
import Dispatch
import FolioCore
import FolioDocument
import FolioLayout
import FolioRender
import Foundation

/// `folio merge`: one PDF per CSV record, built in parallel.
struct Merge: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Render a layout once per record of a CSV file (mail merge), in parallel on all cores.",
        discussion: """
            The layout's `merge` section names the records in data fields \
            ({{attendee.last_name}}) and lists the columns each record needs. \
            Output names fill {{column}} fields from each record. A record that \
            fails is reported with its line and does not stop the others; the exit \
            code is non-zero if any failed.
            """)

    @Argument(help: "The layout, e.g. Layouts/handout.yaml.")
    var layout: String

    @Option(help: "The CSV file of records, with a header row.")
    var records: String

    @Option(help: "Where each PDF goes, with {{column}} fields, e.g. 'out/handouts/{{id}}-{{last_name}}.pdf'.")
    var out: String

    @OptionGroup var source: SourceOptions
    @OptionGroup var output: OutputOptions
    @OptionGroup var options: LayoutOptions

    @Option(help: "Records built at once (default: the number of cores).")
    var jobs: Int?

    @Option(help: ArgumentHelp(
        "Render only the K-th of N slices of the records (K from 0 to N - 1).",
        discussion: "The rows are cut into N runs of consecutive rows by row number, so N machines given the "
            + "same CSV and K = 0 … N - 1 (a Kubernetes Indexed Job's completion index) write every record once, "
            + "byte for byte as one machine would. See docs/scale-out.md.",
        valueName: "K/N"))
    var shard: Shard?

    func validate() throws {
        guard out.contains("{{") else {
            throw ValidationError("--out needs a {{column}} field so that each record gets its own PDF, "
                + "e.g. 'out/handouts/{{id}}.pdf'")
        }
        if let jobs, jobs < 1 { throw ValidationError("--jobs must be at least 1") }
    }

    func run() throws {
        output.apply()
        let start = Date()
        let maker = try DocumentMaker(source: source, options: options)
        guard let loaded = maker.load(layout) else { throw ExitCode.failure }
        guard let fields = loaded.mergeFields else {
            Console.error("\(layout): error: the layout has no merge section, so records have no name in it; "
                + "add e.g. merge: {name: attendee, sample: {id: \"0001\", last_name: Doe}}")
            throw ExitCode.failure
        }
        let places = OutputPlaces(source: source, inputs: [layout, records])
        let folder = MergeOutput.folder(of: out)
        if let refusal = places.refusal(folder) {
            Console.error("error: --out: \(refusal)")
            throw ExitCode.failure
        }
        guard let outputFields = maker.report("--out", { try MergeRecord.fields(inOutputName: out) }),
              let rows = maker.report(records, {
                  try MergeRecords.read(URL(fileURLWithPath: records), displayPath: records, fields: fields,
                                        outputFields: outputFields)
              }) else { throw ExitCode.failure }
        // Output names are checked over all rows, so two shards cannot write the same file either.
        let jobs = Jobs(rows: rows, pattern: out, output: MergeOutput(folder: folder, places: places))
        let slice = shard?.rows(of: jobs.count) ?? 0..<jobs.count
        let date = try ReproducibleDate.current()
        let fonts = FontFaceCache()
        let progress = Progress(total: slice.count)
        let workers = max(min(slice.count, self.jobs ?? ProcessInfo.processInfo.activeProcessorCount), 1)
        // The parts of the layout that read nothing of a record are bound and laid out once per worker:
        // blocks shared by two cores cost more in their reference counts bouncing between the cores than
        // binding them once more.
        let bound = (0..<workers).map { _ in BoundBlockCache() }
        // Each worker takes the next record; fonts and shaped words are shared through the typesetter's caches.
        let next = Counter()
        let folders = WrittenFolders()
        DispatchQueue.concurrentPerform(iterations: workers) { worker in
            while let index = next.take(below: slice.count) {
                let failure = render(jobs[slice.lowerBound + index], layout: loaded, maker: maker, date: date,
                                     fonts: fonts, bound: bound[worker], folders: folders)
                progress.finished(failure: failure)
            }
        }
        // Each record's file was synced before its rename; the renames are made durable here, one sync a folder.
        folders.syncAll()
        progress.end()
        let seconds = Date().timeIntervalSince(start)
        let failures = progress.failures
        let part = shard.map { " (shard \($0.index)/\($0.count): rows \(slice.lowerBound + 1)–\(slice.upperBound) of \(rows.count))" }
        Console.print(String(format: "%@ of %@ written to %@ in %.1f s (%.0f per second)%@",
                             String(slice.count - failures.count), count(slice.count, "record"),
                             folder, seconds, Double(slice.count) / max(seconds, 0.001), part ?? ""))
        if !failures.isEmpty {
            Console.error("\(count(failures.count, "record")) failed:")
            for line in failures.sorted(by: { $0.line < $1.line }) { Console.error("  " + line.message) }
            throw ExitCode.failure
        }
    }

    /// Builds and writes one record's PDF; the failure's message, or nil.
    private func render(_ job: Job, layout: LoadedLayout, maker: DocumentMaker, date: Date,
                        fonts: FontFaceCache, bound: BoundBlockCache, folders: WrittenFolders) -> Failure? {
        switch job {
        case let .failed(line, problems):
            for problem in problems { Console.report(problem) }
            return Failure(line: line, message: "\(records):\(line): " + (problems.first?.message ?? "failed"))
        case let .record(record, path):
            let name = "\(records):\(record.line)"
            let writer = PDFWriter(url: URL(fileURLWithPath: path), date: date, fonts: fonts,
                                   printMarks: options.medium.printMarks)
            guard maker.make(layout, name: name, into: writer, record: record, reuse: bound) != nil,
                  maker.report(name, { try writer.commit(syncingFolder: false) }) != nil
            else {
                writer.discard()
                return Failure(line: record.line, message: "\(name): not written (see above)")
            }
            folders.add(URL(fileURLWithPath: path).deletingLastPathComponent())
            Console.print("wrote \(path)", level: .verbose)
            return nil
        }
    }
}

/// A record ready to render with its output path, or a row already known to be bad.
private enum Job {
    case record(MergeRecord, path: String)
    case failed(line: Int, [Diagnostic])
}

/// The jobs of a merge: each row's output path worked out up front, so that
/// two records that would write the same file are caught before any is written.
private struct Jobs {
    private let jobs: [Job]

    init(rows: [Result<MergeRecord, DiagnosticError>], pattern: String, output: MergeOutput) {
        var seen: [String: Int] = [:]
        jobs = rows.enumerated().map { index, row in
            switch row {
            case let .failure(error):
                return .failed(line: error.diagnostics.first?.location?.line ?? index + 2, error.diagnostics)
            case let .success(record):
                do {
                    let path = try record.fileName(pattern)
                    let place = SourceLocation(file: record.file, line: record.line)
                    if let refusal = output.refusal(path) { return .failed(line: record.line, [.error(refusal, at: place)]) }
                    // Two spellings of one file (x/./k and ./x/k) are one file.
                    let resolved = ConfinedPath.resolve(path)
                    if let other = seen[resolved] {
                        return .failed(line: record.line, [.error(
                            "the output name \(path) is the same file as line \(other)'s; make --out unique per record",
                            at: place)])
                    }
                    seen[resolved] = record.line
                    return .record(record, path: path)
                } catch let error as DiagnosticError {
                    return .failed(line: record.line, error.diagnostics)
                } catch {
                    return .failed(line: record.line, [.error("\(error)")])
                }
            }
        }
    }

    var count: Int { jobs.count }
    subscript(index: Int) -> Job { jobs[index] }
}

private struct Failure: Sendable {
    var line: Int
    var message: String
}

/// Hands out indices 0, 1, 2 … to workers.
private final class Counter: @unchecked Sendable {
    private var value = 0
    private let lock = NSLock()

    func take(below limit: Int) -> Int? {
        lock.lock()
        defer { lock.unlock() }
        guard value < limit else { return nil }
        defer { value += 1 }
        return value
    }
}

/// Progress of a merge: a bar redrawn in place on a terminal (done/total,
/// rate, time left), plain lines every tenth of the way otherwise.
private final class Progress: @unchecked Sendable {
    let total: Int
    private var done = 0
    private(set) var failures: [Failure] = []
    private let start = Date()
    private let lock = NSLock()
    private var lastDraw = Date.distantPast
    private var lastTenth = 0

    init(total: Int) {
        self.total = total
    }

    func finished(failure: Failure?) {
        lock.lock()
        defer { lock.unlock() }
        done += 1
        if let failure { failures.append(failure) }
        guard Console.level >= .normal else { return }
        let elapsed = Date().timeIntervalSince(start)
        let rate = Double(done) / max(elapsed, 0.001)
        let left = Double(total - done) / max(rate, 0.001)
        if Console.isTerminal {
            // Redraw at most ten times a second, and at the end.
            guard Date().timeIntervalSince(lastDraw) > 0.1 || done == total else { return }
            lastDraw = Date()
            let line = ProgressLine(done: done, total: total, perSecond: rate, secondsLeft: left, failed: failures.count)
            Console.setStatus(line.text(columns: ProgressLine.terminalColumns()))
        } else {
            let tenth = total > 0 ? done * 10 / total : 10
            guard tenth > lastTenth else { return }
            lastTenth = tenth
            Console.print(String(format: "%d/%d records (%.0f/s, %.0f s left)", done, total, rate, left))
        }
    }

    func end() {
        if Console.isTerminal, Console.level >= .normal { Console.keepStatus() }
    }
}
