/// The `{{` and `}}` around a data field, found on the text's UTF-8 bytes.
///
/// ASCII bytes never occur inside another character's UTF-8 encoding, so a
/// byte search finds exactly the marks a character search would. Foundation's
/// `range(of:)` bridged the text to UTF-16 on every call, which a mail merge
/// paid for every field of every record.
extension Substring {
    /// Where the first `{{` is.
    var firstFieldOpening: Range<Index>? { utf8.firstRange(of: "{{".utf8) }

    /// Where the first `}}` is.
    var firstFieldClosing: Range<Index>? { utf8.firstRange(of: "}}".utf8) }

    /// The text between a field's marks without spaces or tabs at either end: its data path.
    var fieldPath: String {
        let isSpace = { (scalar: Unicode.Scalar) in scalar == "\t" || scalar.properties.generalCategory == .spaceSeparator }
        let scalars = unicodeScalars.drop(while: isSpace)
        return String(String.UnicodeScalarView(scalars.reversed().drop(while: isSpace).reversed()))
    }
}
