import FolioCore
import Foundation

/// What every patient document must print and must not: a publication or
/// review date, the issuing department, a way to reach it; no made-up data,
/// no placeholder. (Patient-information standards ask for the first three:
/// NHS England's Information Standard, principle 5; the PIF TICK criteria.)
struct RequiredParts {
    var findings: [Diagnostic] = []

    /// A year near a word that says what the date is.
    private static let datedWords = ["review", "published", "updated", "issued", "printed", "date",
                                     "审核", "审阅", "发布", "更新", "修订", "日期", "出版", "印制"]
    private static let year = try! NSRegularExpression(pattern: "(19|20)[0-9]{2}")
    /// A website, an e-mail address or a telephone line.
    private static let contact = try! NSRegularExpression(
        pattern: "(https?://|www\\.)[^ ]+|[A-Za-z0-9._-]+@[A-Za-z0-9-]+\\.[A-Za-z.]+|[A-Za-z0-9-]+\\.(cn|com|org|net|gov|edu)\\b"
            + "|\\b(tel|telephone|phone)\\b|电话", options: [.caseInsensitive])

    init(paragraphs: [PlacedParagraph], texts: [PlacedText], figures: [String], subject: PreflightSubject,
         locator: PreflightLocator) {
        let layout = locator.layout
        let all = paragraphs.map(\.text) + texts.map(\.text)
        func matches(_ pattern: NSRegularExpression, _ text: String) -> Bool {
            pattern.firstMatch(in: text, range: NSRange(text.startIndex..., in: text)) != nil
        }
        let dated = paragraphs.contains { paragraph in
            let lower = paragraph.text.lowercased()
            return matches(Self.year, lower) && Self.datedWords.contains { lower.contains($0) }
        }
        if !dated {
            findings.append(.warning("no publication or review date is printed; add one a patient can see, e.g. "
                + "\"Reviewed March 2026, next review March 2028\"", at: layout, field: "blocks"))
        }
        let flattened = all.joined(separator: " ").split(whereSeparator: \.isWhitespace).joined(separator: " ")
        if !subject.issuer.isEmpty, !subject.issuer.contains(where: { flattened.contains($0) }) {
            findings.append(.warning("the issuing department is not named; print \"\(subject.issuer[0])\"",
                                     at: layout, field: "blocks"))
        }
        if !texts.contains(where: { $0.link != nil }), !all.contains(where: { matches(Self.contact, $0) }) {
            findings.append(.warning("no way to reach the department is printed (a website at least, or a telephone "
                + "number or e-mail address)", at: layout, field: "blocks"))
        }
        let markers = subject.illustrativeMarkers.map { $0.lowercased() }
        if let made = (figures + all).first(where: { text in markers.contains { text.lowercased().contains($0) } }) {
            findings.append(.warning("illustrative (made-up) data is placed in a patient document: "
                + "\"\(Preflight.quote(made, limit: 60))\"; show only the department's own figures",
                at: locator.source(of: made) ?? layout, field: locator.source(of: made) == nil ? "blocks" : nil))
        }
        var placeholders = Set<String>()
        for paragraph in paragraphs where paragraph.text.contains("TODO:") && placeholders.insert(paragraph.text).inserted {
            let place = locator.source(of: paragraph.text)
            findings.append(.warning("a placeholder is printed on page \(paragraph.page): "
                + "\"\(Preflight.quote(paragraph.text, limit: 60))\"", at: place ?? layout,
                field: place == nil ? "blocks" : nil))
        }
    }
}
