/// Marks whatever a page paints outside marked content as an artifact
/// (ISO 14289-1 7.1: content is either tagged or an artifact; Matterhorn 01-005).
///
/// The stream becomes a tree of groups (q…Q, BT…ET, marked content). Maximal
/// runs of groups and operations that hold no marked content are wrapped in
/// `/Artifact BMC … EMC` when they paint anything; a q…Q or BT…ET that holds
/// marked content is kept, and the runs inside it are wrapped instead. So a
/// wrapper never splits a q…Q or BT…ET pair, and never nests tagged content.
enum ArtifactMarking {
    /// The stream with its unmarked painting wrapped; nil when nothing needed it.
    static func wrap(_ bytes: [UInt8]) -> [UInt8]? {
        let nodes = ContentTree.parse(ContentTokenizer.operations(in: bytes))
        guard nodes.contains(where: { $0.paintsOutsideMarkedContent }) else { return nil }
        var output: [UInt8] = []
        output.reserveCapacity(bytes.count + 256)
        emit(nodes, from: bytes, into: &output)
        return output
    }

    private static func emit(_ nodes: [ContentTree], from bytes: [UInt8], into output: inout [UInt8]) {
        var run: [ContentTree] = []
        func flush() {
            let paints = run.contains { $0.paints }
            if paints { output += Array("/Artifact BMC\n".utf8) }
            for node in run { node.write(from: bytes, into: &output) }
            if paints { output += Array("EMC\n".utf8) }
            run.removeAll()
        }
        for node in nodes {
            guard node.holdsMarkedContent else {
                run.append(node)
                continue
            }
            flush()
            switch node {
            case let .group(open, children, close, marked: false):
                output += bytes[open.range] + [10]
                emit(children, from: bytes, into: &output)
                if let close { output += bytes[close.range] + [10] }
            default:
                node.write(from: bytes, into: &output)
            }
        }
        flush()
    }
}

/// A content stream as nested groups: q…Q and BT…ET, and marked content (BMC/BDC…EMC).
indirect enum ContentTree {
    case operation(ContentOperation)
    case group(open: ContentOperation, children: [ContentTree], close: ContentOperation?, marked: Bool)

    /// Operators that put marks on the page (ISO 32000-1 tables 51, 59, 60, 89, 92, 77).
    static let painting: Set<String> = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
                                         "Tj", "TJ", "'", "\""]

    private static let closers = ["q": "Q", "BT": "ET", "BMC": "EMC", "BDC": "EMC"]

    static func parse(_ operations: [ContentOperation]) -> [ContentTree] {
        var index = 0
        return parse(operations, &index, until: nil)
    }

    private static func parse(_ operations: [ContentOperation], _ index: inout Int, until closer: String?) -> [ContentTree] {
        var nodes: [ContentTree] = []
        while index < operations.count {
            let operation = operations[index]
            index += 1
            if operation.name == closer { return nodes + [.operation(operation)] }
            if let expected = closers[operation.name] {
                var children = parse(operations, &index, until: expected)
                var close: ContentOperation?
                if case let .operation(last)? = children.last, last.name == expected {
                    close = last
                    children.removeLast()
                }
                nodes.append(.group(open: operation, children: children, close: close,
                                    marked: operation.name == "BMC" || operation.name == "BDC"))
            } else {
                nodes.append(.operation(operation))
            }
        }
        return nodes
    }

    /// Holds marked content, or is an EMC without its opening (which must stay where it is).
    var holdsMarkedContent: Bool {
        switch self {
        case let .operation(operation): operation.name == "EMC"
        case let .group(_, children, _, marked): marked || children.contains { $0.holdsMarkedContent }
        }
    }

    var paints: Bool {
        switch self {
        case let .operation(operation): Self.painting.contains(operation.name)
        case let .group(_, children, _, _): children.contains { $0.paints }
        }
    }

    var paintsOutsideMarkedContent: Bool {
        switch self {
        case .operation: paints
        case let .group(_, children, _, marked): !marked && children.contains { $0.paintsOutsideMarkedContent }
        }
    }

    func write(from bytes: [UInt8], into output: inout [UInt8]) {
        switch self {
        case let .operation(operation):
            output += bytes[operation.range] + [10]
        case let .group(open, children, close, _):
            output += bytes[open.range] + [10]
            for child in children { child.write(from: bytes, into: &output) }
            if let close { output += bytes[close.range] + [10] }
        }
    }
}
