import CLineBreak

/// A place where a line may end: the next line would start at `index`.
public struct BreakOpportunity: Hashable, Sendable {
    public var index: String.Index
    /// True when the text requires a break here (after a line or paragraph separator).
    public var isMandatory: Bool
}

/// Line-break opportunities by the Unicode Line Breaking Algorithm (UAX #14),
/// as ICU implements it, including its kinsoku tailoring for CJK text.
public enum LineBreakOpportunities {
    /// The opportunities in `text` for `locale` (e.g. "en", "zh"), in order;
    /// the end of the text is always the last one.
    public static func find(in text: String, locale: String) -> [BreakOpportunity] {
        let utf16 = Array(text.utf16)
        guard !utf16.isEmpty else { return [] }
        var offsets = [Int32](repeating: 0, count: utf16.count + 1)
        var mandatory = [UInt8](repeating: 0, count: utf16.count + 1)
        var error = [CChar](repeating: 0, count: 64)
        let count = folio_line_breaks(utf16, Int32(utf16.count), locale, &offsets, &mandatory,
                                      Int32(offsets.count), &error, error.count)
        // ICU only fails without its data files or memory; then the text may break
        // only at its end, which keeps every word whole.
        guard count > 0 else { return [BreakOpportunity(index: text.endIndex, isMandatory: true)] }
        // The offsets ascend: each index is found by walking on from the one before
        // (String.Index(utf16Offset:in:) looks each up afresh, through the string's breadcrumbs).
        let scalars = text.unicodeScalars
        var index = scalars.startIndex, offset = 0
        return (0..<Int(count)).map { position in
            let target = Int(offsets[position])
            while offset < target, index < scalars.endIndex {
                offset += UTF16.width(scalars[index])
                index = scalars.index(after: index)
            }
            // ICU breaks between scalars; an offset inside a surrogate pair is looked up as before.
            let found = offset == target ? index : String.Index(utf16Offset: target, in: text)
            return BreakOpportunity(index: found, isMandatory: mandatory[position] != 0)
        }
    }
}
