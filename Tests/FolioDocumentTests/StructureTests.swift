import FolioCore
import FolioDocument
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// The display tree's structure, built from layouts: roles, anchors and lists
/// hold wherever content is placed (the one composition routine).
@Suite struct StructureTests {
    func build(_ blocks: String, files: [String: String] = [:]) throws -> DisplayList {
        let layout = LayoutFixture.validLayout.replacing("""
              - heading: {text: "{{department.name}}", style: h1}
              - text: {source: text/about.md, style: body}
            """, with: blocks)
        return try LayoutFixture(layout: layout, files: files).build().displayList
    }

    @Test func aHeadingInABoxGetsABookmarkAndALinkTarget() throws {
        let list = try build("""
              - box:
                  background: brand
                  blocks:
                    - heading: {text: Inside a box, style: h1, level: 2}
                    - text: {markdown: "Text in the box.", style: body}
            """)
        let entry = try #require(list.outline.first { $0.title == "Inside a box" })
        #expect(entry.level == 2)
        let destinations = list.pages.flatMap(\.items.flattened).compactMap {
            if case let .destination(name, _) = $0 { name } else { nil }
        }
        #expect(destinations.contains(entry.destination), "the bookmark's destination is on the page")
        let structure = try #require(list.pages.first).items.structureOutline
        #expect(structure == ["Div", "  H2", "    @\(entry.destination)", "  P"], "\(structure)")
    }

    @Test func aBandLineWithALevelIsAHeading() throws {
        let list = try build("""
              - band:
                  background: brand
                  lines:
                    - {text: Event of the year, style: body}
                    - {text: The talk's title, style: h1, level: 1, in-contents: false}
            """)
        let structure = try #require(list.pages.first).items.structureOutline
        #expect(structure.count == 4 && structure[0] == "Div" && structure[1] == "  P" && structure[2] == "  H1",
                "\(structure)")
        #expect(list.outline.isEmpty, "in-contents: false keeps it out of the bookmarks")
    }

    @Test func aCardsRolesAreAList() throws {
        let person = """
            name: {en: Sam Example}
            position: {en: Surgeon}
            rank: other
            roles:
              - en: Member of one society
              - en: Member of another society
            """
        let list = try build("""
              - profile:
                  source: staff/sam.yaml
                  name-style: h1
                  detail-style: body
                  role-style: body
                  initials-style: h1
                  avatar-color: brand
            """, files: ["Data/staff/sam.yaml": person])
        let structure = try #require(list.pages.first).items.structureOutline
        #expect(structure == ["Div", "  P", "  P", "  L", "    LI", "      LBody", "    LI", "      LBody"],
                "\(structure)")
    }

    @Test func aTimelineIsAListWithTheDatesAsLabels() throws {
        let department = LayoutFixture.department + """

            milestones:
              - {text: {en: Founded}}
              - {date: 2019, text: {en: Independent}}
            """
        let list = try build("""
              - timeline: {source: department.milestones, date-style: body, text-style: body, line-color: brand}
            """, files: ["Data/department.yaml": department])
        let page = try #require(list.pages.first)
        #expect(page.items.structureOutline == ["L", "  LI", "    LBody", "      P", "  LI", "    Lbl", "      P",
                                                "    LBody", "      P"])
        let texts = page.items.flattened.compactMap { if case let .text(run, _) = $0 { run.text } else { nil } }
        #expect(texts == ["Founded", "2019", "Independent"], "an undated milestone gets no invented date")
    }

    @Test func aTimelineWithoutItsListNamesTheDataField() throws {
        let problems = try LayoutFixture(layout: LayoutFixture.validLayout + """

              - timeline: {source: department.milestones, date-style: body, text-style: body, line-color: brand}
            """).problems()
        #expect(problems.contains { $0.message.contains("{{department.milestones}} does not exist") }, "\(problems)")
    }

    @Test func theContentsIsATableOfContentsWithAnItemPerEntry() throws {
        let list = try build("""
              - contents: {entry-style: body}
              - heading: {text: First, style: h1}
              - heading: {text: Second, style: h1}
            """)
        let structure = try #require(list.pages.first).items.structureOutline
        #expect(Array(structure.prefix(3)) == ["TOC", "  TOCI", "  TOCI"], "\(structure)")
    }
}
