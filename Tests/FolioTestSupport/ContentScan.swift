/// A content-stream reader for the tests, written apart from Folio's own
/// (FolioFinish's ContentTokenizer) so that a mistake in one is not repeated in
/// the check: it skips strings, arrays, dictionaries and inline image data,
/// and reads operators with the marked-content depth at each.
public enum ContentScan {
    /// Operators that paint (ISO 32000-1 tables 59, 60, 77, 89, 92; "BI" for an inline image).
    static let painting: Set<String> = ["S", "s", "f", "F", "f*", "B", "B*", "b", "b*", "sh", "Do", "BI",
                                         "Tj", "TJ", "'", "\""]

    /// The painting operators that stand outside any BMC/BDC…EMC, with their byte offsets.
    public static func unmarkedPaintingOperators(in content: some Collection<UInt8>) -> [String] {
        var found: [String] = []
        scan(content) { word, _, marked, offset in
            if marked.isEmpty, painting.contains(word) { found.append("\(word) at byte \(offset)") }
        }
        return found
    }

    /// Each /Artifact marked-content sequence that paints, in order: its
    /// /Type (nil when untyped) and whether it shows text.
    public static func artifacts(in content: some Collection<UInt8>) -> [(type: String?, showsText: Bool)] {
        var found: [(type: String?, showsText: Bool)] = []
        var current: (start: Int, type: String?, paints: Bool, text: Bool)?
        scan(content) { word, names, marked, _ in
            if current == nil, word == "BMC" || word == "BDC", names.first == "/Artifact" {
                let type = names.firstIndex(of: "/Type").flatMap { $0 + 1 < names.count ? String(names[$0 + 1].dropFirst()) : nil }
                current = (marked.count, type, false, false)
            } else if let open = current, word == "EMC", marked.count == open.start {
                if open.paints { found.append((open.type, open.text)) }
                current = nil
            } else if current != nil, painting.contains(word) {
                current!.paints = true
                if ["Tj", "TJ", "'", "\""].contains(word) { current!.text = true }
            }
        }
        return found
    }

    /// Calls `visit` with each operator, the names among its operands, the
    /// marked content open around it (for BMC/BDC: before it opens; for EMC:
    /// after it closes) and its byte offset.
    private static func scan(_ content: some Collection<UInt8>, visit: (String, [String], [Int], Int) -> Void) {
        let bytes = Array(content)
        var marked: [Int] = []
        var names: [String] = []
        var index = 0
        func isSpace(_ byte: UInt8) -> Bool { [0, 9, 10, 12, 13, 32].contains(byte) }
        func isDelimiter(_ byte: UInt8) -> Bool { "()<>[]{}/%".utf8.contains(byte) }
        while index < bytes.count {
            let byte = bytes[index]
            if isSpace(byte) { index += 1; continue }
            switch byte {
            case UInt8(ascii: "%"):
                while index < bytes.count, bytes[index] != 10, bytes[index] != 13 { index += 1 }
            case UInt8(ascii: "("):
                var nesting = 0
                repeat {
                    if bytes[index] == UInt8(ascii: "\\") { index += 1 }
                    else if bytes[index] == UInt8(ascii: "(") { nesting += 1 }
                    else if bytes[index] == UInt8(ascii: ")") { nesting -= 1 }
                    index += 1
                } while nesting > 0 && index < bytes.count
            case UInt8(ascii: "<"):
                if index + 1 < bytes.count, bytes[index + 1] == UInt8(ascii: "<") {
                    index += 2
                } else {
                    while index < bytes.count, bytes[index] != UInt8(ascii: ">") { index += 1 } // a hex string
                    index += 1
                }
            case UInt8(ascii: ">"), UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"):
                index += 1
            default:
                let start = index
                index += 1
                while index < bytes.count, !isSpace(bytes[index]), !isDelimiter(bytes[index]) { index += 1 }
                let word = String(decoding: bytes[start..<index], as: UTF8.self)
                if byte == UInt8(ascii: "/") { names.append(word); continue }
                if Double(word) != nil || ["true", "false", "null"].contains(word) { continue }
                switch word {
                case "BMC", "BDC":
                    visit(word, names, marked, start)
                    marked.append(start)
                case "EMC":
                    marked.removeLast(min(1, marked.count))
                    visit(word, names, marked, start)
                case "ID":
                    // Inline image data runs to an "EI" between whitespace.
                    while index + 2 < bytes.count,
                          !(isSpace(bytes[index]) && bytes[index + 1] == UInt8(ascii: "E") && bytes[index + 2] == UInt8(ascii: "I")) {
                        index += 1
                    }
                    index += 3
                default:
                    visit(word, names, marked, start)
                }
                names = []
            }
        }
    }
}
