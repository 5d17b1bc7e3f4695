import Foundation

/// Appends an incremental update to a PDF (ISO 32000-1 7.5.6): the changed
/// and new objects after the original bytes, a cross-reference section for
/// them and a trailer whose /Prev points back at the original one. The
/// original bytes are neither copied nor parsed again, so finishing costs what
/// is changed, not what the document holds, and memory stays flat however
/// many pages it has (each page's new content is written as it is made).
struct IncrementalUpdate {
    private let output: FileHandle
    /// Where the next byte goes (the original file's length, then growing).
    private var offset: Int
    private var pending: [UInt8] = []
    /// Each written object's offset, by object number.
    private var offsets: [Int32: (offset: Int, generation: Int32)] = [:]
    /// Over every byte appended before the trailer: with the pages' content, the trailer /ID.
    private var digest = ContentDigest()
    /// The original cross-reference section's offset (its `startxref`).
    private let previous: Int

    /// Opens `url` to append to; it holds `original`, whose cross-reference
    /// section starts at `previous`.
    init(appendingTo url: URL, original: QPDFFile, previous: Int) throws {
        guard let output = try? FileHandle(forWritingTo: url) else {
            throw FinishError("cannot open \(url.path) to finish it")
        }
        self.output = output
        self.previous = previous
        offset = original.size
        // The update starts on a line of its own.
        if original.bytes(at: original.size - 1, count: 1) != [10] { append(Array("\n".utf8)) }
    }

    /// An object that is not a stream: `body` is its value in PDF syntax.
    mutating func appendObject(_ number: Int32, generation: Int32, body: String) throws {
        offsets[number] = (offset, generation)
        append(Array("\(number) \(generation) obj\n\(body)\nendobj\n".utf8))
        try flushIfFull()
    }

    /// A stream: `dictionary` must give its /Length (and /Filter) for `data` as written.
    mutating func appendStream(_ number: Int32, generation: Int32, dictionary: String, data: [UInt8]) throws {
        offsets[number] = (offset, generation)
        append(Array("\(number) \(generation) obj\n\(dictionary)\nstream\n".utf8))
        append(data)
        append(Array("\nendstream\nendobj\n".utf8))
        try flushIfFull()
    }

    /// Writes the cross-reference section and the trailer, and closes the file.
    /// `root` and `info` are references (`12 0 R`); `size` is one past the highest
    /// object number; `content` is the digest of the pages' content.
    mutating func finish(size: Int32, root: String, info: String?, content: ContentDigest) throws {
        let xref = offset
        var table = "xref\n"
        let numbers = offsets.keys.sorted()
        var start = 0
        while start < numbers.count {
            var end = start + 1
            while end < numbers.count, numbers[end] == numbers[end - 1] + 1 { end += 1 }
            table += "\(numbers[start]) \(end - start)\n"
            for number in numbers[start..<end] {
                let entry = offsets[number]!
                // Each entry is exactly 20 bytes (7.5.4).
                table += Self.padded(entry.offset, 10) + " " + Self.padded(Int(entry.generation), 5) + " n \n"
            }
            start = end
        }
        append(Array(table.utf8))
        // A file identifier derived from the content (14.4): the same input gives
        // the same bytes. The pages' content and everything the update adds
        // (metadata, structure, fonts' fixes) stand for the file without reading all of it again.
        var identity = content
        identity.add(Array(digest.hex.utf8))
        let id = identity.hex
        var trailer = "trailer\n<< /Size \(size) /Root \(root)"
        if let info { trailer += " /Info \(info)" }
        trailer += " /Prev \(previous) /ID [<\(id)> <\(id)>] >>\nstartxref\n\(xref)\n%%EOF\n"
        append(Array(trailer.utf8))
        try flush()
        try output.close()
    }

    private mutating func append(_ bytes: [UInt8]) {
        digest.add(bytes)
        pending += bytes
        offset += bytes.count
    }

    private mutating func flushIfFull() throws {
        if pending.count >= 1 << 18 { try flush() }
    }

    private mutating func flush() throws {
        do {
            try output.seekToEnd()
            try output.write(contentsOf: pending)
        } catch {
            throw FinishError("cannot write the finished PDF: \(error.localizedDescription)")
        }
        pending.removeAll(keepingCapacity: true)
    }

    private static func padded(_ value: Int, _ width: Int) -> String {
        let digits = String(value)
        return String(repeating: "0", count: max(width - digits.count, 0)) + digits
    }
}
