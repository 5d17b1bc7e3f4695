/// The structure elements of a PDF cairo wrote, found from its
/// cross-reference table without parsing them: each element's object number
/// and structure type, in object-number order; and its TrueType-based CID
/// fonts (`FontFixes`), found the same way: reaching them through the pages'
/// resources made qpdf parse every font with its widths (4 % of a merged
/// handout's time).
///
/// Why not walk the tree in qpdf: qpdf keeps every object it has parsed until
/// the file is closed, and the elements are most of a document's objects (22,546
/// of 27,178 in the 500-page synthetic report), so a walk made the finishing
/// stage's memory grow with page count (+58 MiB at 500 pages). Cairo 1.16
/// numbers an element when its tag is opened and opens tags in document order,
/// so object-number order is the tree's pre-order: the order of the renderer's
/// notes. qpdf then parses only the elements that get a fix; each is checked
/// against its note's role.
struct StructureIndex {
    private(set) var elements: [(number: Int32, role: String)] = []
    /// The object numbers of the CIDFontType2 fonts, in order.
    private(set) var trueTypeCIDFonts: [Int32] = []

    /// Reads the classic cross-reference table at `startxref` (ISO 32000-1
    /// 7.5.4: entries of 20 bytes, "oooooooooo ggggg n") and looks at the start
    /// of each object: cairo writes an element as `N 0 obj\n<< /Type /StructElem\n   /S /P`.
    init(_ file: QPDFFile, startxref: Int) throws {
        // The section and the trailer after it: 20 bytes an object.
        let bytes = file.bytes(at: startxref, count: file.size - startxref)
        var position = 0
        guard Self.matches(bytes, position, "xref") else {
            throw FinishError("the PDF has no classic cross-reference table where startxref points; cairo writes one")
        }
        position = Self.nextLine(bytes, position)
        while let header = Self.numbers(bytes, &position), header.count == 2 {
            let (first, count) = (header[0], header[1])
            for index in 0..<count {
                let entry = position + 20 * index
                guard entry + 20 <= bytes.count, bytes[entry + 17] == UInt8(ascii: "n"),
                      let offset = Int(String(decoding: bytes[entry..<entry + 10], as: UTF8.self)) else { continue }
                let start = file.bytes(at: offset, count: 64)
                if let role = Self.elementRole(start) {
                    elements.append((Int32(first + index), role))
                } else if Self.isTrueTypeCIDFont(start) {
                    trueTypeCIDFonts.append(Int32(first + index))
                }
            }
            position += 20 * count
        }
        elements.sort { $0.number < $1.number }
        trueTypeCIDFonts.sort()
    }

    private static let fontMarker = Array("<< /Type /Font".utf8), cidFontType2 = Array("/Subtype /CIDFontType2".utf8)

    /// Whether the object that starts with `bytes` is a CIDFontType2 font, as
    /// cairo writes one: `N 0 obj\n<< /Type /Font\n   /Subtype /CIDFontType2\n`.
    private static func isTrueTypeCIDFont(_ bytes: [UInt8]) -> Bool {
        var position = nextLine(bytes, 0)
        guard matches(bytes, position, fontMarker) else { return false }
        position = nextLine(bytes, position)
        while position < bytes.count, bytes[position] == 32 { position += 1 }
        let end = position + cidFontType2.count
        return matches(bytes, position, cidFontType2) && end < bytes.count && bytes[end] <= 32
    }

    private static let marker = Array("<< /Type /StructElem".utf8)

    /// The /S of the element whose object starts with `bytes`, if it is a structure element.
    private static func elementRole(_ bytes: [UInt8]) -> String? {
        var position = nextLine(bytes, 0) // past "N 0 obj"
        guard matches(bytes, position, marker) else { return nil }
        position = nextLine(bytes, position)
        while position < bytes.count, bytes[position] == 32 { position += 1 }
        guard matches(bytes, position, "/S /") else { return nil }
        var end = position + 4
        while end < bytes.count, bytes[end] > 32, bytes[end] != UInt8(ascii: "/"), bytes[end] != UInt8(ascii: ">") { end += 1 }
        return String(decoding: bytes[(position + 4)..<end], as: UTF8.self)
    }

    /// A subsection header, "first count", and the position after its line.
    private static func numbers(_ bytes: [UInt8], _ position: inout Int) -> [Int]? {
        let end = nextLine(bytes, position)
        let words = String(decoding: bytes[position..<end], as: UTF8.self).split(whereSeparator: \.isWhitespace)
        guard words.count == 2, let first = Int(words[0]), let count = Int(words[1]) else { return nil }
        position = end
        return [first, count]
    }

    private static func nextLine(_ bytes: [UInt8], _ position: Int) -> Int {
        var position = position
        while position < bytes.count, bytes[position] != 10, bytes[position] != 13 { position += 1 }
        while position < bytes.count, bytes[position] == 10 || bytes[position] == 13 { position += 1 }
        return position
    }

    private static func matches(_ bytes: [UInt8], _ position: Int, _ text: String) -> Bool {
        matches(bytes, position, Array(text.utf8))
    }

    private static func matches(_ bytes: [UInt8], _ position: Int, _ text: [UInt8]) -> Bool {
        position >= 0 && position + text.count <= bytes.count && bytes[position..<position + text.count].elementsEqual(text)
    }
}
