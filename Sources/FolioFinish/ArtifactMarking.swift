/// Marks whatever a page paints outside structure content as an artifact
/// (ISO 14289-1 7.1: content is either tagged or an artifact; Matterhorn 01-005),
/// with its type where the renderer knows it (14.8.2.2.2: Pagination, Layout, Background).
///
/// Cairo interleaves its q…Q pairs with marked content (a q opened inside
/// one structure element may be closed after it), so the stream is not a
/// tree. Instead: a *run* is a maximal stretch of operations outside
/// structure content (a BDC with an /MCID, to its EMC). In each run, q…Q,
/// BT…ET and other marked content (cairo's /ActualText spans) are matched
/// like brackets; those whose partner lies outside the run are cut points.
/// Each stretch between cut points is balanced, and is wrapped in
/// `/Artifact BMC … EMC` (or `/Artifact << /Type /… >> BDC … EMC`) if it
/// paints. So a wrapper never splits a pair, never holds tagged content, and
/// never falls inside a path object (ISO 32000-1 figure 9).
enum ArtifactMarking {
    /// Operators that put marks on the page (ISO 32000-1 tables 51, 59, 60, 77, 89, 92).
    static let painting: Set<String> = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
                                         "Tj", "TJ", "'", "\""]
    private static let opening = ["q": "Q", "BT": "ET", "BMC": "EMC", "BDC": "EMC"]

    /// The stream with its unmarked painting wrapped; nil when nothing needed it.
    /// `types` has the artifact type of each run that paints, in order (nil:
    /// untyped); when it does not count the runs found, every run is untyped.
    static func wrap(_ bytes: [UInt8], types: [String?] = []) -> [UInt8]? {
        let operations = ContentTokenizer.operations(in: bytes)
        let runs = stretchesToWrap(operations)
        guard !runs.isEmpty else { return nil }
        let types = types.count == runs.count ? types : Array(repeating: nil, count: runs.count)
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 40 * runs.count)
        var next = 0 // the first operation not yet copied
        for (stretches, type) in zip(runs, types) {
            let begin = type.map { Array("/Artifact << /Type /\($0) >> BDC\n".utf8) } ?? untyped
            for wrapper in stretches {
                copy(operations[next..<wrapper.lowerBound], from: bytes, into: &output)
                output += begin
                copy(operations[wrapper], from: bytes, into: &output)
                output += end
                next = wrapper.upperBound
            }
        }
        copy(operations[next...], from: bytes, into: &output)
        return output
    }

    private static let untyped = Array("/Artifact BMC\n".utf8), end = Array("EMC\n".utf8)

    /// Each operation's bytes on a line of its own.
    private static func copy(_ operations: ArraySlice<ContentOperation>, from bytes: [UInt8], into output: inout [UInt8]) {
        for operation in operations {
            output += bytes[operation.range]
            output.append(10)
        }
    }

    /// For each run that paints, the ranges of operations to wrap, in order.
    static func stretchesToWrap(_ operations: [ContentOperation]) -> [[Range<Int>]] {
        var runs: [[Range<Int>]] = []
        var depth = 0 // marked-content depth inside structure content
        var runStart = 0
        func endRun(at index: Int) {
            let stretches = balancedStretches(operations, runStart..<index)
            if !stretches.isEmpty { runs.append(stretches) }
        }
        for (index, operation) in operations.enumerated() {
            switch operation.name {
            case "BMC", "BDC":
                if depth > 0 {
                    depth += 1
                } else if operation.marksStructure {
                    endRun(at: index)
                    depth = 1
                }
            case "EMC":
                if depth > 0 {
                    depth -= 1
                    if depth == 0 { runStart = index + 1 }
                }
            default:
                break
            }
        }
        if depth == 0 { endRun(at: operations.count) }
        return runs
    }

    /// The stretches of a run between its unmatched q, Q, BT, ET, BMC, BDC and EMC that paint.
    private static func balancedStretches(_ operations: [ContentOperation], _ run: Range<Int>) -> [Range<Int>] {
        var open: [Int] = []
        var cuts: [Int] = []
        for index in run {
            let name = operations[index].name
            if opening[name] != nil {
                open.append(index)
            } else if name == "Q" || name == "ET" || name == "EMC" {
                if let last = open.last, opening[operations[last].name] == name { open.removeLast() } else { cuts.append(index) }
            }
        }
        cuts = (cuts + open).sorted()
        var stretches: [Range<Int>] = []
        var start = run.lowerBound
        for cut in cuts + [run.upperBound] {
            if start < cut, operations[start..<cut].contains(where: { painting.contains($0.name) }) {
                stretches.append(start..<cut)
            }
            start = cut + 1
        }
        return stretches
    }
}
