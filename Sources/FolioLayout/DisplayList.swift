import FolioCore

/// One page: its size and what is painted on it, in painting order.
public struct Page: Sendable {
    public var size: Size
    public var items: [DisplayItem]
    /// Where the sheet folds, from its left edge (a tri-fold's panels); empty when it does not.
    public var folds: [Double]

    public init(size: Size, items: [DisplayItem] = [], folds: [Double] = []) {
        self.size = size
        self.items = items
        self.folds = folds
    }
}

/// Document-level information written into the PDF's Info dictionary.
public struct DocumentInfo: Sendable {
    public var title: String
    public var author: String
    public var subject: String?
    public var keywords: [String]
    /// BCP 47 language of the document's text.
    public var language: String

    public init(title: String, author: String, subject: String? = nil, keywords: [String] = [],
                language: String = "en") {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
    }
}

/// An entry of the PDF's outline (bookmarks): a heading and where it is.
public struct OutlineEntry: Hashable, Sendable {
    public var title: String
    /// 1 for a top-level entry; deeper levels nest under the entry before them.
    public var level: Int
    /// A destination placed on a page with `DisplayItem.destination`.
    public var destination: String

    public init(title: String, level: Int, destination: String) {
        self.title = title
        self.level = level
        self.destination = destination
    }
}

/// The seam between layout and rendering: pages of positioned items.
public struct DisplayList: Sendable {
    public var info: DocumentInfo
    public var pages: [Page]
    public var outline: [OutlineEntry]

    public init(info: DocumentInfo, pages: [Page], outline: [OutlineEntry] = []) {
        self.info = info
        self.pages = pages
        self.outline = outline
    }
}

/// Where finished pages go one at a time (a PDF being written), so that a
/// long document is never held whole: pagination first counts the pages and
/// shows them to `preview`, then hands each one to `write`.
public protocol PageSink: AnyObject {
    /// Sees each page of a counting pass, before anything is written (a PDF
    /// writer learns the page size and the glyphs its font subsets need).
    func preview(_ page: Page)
    /// Starts (or starts over) the document.
    func begin(_ info: DocumentInfo, pageCount: Int) throws
    func write(_ page: Page, number: Int) throws
    /// Ends the document with its bookmarks.
    func finish(outline: [OutlineEntry]) throws
}
