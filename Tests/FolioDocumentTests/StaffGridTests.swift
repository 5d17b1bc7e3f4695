import FolioCore
import FolioDocument
import FolioLayout
import Foundation
import Testing

/// Staff cards from synthetic profiles (test data, not the department's).
@Suite struct StaffGridTests {
    func person(_ name: String, rank: String, photo: Bool = false) -> String {
        """
        name: {en: \(name)}
        position: {en: Surgeon}
        rank: \(rank)
        roles:
          - en: Member of a society with a fairly long name that wraps onto a second line
        \(photo ? "photo: staff/photos/p.png\nphoto-focus: [0.5, 0.2]" : "")
        """
    }

    func build(_ people: [String: String], size: String = "A5", extra: [String: Data] = [:],
               cardKeys: String = "") throws -> DisplayList {
        let layout = LayoutFixture.validLayout.replacing("  size: A5", with: "  size: \(size)") + """

              - staff:
                  columns: 2
                  name-style: h1
                  detail-style: body
                  role-style: body
                  initials-style: h1
                  avatar-color: brand
                  avatar-size: 14mm
            \(cardKeys)
            """
        var files = [String: String]()
        for (file, text) in people { files["Data/staff/\(file).yaml"] = text }
        let fixture = try LayoutFixture(layout: layout, files: files)
        for (path, data) in extra {
            let url = fixture.directory.appendingPathComponent(path)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try data.write(to: url)
        }
        return try fixture.build().displayList
    }

    func names(_ page: Page) -> [String] {
        page.items.flattened.compactMap { if case let .text(run, _) = $0, run.size == 10, run.font.isBold { run.text } else { nil } }
    }

    @Test func cardsAreOrderedByRank() throws {
        let list = try build(["a": person("Ann Other", rank: "other"), "b": person("Bo Director", rank: "director"),
                              "c": person("Cy Deputy", rank: "deputy-chief-physician"),
                              "d": person("Di Chief", rank: "chief-physician")], size: "A4")
        // Names are set in h1 like the initials and the heading; keep the names.
        let order = list.pages.flatMap(names).filter { $0 != "Test Department" && $0.count > 2 }
        #expect(order == ["Bo Director", "Di Chief", "Cy Deputy", "Ann Other"])
    }

    @Test func gridPaginatesWithEveryCardWhole() throws {
        var people: [String: String] = [:]
        for index in 1...14 { people[String(format: "p%02d", index)] = person("Person \(index)", rank: "other") }
        let list = try build(people)
        #expect(list.pages.count > 1)
        // Each card's name and its role's last words are on the same page.
        for page in list.pages {
            let texts = page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
            let cards = texts.filter { $0.hasPrefix("Person ") }.count
            let roleEnds = texts.filter { $0.hasSuffix("line") }.count
            #expect(cards == roleEnds, "a card is split across pages")
        }
    }

    /// The header of a 400 × 600 PNG: enough for Folio to place it.
    var portrait: Data {
        var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
        png += Array("IHDR".utf8) + [0, 0, 0x01, 0x90, 0, 0, 0x02, 0x58, 8, 2, 0, 0, 0]
        return Data(png)
    }

    @Test func roundedAvatarsClipThePhotoToRoundedCorners() throws {
        let list = try build(["a": person("Pat Photo", rank: "director", photo: true),
                              "b": person("No Photo", rank: "other")],
                             extra: ["Data/staff/photos/p.png": portrait], cardKeys: "      avatar-shape: rounded")
        let items = list.pages.flatMap(\.items.flattened)
        let clip = try #require(items.compactMap { if case let .image(_, _, clip) = $0 { clip } else { nil } }.first)
        let side = 14 * 72 / 25.4
        #expect(clip.oval == false && abs(clip.cornerRadius - side * 0.15) < 0.001)
        // The card without a photo shows its initials on the same rounded square, not a circle.
        #expect(!items.contains { if case .ellipse = $0 { true } else { false } })
        #expect(items.contains {
            if case let .rectangle(rect, _, _, radius) = $0 { abs(rect.width - side) < 0.001 && radius > 0 } else { false }
        })
    }

    /// A staff photo too small for its avatar is reported like a placed figure:
    /// the image named, at the staff file (40 pixels across 14 mm: 73 per inch).
    @Test func aLowResolutionStaffPhotoIsWarnedAboutByName() throws {
        func warnings(width: UInt8) throws -> [Diagnostic] {
            // A portrait 2 : 3, so its width is what covers the avatar.
            var png: [UInt8] = [0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13]
            let height = Int(width) * 3 / 2
            png += Array("IHDR".utf8) + [0, 0, 0, width, 0, 0, UInt8(height >> 8), UInt8(height & 0xFF), 8, 2, 0, 0, 0]
            let layout = LayoutFixture.validLayout + """

                  - staff: {columns: 2, name-style: h1, detail-style: body, role-style: body, initials-style: h1,
                            avatar-color: brand, avatar-size: 14mm}
                """
            let fixture = try LayoutFixture(layout: layout, files: ["Data/staff/a.yaml": person("Pat Photo", rank: "director", photo: true)])
            let url = fixture.directory.appendingPathComponent("Data/staff/photos/p.png")
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try Data(png).write(to: url)
            return try fixture.build().warnings
        }
        let low = try warnings(width: 40).filter { $0.message.contains("pixels per inch") }
        #expect(low.count == 1)
        #expect(low.first?.message.contains("staff/photos/p.png is 73 pixels per inch where it is placed") == true)
        #expect(low.first?.location?.file.hasSuffix("staff/a.yaml") == true)
        #expect(try warnings(width: 200).allSatisfy { !$0.message.contains("pixels per inch") })
    }

    @Test func photoIsCroppedRoundAroundItsFocus() throws {
        let png = [UInt8](portrait)
        let list = try build(["a": person("Pat Photo", rank: "director", photo: true)],
                             extra: ["Data/staff/photos/p.png": Data(png)])
        let images: [(Rect, ImageClip?)] = list.pages.flatMap(\.items.flattened).compactMap {
            if case let .image(_, rect, clip) = $0 { (rect, clip) } else { nil }
        }
        let (rect, clip) = try #require(images.first)
        #expect(clip?.oval == true)
        // The photo is a Figure whose alternative text names the person.
        #expect(try #require(list.pages.first).treeDump.contains("Figure alt=\"Photo of Pat Photo\""))
        // A tall photo covers the circle's width; the focus (y 0.2) keeps the upper part in view.
        let circle = try #require(clip?.rect)
        #expect(abs(rect.width - circle.width) < 0.01 && rect.height > circle.height)
        #expect(abs((circle.y - rect.y) - (rect.height - circle.height) * 0.2) < 0.01)
    }

    @Test func featuredProfileSetsRolesAsAListAndTheBioAcrossTheCard() throws {
        let layout = LayoutFixture.validLayout + """

              - profile:
                  source: staff/d.yaml
                  layout: featured
                  name-style: h1
                  detail-style: body
                  role-style: body
                  initials-style: h1
                  avatar-color: brand
            """
        let director = person("Bo Director", rank: "director") + "\nbio: {en: A long biography of the director.}\n"
        let list = try LayoutFixture(layout: layout, files: ["Data/staff/d.yaml": director]).build().displayList
        let items = list.pages.flatMap(\.items.flattened)
        let avatar = try #require(items.compactMap { if case let .ellipse(rect, _, _) = $0 { rect } else { nil } }.first)
        #expect(abs(avatar.width - 120) < 0.01) // the featured default
        let texts = items.compactMap { if case let .text(run, _) = $0 { (run.text, $0.bounds) } else { nil } }
        let name = try #require(texts.first { $0.0 == "Bo Director" }).1
        let bullet = try #require(texts.first { $0.0 == "•" }).1
        let bio = try #require(texts.first { $0.0.hasPrefix("A long") }).1
        // Name beside the avatar; the roles' bullet and the biography under it, from the card's left edge.
        #expect(name.x > avatar.maxX)
        #expect(bullet.y > avatar.maxY && bio.y > bullet.y)
        #expect(bio.x < avatar.maxX)
    }
}

/// A staff directory the size of a real department: it flows over as many pages as it needs.
@Suite struct LargeStaffGridTests {
    @Test func fortyCardsWithBiographiesFlowOverSeveralPagesWithEveryNameOnce() throws {
        var files: [String: String] = [:]
        let bio = (1...6).map { "Sentence \($0) of a biography that takes several lines in a narrow card." }
            .joined(separator: " ")
        for index in 1...40 {
            files["Data/staff/p\(index).yaml"] = """
                name: {en: Person Number\(index)}
                position: {en: Surgeon}
                rank: other
                roles:
                  - en: Member of a society
                bio: {en: "\(bio)"}
                """
        }
        let layout = LayoutFixture.validLayout + """

              - staff:
                  columns: 2
                  name-style: h1
                  detail-style: body
                  role-style: body
                  initials-style: h1
                  avatar-color: brand
                  avatar-size: 10mm
            """
        let list = try LayoutFixture(layout: layout, files: files).build().displayList
        #expect(list.pages.count > 3)
        let names = list.pages.flatMap(\.items.flattened).compactMap {
            if case let .text(run, _) = $0 { run.text } else { nil }
        }.joined(separator: " ").split(separator: " ").filter { $0.hasPrefix("Number") }.map(String.init)
        #expect(names.sorted() == (1...40).map { "Number\($0)" }.sorted(), "every name once")
    }

    @Test func aCardTallerThanAPageSplitsBetweenParagraphs() throws {
        let bio = (1...30).map { "Paragraph \($0) of a long biography, which goes on for a while." }
            .joined(separator: "\\n\\n")
        let person = """
            name: {en: Long Story}
            position: {en: Surgeon}
            rank: other
            bio: {en: "\(bio)"}
            """
        let layout = LayoutFixture.validLayout + """

              - profile:
                  source: staff/long.yaml
                  name-style: h1
                  detail-style: body
                  role-style: body
                  initials-style: h1
                  avatar-color: brand
                  background: brand
            """
        let list = try LayoutFixture(layout: layout, files: ["Data/staff/long.yaml": person]).build().displayList
        #expect(list.pages.count >= 2)
        let words = list.pages.flatMap(\.items.flattened).compactMap {
            if case let .text(run, _) = $0 { run.text } else { nil }
        }.joined(separator: " ")
        for index in 1...30 {
            #expect(words.components(separatedBy: "Paragraph \(index) of").count == 2, "paragraph \(index) once")
        }
        // Each page's part of the card has its own background, inside the page.
        for page in list.pages {
            let backgrounds = page.items.flattened.compactMap {
                if case let .rectangle(rect, fill, _, _) = $0, fill != nil { rect } else { nil }
            }
            #expect(backgrounds.allSatisfy { $0.maxY <= page.size.height })
        }
    }
}
