import FolioLayout

/// A page sink that reads each page for the preflight and passes it on to
/// another sink (the PDF writer, a collector, a counter): the preflight sees
/// exactly the pages that are written. A new pass (`begin`) starts over.
public final class PreflightSink: PageSink {
    private let next: PageSink
    private let language: String
    /// What the pages of the last pass hold, by page number.
    public private(set) var pages: [Int: PageContent] = [:]

    public init(passingTo next: PageSink, language: String) {
        self.next = next
        self.language = language
    }

    public func preview(_ page: Page) { next.preview(page) }

    public func begin(_ info: DocumentInfo, pageCount: Int) throws {
        pages = [:]
        try next.begin(info, pageCount: pageCount)
    }

    public func write(_ page: Page, number: Int) throws {
        pages[number] = PageContent(page, number: number, language: language)
        try next.write(page, number: number)
    }

    public func finish(outline: [OutlineEntry]) throws {
        try next.finish(outline: outline)
    }

    /// The pages' content in page order.
    public var content: [PageContent] { pages.keys.sorted().compactMap { pages[$0] } }
}
