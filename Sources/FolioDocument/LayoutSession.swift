import FolioCore
import FolioLayout

/// One layout pass over a bound document: the story laid out with its contents
/// showing `headingPages` (heading destination → page), each finished page
/// delivered as `delivery` says.
typealias LayoutPass = (_ headingPages: [String: Int], _ delivery: PageDelivery) throws -> PaginatedDocument

/// Lays a document bound to its data out into a page sink, as many times as
/// its page references need, and finishes it there. Every command goes through
/// it (`build` and `merge` into a `PDFWriter`, `preview` into a
/// `PageCollector`, `check` and `fonts` into a `PageCounter`), so that they
/// accept and reject the same documents.
///
/// Page references are the contents' page numbers and the page total in the
/// footers (`{{pages}}`). A pass can only show the references of the pass
/// before it, and showing them can move the pages (a contents entry that wraps
/// once its number is in), so passes run until what a pass showed is what it
/// laid out — as TeX needs a second run for its `\tableofcontents`. A document
/// of up to `pagesKeptWhole` pages without contents is laid out once; a longer
/// one is counted, then streamed page by page, never held whole.
public struct LayoutSession {
    /// Layout passes in which the contents may still change: the counting pass
    /// and up to four more. One more may follow with the same contents, to put
    /// the right page total into the footers (see `run`).
    static let passLimit = 5
    /// Documents up to this many pages come back whole from the counting pass
    /// (so a short one needs no second pass); longer ones are streamed.
    static let pagesKeptWhole = 48

    let info: DocumentInfo
    let medium: Medium
    /// True when the layout shows the headings' pages (it has a contents block).
    let showsHeadingPages: Bool
    /// The layout file, for problems of the whole document.
    let file: String
    /// Where the contents are, for the warning when their page numbers do not settle.
    let contentsLocation: SourceLocation?
    /// Warnings of every pass, each once; the session adds its own.
    let log: DiagnosticLog
    /// The bound document's passes; dropped before the sink finishes the file.
    let passes: SessionPasses
    /// The patient-material preflight, when the document gets one (`runChecked`).
    public internal(set) var preflight: DocumentPreflight?

    init(info: DocumentInfo, medium: Medium, showsHeadingPages: Bool, file: String, contentsLocation: SourceLocation?,
         log: DiagnosticLog, pass: @escaping LayoutPass, preflight: DocumentPreflight? = nil) {
        self.info = info
        self.medium = medium
        self.showsHeadingPages = showsHeadingPages
        self.file = file
        self.contentsLocation = contentsLocation
        self.log = log
        passes = SessionPasses(pass)
        self.preflight = preflight
    }

    /// Lays the document out into `sink` and finishes it there. Returns the
    /// warnings met; throws the errors (the sink is then left unfinished).
    /// A session runs once: the bound document is let go before the sink
    /// finishes the file (see `SessionPasses`).
    ///
    /// When the contents' page numbers have not settled after `passLimit`
    /// passes, the last pass is kept and a warning names the headings that kept
    /// moving, with their pages; the page total is always right, because a
    /// pass with the same contents gives the same pages (layout is deterministic).
    public func run(into sink: PageSink) throws -> [Diagnostic] {
        // Every page is seen once here, in the counting pass: what it loses or blurs is reported then.
        let audit = PageAudit(minimumImageResolution: medium.minimumImageResolution)
        var previewed = 0
        let preview = { (page: Page) in
            previewed += 1
            audit.problems(on: page, number: previewed, file: file).forEach(log.report)
            sink.preview(medium.prepare(page))
        }
        let counted = try passes.run([:], .count(keepUpTo: Self.pagesKeptWhole, preview))
        guard counted.pageCount > 0 else {
            throw DiagnosticError(.error("the layout has no content, so the document would have no pages",
                                         at: SourceLocation(file: file), field: "blocks"))
        }
        // A short document comes back whole: the sink sees it here; one without contents is complete.
        counted.pages.forEach(preview)
        try log.throwIfErrors()
        if !showsHeadingPages, counted.pages.count == counted.pageCount {
            try sink.begin(info, pageCount: counted.pageCount)
            for (index, page) in counted.pages.enumerated() { try sink.write(medium.prepare(page), number: index + 1) }
            try finish(sink, outline: Self.outline(counted.headings))
            return log.warnings
        }
        var shown = PageReferences(counted)
        var history = [counted.headingPages]
        var written: PaginatedDocument
        // The first streaming pass takes over the counting pass's pages after the contents
        // once it is where that pass was (PageEndState): usually all but the first few.
        var reusable = ReusablePages(counted)
        repeat {
            written = try stream(shown, into: sink, reusing: reusable)
            reusable = nil
            history.append(written.headingPages)
            if settled(PageReferences(written), shown) {
                try finish(sink, outline: Self.outline(written.headings))
                return log.warnings
            }
            if history.count == Self.passLimit { break }
            shown = PageReferences(written)
        } while true
        // Unsettled: keep this pass's contents. Laid out once more against its own
        // page total if that moved, so that the footers and the PDF's page count agree.
        if written.pageCount != shown.pageCount {
            let total = written.pageCount
            written = try stream(PageReferences(headingPages: shown.headingPages, pageCount: total), into: sink)
            guard written.pageCount == total else {
                throw DiagnosticError(.error("the page count does not settle: the same layout gave \(total) pages, "
                    + "then \(written.pageCount)", at: SourceLocation(file: file)))
            }
        }
        if showsHeadingPages, written.headingPages != shown.headingPages {
            log.report(unsettled(shown: shown.headingPages, landed: written.headings, history: history))
        }
        try finish(sink, outline: Self.outline(written.headings))
        return log.warnings
    }

    /// Lets the bound document go, then has the sink finish the file: the
    /// finishing stage (cairo's font subsets, qpdf's parse of the whole file)
    /// is the peak of a long document's memory, and reuses what the
    /// document's blocks, paragraphs and text held (about 12 MB for 500 pages).
    private func finish(_ sink: PageSink, outline: [OutlineEntry]) throws {
        passes.release()
        try sink.finish(outline: outline)
    }

    /// One pass whose pages go to `sink` as each is finished, numbered against the
    /// page total `shown`. Pages past that total are not written: a pass that
    /// runs longer is laid out again with the new total.
    private func stream(_ shown: PageReferences, into sink: PageSink,
                        reusing reusable: ReusablePages? = nil) throws -> PaginatedDocument {
        try sink.begin(info, pageCount: shown.pageCount)
        return try passes.run(shown.headingPages, .stream(total: shown.pageCount, reusing: reusable) { page, number in
            if number <= shown.pageCount { try sink.write(medium.prepare(page), number: number) }
        })
    }

    /// Whether a pass laid out what it showed: the page total in the footers,
    /// and the headings' pages when the contents show them.
    private func settled(_ landed: PageReferences, _ shown: PageReferences) -> Bool {
        landed.pageCount == shown.pageCount && (!showsHeadingPages || landed.headingPages == shown.headingPages)
    }

    /// The warning for contents that still show wrong pages after the last pass:
    /// each heading concerned, the page shown and the page it is on, and where it
    /// went in each pass.
    private func unsettled(shown: [String: Int], landed: [PlacedHeading], history: [[String: Int]]) -> Diagnostic {
        let moved = landed.filter { shown[$0.anchor.destination] != $0.page }.map { heading in
            let destination = heading.anchor.destination
            let pages = history.compactMap { $0[destination] }.map(String.init).joined(separator: " → ")
            let listed = shown[destination].map { "page \($0)" } ?? "no page"
            return "\"\(heading.anchor.title)\" (listed at \(listed), on page \(heading.page); pages by pass: \(pages))"
        }
        return .warning("the contents' page numbers did not settle in \(history.count) layout passes, so the last "
            + "pass is kept and its contents give the wrong page for \(moved.joined(separator: ", ")); change the "
            + "text or spacing before these headings (or the contents' entry style) so that they stop moving",
            at: contentsLocation ?? SourceLocation(file: file), field: "contents")
    }

    /// Bookmarks: headings kept out of the contents (a cover's title) stay out of them too.
    static func outline(_ headings: [PlacedHeading]) -> [OutlineEntry] {
        headings.filter(\.anchor.inContents).map {
            OutlineEntry(title: $0.anchor.title, level: $0.anchor.level, destination: $0.anchor.destination)
        }
    }
}

/// What a pass shows of its pages: where each heading is, and how many pages there are.
struct PageReferences: Equatable {
    var headingPages: [String: Int]
    var pageCount: Int

    init(headingPages: [String: Int], pageCount: Int) {
        self.headingPages = headingPages
        self.pageCount = pageCount
    }

    /// The references a pass laid out, for the next pass to show.
    init(_ document: PaginatedDocument) {
        self.init(headingPages: document.headingPages, pageCount: document.pageCount)
    }
}

extension PaginatedDocument {
    /// The page of each heading, by destination.
    var headingPages: [String: Int] {
        Dictionary(headings.map { ($0.anchor.destination, $0.page) }) { first, _ in first }
    }
}
