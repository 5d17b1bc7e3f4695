import FolioLayout

/// Keeps every page a layout session delivers: a preview's pages, a test's
/// display list. (A PDF goes to `PDFWriter`, which keeps none.)
public final class PageCollector: PageSink {
    private var info: DocumentInfo?
    private var pages: [Page] = []
    /// The finished document, once the session has finished it.
    public private(set) var document: DisplayList?

    public init() {}

    public func preview(_ page: Page) {}

    public func begin(_ info: DocumentInfo, pageCount: Int) throws {
        self.info = info
        pages = []
        pages.reserveCapacity(pageCount)
        document = nil
    }

    public func write(_ page: Page, number: Int) throws {
        pages.append(page)
    }

    public func finish(outline: [OutlineEntry]) throws {
        guard let info else { return }
        document = DisplayList(info: info, pages: pages, outline: outline)
        pages = []
    }
}

/// Counts the pages a layout session delivers and drops them (`check`,
/// `fonts`): the document is laid out exactly as for its PDF, nothing is held.
public final class PageCounter: PageSink {
    /// Pages of the finished document.
    public private(set) var pageCount = 0

    public init() {}

    public func preview(_ page: Page) {}

    public func begin(_ info: DocumentInfo, pageCount: Int) throws {
        self.pageCount = 0
    }

    public func write(_ page: Page, number: Int) throws {
        pageCount = max(pageCount, number)
    }

    public func finish(outline: [OutlineEntry]) throws {}
}
