/// Where a pagination stood at the end of a page: everything the next page is
/// laid out from besides the story itself. Layout is deterministic, so two
/// passes over stories that agree from `cursorIndex` on, in equal states, lay
/// out the same remaining pages — which lets the pass after a counting pass
/// take those pages from it instead of laying them out again (`LayoutSession`:
/// only the contents, near the start, differ between the two).
struct PageEndState: Equatable, Sendable {
    /// The next block; a state is only taken between blocks, never inside a split one.
    var cursorIndex: Int
    /// The master of the next page.
    var master: String
    /// The structure elements left open (section, container, element, its body), by id.
    var carriedIDs: [Int?]
    /// The element ids handed out so far.
    var elementIDs: Int
    /// Headings placed so far.
    var headingCount: Int

    /// The state after a page, or nil when the page ended inside a block or with
    /// figures still waiting for room (states not worth comparing).
    init?(cursor: Paginator.Cursor, floatsWaiting: Bool, master: String, carried: ElementGrouper.Carried,
          ids: ElementIDs, headingCount: Int) {
        guard cursor.rest == nil, !floatsWaiting else { return nil }
        cursorIndex = cursor.index
        self.master = master
        carriedIDs = [carried.section, carried.container?.id, carried.element?.id, carried.element?.bodyID]
        elementIDs = ids.count
        self.headingCount = headingCount
    }
}

/// The pages of an earlier pass that a streaming pass may take over.
public struct ReusablePages: Sendable {
    /// The earlier pass: kept whole, finished against its own page total.
    let document: PaginatedDocument

    /// Nil when the earlier pass did not keep its pages.
    public init?(_ document: PaginatedDocument) {
        guard document.pages.count == document.pageCount, document.endStates.count == document.pageCount else {
            return nil
        }
        self.document = document
    }

    /// Where in a story pages may be taken over: after its last contents block,
    /// the one kind of block whose content depends on the pass.
    static func firstReusableBlock(in story: [any Block]) -> Int {
        story.lastIndex { $0 is ContentsBlock }.map { $0 + 1 } ?? 0
    }

    /// The earlier pass's pages after page `number`, when the streaming pass is in
    /// the state the earlier one was in after that page, at or past block
    /// `firstReusable`, and numbering against the same page total.
    func rest(after number: Int, state: PageEndState?, total: Int, firstReusable: Int) -> ArraySlice<Page>? {
        guard let state, state.cursorIndex >= firstReusable, total == document.pageCount,
              number < document.pageCount, document.endStates[number - 1] == state
        else { return nil }
        return document.pages[number...]
    }
}
