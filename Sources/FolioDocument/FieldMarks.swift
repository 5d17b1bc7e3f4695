/// The `{{` and `}}` around a data field, found on the text's UTF-8 bytes.
///
/// ASCII bytes never occur inside another character's UTF-8 encoding, so a
/// byte search finds exactly the marks a character search would. Foundation's
/// `range(of:)` bridged the text to UTF-16 on every call, and the generic
/// `firstRange(of:)` was still a tenth of a mail merge's binding; a mail merge
/// pays for every field of every record.
extension Substring {
    /// Where the first `{{` is.
    var firstFieldOpening: Range<Index>? { firstPair(of: UInt8(ascii: "{")) }

    /// Where the first `}}` is.
    var firstFieldClosing: Range<Index>? { firstPair(of: UInt8(ascii: "}")) }

    /// The text between a field's marks without spaces or tabs at either end: its data path.
    var fieldPath: String {
        let scalars = unicodeScalars
        var start = scalars.startIndex, end = scalars.endIndex
        while start < end, Self.isFieldSpace(scalars[start]) { start = scalars.index(after: start) }
        while start < end {
            let last = scalars.index(before: end)
            guard Self.isFieldSpace(scalars[last]) else { break }
            end = last
        }
        return String(self[start..<end])
    }

    /// A space or tab, or another space separator (a no-break space, an em space).
    private static func isFieldSpace(_ scalar: Unicode.Scalar) -> Bool {
        scalar == " " || scalar == "\t" || (scalar.value >= 0x80 && scalar.properties.generalCategory == .spaceSeparator)
    }

    /// Where two `byte`s in a row first are.
    private func firstPair(of byte: UInt8) -> Range<Index>? {
        let bytes = utf8
        var index = bytes.startIndex, previousMatched = false
        while index < bytes.endIndex {
            let matches = bytes[index] == byte
            if matches, previousMatched {
                return bytes.index(before: index)..<bytes.index(after: index)
            }
            previousMatched = matches
            index = bytes.index(after: index)
        }
        return nil
    }
}
