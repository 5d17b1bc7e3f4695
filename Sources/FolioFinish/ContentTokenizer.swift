/// One operation of a content stream: its operands and operator, as the bytes
/// they occupy in the (unfiltered) stream.
struct ContentOperation {
    /// From the first operand (or the operator) to the end of the operator;
    /// for an inline image, from BI to the end of EI.
    var range: Range<Int>
    var name: String
    /// A BDC whose properties carry an /MCID: content of a structure element
    /// (ISO 32000-1 14.7.4), not an /ActualText span or other marked content.
    var marksStructure = false
}

/// Splits an unfiltered content stream into operations (ISO 32000-1 7.2 and
/// 7.8.2: tokens are strings, names, numbers, arrays, dictionaries and
/// keywords; a keyword other than true, false and null is an operator).
struct ContentTokenizer {
    private let bytes: [UInt8]
    private var position = 0

    init(_ bytes: [UInt8]) {
        self.bytes = bytes
    }

    /// Every operation in order. Operands after the last operator are dropped (there should be none).
    static func operations(in bytes: [UInt8]) -> [ContentOperation] {
        var tokenizer = ContentTokenizer(bytes)
        var operations: [ContentOperation] = []
        var start: Int?
        while let token = tokenizer.nextToken() {
            if start == nil { start = token.range.lowerBound }
            guard let keyword = token.keyword, !Self.constants.contains(keyword) else { continue }
            var end = token.range.upperBound
            if keyword == "BI" { end = tokenizer.skipInlineImage() }
            var operation = ContentOperation(range: start! ..< end, name: keyword)
            operation.marksStructure = keyword == "BDC" && Self.contains(Self.mcid, in: bytes[operation.range])
            operations.append(operation)
            start = nil
        }
        return operations
    }

    private static let mcid = Array("/MCID".utf8)

    private static func contains(_ needle: [UInt8], in haystack: ArraySlice<UInt8>) -> Bool {
        guard haystack.count >= needle.count else { return false }
        return (haystack.startIndex...(haystack.endIndex - needle.count)).contains { start in
            haystack[start..<start + needle.count].elementsEqual(needle)
        }
    }

    /// Keywords that are operands, not operators.
    private static let constants: Set<String> = ["true", "false", "null"]

    private struct Token {
        var range: Range<Int>
        /// The keyword, if the token is one (an operator, or true/false/null).
        var keyword: String?
    }

    private mutating func nextToken() -> Token? {
        skipWhitespaceAndComments()
        guard position < bytes.count else { return nil }
        let start = position
        let byte = bytes[position]
        switch byte {
        case UInt8(ascii: "("): skipLiteralString()
        case UInt8(ascii: "<"):
            if position + 1 < bytes.count, bytes[position + 1] == UInt8(ascii: "<") { position += 2 } else { skip(past: UInt8(ascii: ">")) }
        case UInt8(ascii: ">"): position += min(2, bytes.count - position)
        case UInt8(ascii: "["), UInt8(ascii: "]"), UInt8(ascii: "{"), UInt8(ascii: "}"): position += 1
        case UInt8(ascii: "/"):
            position += 1
            skipRegular()
        default:
            skipRegular()
            if position == start { position += 1 } // a stray delimiter such as ")"
            let word = bytes[start..<position]
            let isNumber = word.allSatisfy { ($0 >= 48 && $0 <= 57) || $0 == 43 || $0 == 45 || $0 == 46 }
            if !isNumber { return Token(range: start..<position, keyword: String(decoding: word, as: UTF8.self)) }
        }
        return Token(range: start..<position, keyword: nil)
    }

    private static func isWhitespace(_ byte: UInt8) -> Bool {
        byte == 0 || byte == 9 || byte == 10 || byte == 12 || byte == 13 || byte == 32
    }

    private static func isDelimiter(_ byte: UInt8) -> Bool {
        switch byte {
        case 0x28, 0x29, 0x3C, 0x3E, 0x5B, 0x5D, 0x7B, 0x7D, 0x2F, 0x25: true // ( ) < > [ ] { } / %
        default: false
        }
    }

    private mutating func skipWhitespaceAndComments() {
        while position < bytes.count {
            if Self.isWhitespace(bytes[position]) {
                position += 1
            } else if bytes[position] == UInt8(ascii: "%") {
                while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
            } else {
                return
            }
        }
    }

    private mutating func skipRegular() {
        while position < bytes.count, !Self.isWhitespace(bytes[position]), !Self.isDelimiter(bytes[position]) { position += 1 }
    }

    private mutating func skip(past byte: UInt8) {
        while position < bytes.count, bytes[position] != byte { position += 1 }
        position = min(position + 1, bytes.count)
    }

    /// A literal string: balanced parentheses, backslash escapes.
    private mutating func skipLiteralString() {
        var depth = 0
        while position < bytes.count {
            let byte = bytes[position]
            position += 1
            if byte == UInt8(ascii: "\\") { position += 1 }
            else if byte == UInt8(ascii: "(") { depth += 1 }
            else if byte == UInt8(ascii: ")") { depth -= 1; if depth == 0 { return } }
        }
        position = min(position, bytes.count)
    }

    /// Past an inline image's dictionary, ID, data and EI (ISO 32000-1 8.9.7);
    /// the data ends at the first "EI" that stands between whitespace.
    private mutating func skipInlineImage() -> Int {
        while let token = nextToken(), token.keyword != "ID" {}
        position += 1 // the single whitespace after ID
        while position + 1 < bytes.count {
            if bytes[position] == UInt8(ascii: "E"), bytes[position + 1] == UInt8(ascii: "I"),
               position > 0, Self.isWhitespace(bytes[position - 1]),
               position + 2 == bytes.count || Self.isWhitespace(bytes[position + 2]) || Self.isDelimiter(bytes[position + 2]) {
                position += 2
                return position
            }
            position += 1
        }
        position = bytes.count
        return position
    }
}
