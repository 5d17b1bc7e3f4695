import FolioCore
@testable import FolioDocument
@testable import FolioLayout
import FolioTestSupport
@testable import FolioText
import Testing

/// The layout session's passes, driven by a made-up pass function: where a
/// heading lands depends on the page the contents show for it.
@Suite struct LayoutSessionTests {
    /// A story of `pageCount(shown)` pages with one heading, "Results", on
    /// `landing(shown)`, where `shown` is the page the contents list for it.
    /// Each page's width records the page the contents showed, so a test can
    /// tell which pass was kept.
    final class FakeDocument {
        let landing: (Int?) -> Int
        let pageCount: (Int?) -> Int
        private(set) var passes = 0

        init(landing: @escaping (Int?) -> Int, pageCount: @escaping (Int?) -> Int = { _ in 6 }) {
            self.landing = landing
            self.pageCount = pageCount
        }

        func pass(_ headingPages: [String: Int], _ delivery: PageDelivery) throws -> PaginatedDocument {
            passes += 1
            let shown = headingPages["results"]
            let count = pageCount(shown)
            let pages = (1...count).map { _ in Page(size: Size(width: 100 + Double(shown ?? 0), height: 100)) }
            let heading = PlacedHeading(anchor: HeadingAnchor(title: "Results", level: 1, destination: "results"),
                                        page: landing(shown), startsPage: false)
            var kept: [Page] = []
            switch delivery {
            case .keep: kept = pages
            case let .stream(_, _, deliver): for (index, page) in pages.enumerated() { try deliver(page, index + 1) }
            case let .count(keepUpTo, observe): if count <= keepUpTo { kept = pages } else { pages.forEach(observe) }
            }
            return PaginatedDocument(pages: kept, headings: [heading], pageCount: count)
        }

        func session(withContents: Bool = true, medium: Medium = .screen) -> LayoutSession {
            LayoutSession(info: DocumentInfo(title: "t", author: "t"), medium: medium, showsHeadingPages: withContents,
                          file: "Layouts/t.yaml", contentsLocation: SourceLocation(file: "Layouts/t.yaml", line: 9),
                          log: DiagnosticLog(), pass: pass)
        }
    }

    @Test func contentsThatSettleNeedTwoPasses() throws {
        let document = FakeDocument(landing: { _ in 3 })
        let pages = PageCollector()
        #expect(try document.session().run(into: pages).isEmpty)
        #expect(document.passes == 2)
        #expect(pages.document?.pages.map(\.size.width) == Array(repeating: 103, count: 6))
        #expect(pages.document?.outline.map(\.title) == ["Results"])
    }

    @Test func shortDocumentWithoutContentsIsLaidOutOnce() throws {
        let document = FakeDocument(landing: { _ in 3 })
        let pages = PageCollector()
        _ = try document.session(withContents: false).run(into: pages)
        #expect(document.passes == 1)
        #expect(pages.document?.pages.count == 6)
    }

    @Test func longDocumentIsCountedThenStreamed() throws {
        let document = FakeDocument(landing: { _ in 3 }, pageCount: { _ in LayoutSession.pagesKeptWhole + 1 })
        let pages = PageCounter()
        _ = try document.session(withContents: false).run(into: pages)
        #expect(document.passes == 2)
        #expect(pages.pageCount == LayoutSession.pagesKeptWhole + 1)
    }

    @Test func headingThatKeepsMovingIsNamedAndTheLastPassKept() throws {
        // Listed at page 4 it lands on 5, listed at 5 it lands on 4: it never settles.
        let document = FakeDocument(landing: { $0 == 4 ? 5 : 4 })
        let pages = PageCollector()
        let warnings = try document.session().run(into: pages)
        #expect(document.passes == LayoutSession.passLimit)
        let warning = try #require(warnings.first)
        #expect(warnings.count == 1)
        #expect(warning.severity == .warning)
        #expect(warning.location == SourceLocation(file: "Layouts/t.yaml", line: 9))
        #expect(warning.message.contains("did not settle in 5 layout passes"), "\(warning.message)")
        #expect(warning.message.contains("\"Results\" (listed at page 5, on page 4; pages by pass: 4 → 5 → 4 → 5 → 4)"),
                "\(warning.message)")
        // The last pass is the one kept: its contents showed page 5.
        #expect(pages.document?.pages.first?.size.width == 105)
    }

    @Test func pageTotalIsMadeRightWhenTheContentsDoNotSettle() throws {
        // The document is one page longer whenever the contents show page 5.
        let document = FakeDocument(landing: { $0 == 4 ? 5 : 4 }, pageCount: { $0 == 5 ? 7 : 6 })
        let pages = PageCollector()
        let warnings = try document.session().run(into: pages)
        #expect(warnings.count == 1)
        // The last pass (contents showing 5, 7 pages) was written against the previous total, 6, then once more.
        #expect(document.passes == LayoutSession.passLimit + 1)
        #expect(pages.document?.pages.count == 7)
        #expect(pages.document?.pages.first?.size.width == 105)
    }

    @Test func printSheetsGoToTheSink() throws {
        let document = FakeDocument(landing: { _ in 3 })
        let pages = PageCollector()
        _ = try document.session(medium: .print).run(into: pages)
        let bleedAndSlug = PrintMarks().bleed + PrintMarks().slug
        #expect(pages.document?.pages.first?.size.height == 100 + 2 * bleedAndSlug)
    }

    /// Notes, when the session finishes the file, whether the bound document is still held.
    private final class FinishWatcher: PageSink {
        let documentHeld: () -> Bool
        private(set) var heldAtFinish: Bool?
        private(set) var pages = 0

        init(documentHeld: @escaping () -> Bool) {
            self.documentHeld = documentHeld
        }

        func preview(_ page: Page) {}
        func begin(_ info: DocumentInfo, pageCount: Int) throws { pages = 0 }
        func write(_ page: Page, number: Int) throws { pages += 1 }
        func finish(outline: [OutlineEntry]) throws { heldAtFinish = documentHeld() }
    }

    /// The finishing stage is a long document's peak of memory: the session lets
    /// the bound document go before it, kept whole or streamed, with or without contents,
    /// and the pages written are those of a session that kept it.
    @Test(arguments: [(6, false), (6, true), (LayoutSession.pagesKeptWhole + 1, false),
                      (LayoutSession.pagesKeptWhole + 1, true)])
    func theDocumentIsLetGoBeforeTheFileIsFinished(pageCount: Int, withContents: Bool) throws {
        weak var held: FakeDocument?
        let session: LayoutSession = {
            let document = FakeDocument(landing: { _ in 3 }, pageCount: { _ in pageCount })
            held = document
            return document.session(withContents: withContents)
        }()
        #expect(held != nil, "the session holds its document while it lays it out")
        let watcher = FinishWatcher { held != nil }
        _ = try session.run(into: watcher)
        #expect(watcher.heldAtFinish == false)
        #expect(watcher.pages == pageCount)
        #expect(held == nil)
        // A session runs once: its document is gone.
        #expect(throws: DiagnosticError.self) { _ = try session.run(into: PageCounter()) }
    }

    @Test func documentWithoutPagesIsAnError() throws {
        let session = LayoutSession(
            info: DocumentInfo(title: "t", author: "t"), medium: .screen, showsHeadingPages: false,
            file: "Layouts/t.yaml", contentsLocation: nil, log: DiagnosticLog()) { _, _ in
            PaginatedDocument(pages: [], headings: [], pageCount: 0)
        }
        #expect(throws: DiagnosticError.self) { _ = try session.run(into: PageCounter()) }
    }
}
