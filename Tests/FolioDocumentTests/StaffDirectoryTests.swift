import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The staff directory: every member of staff by title then name, photo or
/// initials from the name's parts, cards of equal height per row, long names
/// made smaller rather than broken between letters, over as many pages as needed.
@Suite struct StaffDirectoryTests {
    static let card = """
        name-style: name, detail-style: detail, role-style: detail, initials-style: avatar, avatar-color: brand, \
        avatar-size: 10mm, background: brand, padding: 2mm, gap: 2mm
        """

    func people() -> [String: String] {
        var files = [
            "Data/staff/a.yaml": "name: {en: Zoe Adams}\nrank: attending-physician\nposition: {en: Surgeon}\n",
            "Data/staff/b.yaml": "name: {en: Maria Papadopoulos-Konstantinidis}\nrank: chief-physician\n",
            "Data/staff/c.yaml": "name: {zh: 欧阳明}\nfamily-name: {zh: 欧阳}\nrank: attending-physician\n",
            "Data/staff/d.yaml": "name: {zh: 李雪}\nrank: other\n",
            "Data/staff/e.yaml": "name: {en: Wang Lei, zh: 王磊}\ngiven-name: {en: Lei}\nfamily-name: {en: Wang}\nrank: director\n"
                + "photo: staff/photos/e.png\nbio: {en: \"A long biography. \(String(repeating: "Words of the biography. ", count: 12))\"}\n",
            "Data/staff/f.yaml": "name: {en: Jean-Pierre Dupont}\nrank: attending-physician\n",
        ]
        for index in 0..<30 {
            files["Data/staff/z\(index).yaml"] = "name: {en: Person \(String(format: "%02d", index)) Example}\nrank: other\n"
        }
        return files
    }

    func build(_ extra: String = "", columns: Int = 3, size: String = "A5") throws -> DisplayList {
        let layout = LayoutFixture.validLayout.replacing("size: A5", with: "size: \(size)").replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: """
              - staff-directory: {columns: \(columns), gutter: 3mm, row-gap: 3mm, \(Self.card)\(extra)}
            """).replacing("  h1: {based-on: body, weight: bold}", with: """
              h1: {based-on: body, weight: bold}
              name: {font: Noto Sans, weight: bold, size: 10pt, leading: 12pt, hyphenate: true}
              detail: {font: Noto Sans, size: 7pt, leading: 9pt}
              avatar: {font: Noto Sans, weight: bold, size: 11pt, leading: 13pt, color: "#ffffff"}
            """)
        let fixture = try LayoutFixture(layout: layout, files: people())
        let photos = fixture.directory.appendingPathComponent("Data/staff/photos")
        try FileManager.default.createDirectory(at: photos, withIntermediateDirectories: true)
        try PlaceholderPNG.data(width: 40, height: 40, red: 90, green: 120, blue: 160)
            .write(to: photos.appendingPathComponent("e.png"))
        return try fixture.build().displayList
    }

    func texts(_ list: DisplayList) -> [String] {
        list.pages.flatMap { page in page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } } }
    }

    @Test func everyoneIsListedByTitleThenNameWithPhotoOrInitials() throws {
        let list = try build()
        let words = texts(list).joined(separator: " ")
        for name in ["Wang Lei", "Papadopoulos-", "Zoe Adams", "欧阳明", "李雪", "Jean-Pierre Dupont", "Person 29 Example"] {
            #expect(words.contains(name), "\(name) missing from: \(words)")
        }
        func position(_ text: String) -> String.Index? { words.range(of: text)?.lowerBound }
        // Director, chief, attending physicians by name, then others by name.
        let order = ["Wang Lei", "Maria", "Jean-Pierre", "Zoe Adams", "欧阳明", "Person 00", "Person 29", "李雪"]
        let positions = order.compactMap(position)
        #expect(positions.count == order.count && positions == positions.sorted(), "\(words)")
        // Initials: none for the photographed director; family name first for a Chinese-only name.
        for initials in ["MP", "JD", "ZA", "欧阳", "李", "PE"] { #expect(texts(list).contains(initials), "no \(initials)") }
        #expect(!texts(list).contains("LW") && !texts(list).contains("WL"), "the director has a photo")
        let images = list.pages.flatMap { $0.items.flattened }.filter { if case .image = $0 { true } else { false } }
        #expect(images.count == 1)
        #expect(list.pages.count >= 2, "36 cards take more than one A5 page")
    }

    @Test func cardsOfARowAreEquallyTall() throws {
        let list = try build()
        let backgrounds = list.pages.enumerated().flatMap { number, page in
            page.items.flattened.compactMap { item -> (page: Int, rect: Rect)? in
                if case let .rectangle(rect, fill, _, _) = item, fill?.hex == "#0b6e75", rect.width > 50 {
                    (number, rect)
                } else { nil }
            }
        }
        let rows = Dictionary(grouping: backgrounds) { "\($0.page) \(($0.rect.y * 10).rounded())" }
            .mapValues { $0.map(\.rect) }
        #expect(rows.count >= 4)
        for (_, cards) in rows { #expect(Set(cards.map { ($0.height * 10).rounded() }).count == 1, "\(cards)") }
    }

    @Test func aLongNameIsMadeSmallerNotBrokenBetweenLetters() throws {
        let list = try build()
        let runs = list.pages.flatMap { page in
            page.items.flattened.compactMap { if case let .text(run, _) = $0 { (run.text, run.size) } else { nil } }
        }
        let parts = runs.filter { $0.0.contains("Papadopoulos") || $0.0.contains("Konstantinidis") }
        #expect(!parts.isEmpty)
        for part in parts {
            #expect(part.0.hasSuffix("Papadopoulos-") || part.0.hasSuffix("Konstantinidis")
                    || part.0.contains("Papadopoulos-Konstantinidis"), "broken inside a word: \(part.0)")
        }
        #expect(parts.allSatisfy { $0.1 < 10 }, "the name is set smaller than 10 pt: \(parts)")
        #expect(runs.first { $0.0.contains("Zoe Adams") }?.1 == 10, "a short name keeps its size")
    }
}
