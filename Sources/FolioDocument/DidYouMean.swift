/// "; did you mean "body"?" for a misspelt name (a style, a CSV column), from
/// the known names within an edit distance of two (`FieldReader.closest`).
enum DidYouMean {
    static func suggestion(for name: String, among known: [String]) -> String {
        FieldReader.closest(to: name, in: known.sorted()).map { "; did you mean \"\($0)\"?" } ?? ""
    }
}
