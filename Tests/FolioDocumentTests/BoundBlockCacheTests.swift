@testable import FolioDocument
import FolioCore
import FolioLayout
import FolioTestSupport
import Foundation
import Testing

/// A mail merge binds and lays out once the blocks that read nothing of the
/// record (`BoundBlockCache`, `ReusedBlock`): each record's document must be
/// the one it gets alone.
@Suite struct BoundBlockCacheTests {
    /// Numbered headings before and after the record's own, a block that reads
    /// the record between blocks that do not, a character no font has (a
    /// warning met while laying out a reused block), a page break and a footer.
    static let layout = """
        document:
          title: "{{department.name}}"
          author: Test
          language: en
          number-headings: 1
        page:
          size: A5
          margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}
        merge:
          name: attendee
          sample: {id: "0000", first_name: Sample, last_name: Attendee}
        styles:
          body: {font: Noto Serif, size: 10pt, leading: 13pt}
          h1: {based-on: body, weight: bold}
        blocks:
          - heading: {text: "{{department.name}}", style: h1}
          - heading: {text: "For {{attendee.first_name}} {{attendee.last_name}}", style: h1}
          - text: {source: text/about.md, style: body}
          - text: {markdown: "Dear {{attendee.first_name}}, welcome.", style: body}
          - heading: {text: "Notes \u{10900}", style: h1}
          - page-break: {}
          - text: {source: text/about.md, style: body}
        footer:
          right: "{{attendee.id}} · page {{page}}"
          style: body
        """

    let fixture: LayoutFixture
    let builder = DocumentBuilder(typesetter: TestSupport.typesetter())
    let loaded: LoadedLayout

    init() throws {
        fixture = try LayoutFixture(layout: Self.layout,
                                    files: ["Data/text/about.md": String(repeating: "The department treats patients. ", count: 40)])
        loaded = try builder.load(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"),
                                  layoutPath: "Layouts/test.yaml")
    }

    static func record(_ number: Int, first: String, last: String) -> MergeRecord {
        MergeRecord(fields: [("id", String(format: "A%04d", number)), ("first_name", first), ("last_name", last)],
                    file: "people.csv", line: number + 1)
    }

    /// Every page's display tree, and the warnings.
    func document(_ record: MergeRecord, reuse: BoundBlockCache?) throws -> (pages: [String], warnings: [String]) {
        let pages = PageCollector()
        let warnings = try builder.session(loaded, data: fixture.directory.appendingPathComponent("Data"),
                                           dataPath: "Data", record: record, reuse: reuse).runChecked(into: pages)
        let list = try #require(pages.document)
        return (list.pages.map(\.treeDump), warnings.map(\.description))
    }

    @Test func aRecordGivesTheSameDocumentFirstOrAfterOthers() throws {
        let cache = BoundBlockCache()
        let names = [("Ada", "Lovelace"), ("Émile", "Zola"), ("Li", "Wei"), ("Grace", "Hopper-Synthetic")]
        var merged: [(pages: [String], warnings: [String])] = []
        for (index, name) in names.enumerated() {
            merged.append(try document(Self.record(index + 1, first: name.0, last: name.1), reuse: cache))
        }
        for (index, name) in names.enumerated() {
            let alone = try document(Self.record(index + 1, first: name.0, last: name.1), reuse: nil)
            #expect(merged[index].pages == alone.pages, "record \(index + 1) as in a merge and alone")
            #expect(merged[index].warnings == alone.warnings)
        }
        // The warning of a reused block is reported for every record, not only the first.
        #expect(merged.allSatisfy { $0.warnings.contains { $0.contains("U+10900") } },
                "\(merged.map(\.warnings))")
    }

    @Test func recordsWithDifferentDataGiveDifferentDocuments() throws {
        let cache = BoundBlockCache()
        let first = try document(Self.record(1, first: "Ada", last: "Lovelace"), reuse: cache)
        let second = try document(Self.record(2, first: "Li", last: "Wei"), reuse: cache)
        #expect(first.pages != second.pages)
        #expect(first.pages[0].contains("Ada") && !first.pages[0].contains("Wei"))
        #expect(second.pages[0].contains("Wei") && !second.pages[0].contains("Ada"))
        // Page 2 reads the record only in its footer.
        #expect(first.pages[1].contains("A0001") && second.pages[1].contains("A0002"))
        // The headings after the record's own go on numbering from it: 1, 2, 3.
        #expect(second.pages[0].contains("3 Notes"), "\(second.pages[0])")
    }

    @Test func aTitleThatReadsTheRecordIsBoundForEachRecord() throws {
        let fixture = try LayoutFixture(layout: Self.layout.replacing("title: \"{{department.name}}\"",
                                                                     with: "title: \"For {{attendee.last_name}}\""))
        let loaded = try builder.load(layout: fixture.directory.appendingPathComponent("Layouts/test.yaml"),
                                      layoutPath: "Layouts/test.yaml")
        let cache = BoundBlockCache()
        let titles = try ["Lovelace", "Zola"].enumerated().map { index, last in
            let pages = PageCollector()
            _ = try builder.session(loaded, data: fixture.directory.appendingPathComponent("Data"), dataPath: "Data",
                                    record: Self.record(index + 1, first: "A", last: last), reuse: cache)
                .runChecked(into: pages)
            return try #require(pages.document).info.title
        }
        #expect(titles == ["For Lovelace", "For Zola"])
    }

    @Test func aBlockIsReusedOnlyWhereTheHeadingNumberingStoodWhenItWasBound() throws {
        let cache = BoundBlockCache()
        let store = DataStore(directory: fixture.directory.appendingPathComponent("Data"), displayPath: "Data",
                              language: "en")
        let binder = BlockBinder(store: store, styles: loaded.spec.styles, log: DiagnosticLog(), language: "en",
                                 strings: EngineStrings(language: "en", values: [:]), numberedHeadingLevels: 1)
        let heading = loaded.spec.blocks[4]
        let mark = BoundBlockCache.Mark(binder)
        let bound = try #require(try binder.block(heading))
        let kept = cache.keep([bound], at: 4, of: loaded.spec, since: mark, binder: binder)
        #expect(kept.first is ReusedBlock)
        // Where the numbering stood: reused, and the numbering moves on as binding would.
        binder.inline.anchors.state = AnchorNumbering.State(count: 0, counters: [])
        #expect(cache.blocks(at: 4, of: loaded.spec, binder: binder) != nil)
        #expect(binder.inline.anchors.state == AnchorNumbering.State(count: 1, counters: [1]))
        // After another heading: bound again.
        #expect(cache.blocks(at: 4, of: loaded.spec, binder: binder) == nil)
    }

    @Test func aBlockThatReadTheRecordIsNotKept() throws {
        let cache = BoundBlockCache()
        let store = DataStore(directory: fixture.directory.appendingPathComponent("Data"), displayPath: "Data",
                              language: "en")
        store.add(Self.record(1, first: "Ada", last: "Lovelace"), as: "attendee")
        let binder = BlockBinder(store: store, styles: loaded.spec.styles, log: DiagnosticLog(), language: "en",
                                 strings: EngineStrings(language: "en", values: [:]), numberedHeadingLevels: 1)
        let mark = BoundBlockCache.Mark(binder)
        let bound = try #require(try binder.block(loaded.spec.blocks[1]))
        let kept = cache.keep([bound], at: 1, of: loaded.spec, since: mark, binder: binder)
        #expect(!(kept.first is ReusedBlock))
        binder.inline.anchors.state = AnchorNumbering.State(count: 0, counters: [])
        #expect(cache.blocks(at: 1, of: loaded.spec, binder: binder) == nil)
    }
}
