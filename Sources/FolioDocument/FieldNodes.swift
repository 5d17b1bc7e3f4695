import Yams

/// Yams nodes for the fields of a CSV row (a mail-merge record, a row of a
/// data table). `Tag.implicit` builds a new `Constructor.default` (three
/// dictionaries of closures) for every node; these share one, which was about
/// 3 % of a merged handout's time. Tags stay implicit, resolved as for any
/// node read from a file (`YAMLValue.resolver`).
enum FieldNodes {
    /// Never changed after it is made (its maps are constants), so every thread may share it.
    nonisolated(unsafe) private static let constructor = Constructor.default

    /// A plain scalar of `text`.
    static func scalar(_ text: String) -> Node {
        .scalar(.init(text, tag))
    }

    /// A group of fields, in the order given.
    static func mapping(_ fields: some Sequence<(String, String)>) -> Node {
        .mapping(.init(fields.map { (scalar($0.0), scalar($0.1)) }, tag))
    }

    /// A new tag per node: Yams resolves an implicit tag in place.
    private static var tag: Tag { Tag(.implicit, YAMLValue.resolver, constructor) }
}
