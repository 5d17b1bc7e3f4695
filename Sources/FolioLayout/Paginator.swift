import FolioCore
import FolioText

/// A break in a story: on to the next frame (column), or to a new page,
/// optionally on another master.
public struct BreakBlock: Block {
    public enum Kind: Sendable {
        case frame
        case page(master: String?)
    }

    public var kind: Kind
    public var origin: BlockOrigin

    public init(kind: Kind, origin: BlockOrigin) {
        self.kind = kind
        self.origin = origin
    }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] { [] }
}

/// Pages laid out, and where each heading landed.
public struct PaginatedDocument: Sendable {
    /// The pages, when kept (`PageDelivery.keep`).
    public var pages: [Page]
    /// Headings in order, with their pages.
    public var headings: [PlacedHeading]
    public var pageCount: Int
    /// Where the pagination stood after each page (`.count` passes that keep their pages).
    var endStates: [PageEndState?] = []
}

/// What pagination does with each finished page.
public enum PageDelivery {
    /// Keep every page in the result.
    case keep
    /// Hand each page on as soon as it is laid out, keeping none, so that a
    /// long document never holds more than a page: numbered against `total`,
    /// the count of an earlier pass over the same story. Once the pass is where
    /// `reusing` was after a page, past the contents, that pass's later pages
    /// are handed on instead of being laid out again.
    case stream(total: Int, reusing: ReusablePages? = nil, (_ page: Page, _ number: Int) throws -> Void)
    /// Count pages and find the headings' pages. A document of at most
    /// `keepUpTo` pages is kept whole (so a short one needs no second pass);
    /// a longer one is shown page by page to `observe` (its `{{pages}}` not yet
    /// known) and not kept.
    case count(keepUpTo: Int, (_ page: Page) -> Void)
}

/// A heading and the page it landed on.
public struct PlacedHeading: Sendable {
    public var anchor: HeadingAnchor
    /// 1-based page number.
    public var page: Int
    /// True when the heading is the first thing on its page.
    public var startsPage: Bool
}

/// Flows a story through the frames of pages made from masters, breaking
/// between pieces where the pieces allow it (widows, orphans, keep-with-next,
/// keep-together), and adds each page's running text.
public struct Paginator {
    public var masters: [String: MasterPage]
    /// Master of the first page.
    public var firstMaster: String
    /// Master of the page after the first, unless a page break names another;
    /// later pages keep their predecessor's master (a single-column section that
    /// runs over stays single-column) until a page break names another.
    public var nextMaster: String
    /// Most pages the story may take (1 for a handout); nil for no limit.
    public var maxPages: Int?
    /// Most pages any document may take, whatever its design says: past it a
    /// story is a runaway, stopped before it fills the disk; nil for no limit.
    public var pageLimit: Int?

    public init(masters: [String: MasterPage], firstMaster: String, nextMaster: String, maxPages: Int? = nil) {
        self.masters = masters
        self.firstMaster = firstMaster
        self.nextMaster = nextMaster
        self.maxPages = maxPages
    }

    /// Where the story continues: the next block, or the rest of a split one.
    struct Cursor {
        var index: Int
        var rest: (any Block)?

        func block(in story: [any Block]) -> (any Block)? {
            rest ?? (index < story.count ? story[index] : nil)
        }
    }

    public func paginate(_ story: [any Block], typesetter: Typesetter, delivery: PageDelivery = .keep,
                         report: @escaping (Diagnostic) -> Void) throws -> PaginatedDocument {
        var drafts: [PageDraft] = []
        var pageCount = 0
        var headings: [PlacedHeading] = []
        var cursor = Cursor(index: 0, rest: nil)
        var masterName = firstMaster
        var floats: [FlowPiece] = []
        var carried = ElementGrouper.Carried()
        let ids = ElementIDs()
        var endStates: [PageEndState?] = []
        let firstReusable = ReusablePages.firstReusableBlock(in: story)
        /// Where this pass stands after the page just laid out.
        func endState() -> PageEndState? {
            PageEndState(cursor: cursor, floatsWaiting: !floats.isEmpty, master: masterName, carried: carried, ids: ids,
                         headingCount: headings.count)
        }
        while cursor.block(in: story) != nil || !floats.isEmpty {
            let number = pageCount + 1
            guard let master = masters[masterName] else {
                throw DiagnosticError(.error("no master page named \"\(masterName)\"; defined: "
                    + masters.keys.sorted().joined(separator: ", ")))
            }
            if let maxPages, number > maxPages {
                throw try overflowError(from: cursor, story: story, master: master, typesetter: typesetter)
            }
            if let pageLimit, number > pageLimit {
                throw DiagnosticError(.error(
                    "the document would have more than \(pageLimit) pages, the most one document may have; "
                        + "split it into several documents (is a block repeated over more data than meant?)",
                    at: cursor.block(in: story)?.origin.location))
            }
            if number == 1 { masterName = nextMaster }
            var page = try layoutPage(story, from: cursor, floats: floats, carried: carried, master: master,
                                      number: number, ids: ids, typesetter: typesetter, report: report)
            // A story's last page, or a section's before a page break, gets balanced columns.
            if page.cursor.block(in: story) == nil || page.endedByPageBreak, page.floats.isEmpty, floats.isEmpty,
               master.columns > 1, master.frames == nil {
                page = try balanced(page, story, from: cursor, carried: carried, master: master, number: number,
                                    ids: ids, typesetter: typesetter, report: report)
            }
            if page.draft.items.isEmpty, page.cursor.index == cursor.index, page.cursor.rest == nil,
               cursor.rest == nil, page.floats.count == floats.count, !page.endedByPageBreak {
                throw DiagnosticError(.error("the content cannot be placed on a page of master \"\(master.name)\"",
                                             at: cursor.block(in: story)?.origin.location))
            }
            cursor = page.cursor
            floats = page.floats
            carried = page.carried
            headings += page.headings
            pageCount = number
            if let requested = page.nextMaster { masterName = requested }
            switch delivery {
            case .keep:
                drafts.append(page.draft)
            case let .stream(total, reusing, deliver):
                try deliver(page.draft.finished(total: total, headings: headings, typesetter: typesetter,
                                                report: report), number)
                if let reusing,
                   let rest = reusing.rest(after: number, state: endState(), total: total, firstReusable: firstReusable) {
                    for (offset, later) in rest.enumerated() { try deliver(later, number + 1 + offset) }
                    headings += reusing.document.headings.dropFirst(headings.count)
                    return PaginatedDocument(pages: [], headings: headings, pageCount: reusing.document.pageCount)
                }
            case let .count(keepUpTo, observe):
                drafts.append(page.draft)
                // Past the limit: show the pages held so far, and each later one, and keep none.
                if number <= keepUpTo {
                    endStates.append(endState())
                } else {
                    endStates.removeAll()
                    for draft in drafts {
                        observe(try draft.finished(total: draft.number, headings: headings, typesetter: typesetter) { _ in })
                    }
                    drafts.removeAll()
                }
            }
        }
        let pages = try drafts.map { draft in
            try draft.finished(total: drafts.count, headings: headings, typesetter: typesetter, report: report)
        }
        return PaginatedDocument(pages: pages, headings: headings, pageCount: pageCount, endStates: endStates)
    }

    /// One page laid out: its draft, where the story continues, the headings on
    /// it, and the master a page break asked for.
    struct LaidOutPage {
        var draft: PageDraft
        var cursor: Cursor
        var headings: [PlacedHeading]
        var nextMaster: String?
        var endedByPageBreak = false
        /// Floated figures still waiting for room.
        var floats: [FlowPiece] = []
        /// The structure open at the page's end, continued on the next.
        var carried = ElementGrouper.Carried()
    }

    /// Fills the frames of page `number` from `start`; `columnHeight` shortens
    /// the frames (to balance columns).
    func layoutPage(_ story: [any Block], from start: Cursor, floats: [FlowPiece] = [],
                    carried: ElementGrouper.Carried, master: MasterPage, number: Int, columnHeight: Double? = nil,
                    ids: ElementIDs, typesetter: Typesetter,
                    report: @escaping (Diagnostic) -> Void) throws -> LaidOutPage {
        var page = LaidOutPage(draft: PageDraft(master: master, number: number, columnHeight: columnHeight),
                               cursor: start, headings: [], nextMaster: nil, floats: floats, carried: carried)
        // Where a frame ran out of room, the block that went on into the next frame.
        var spilled: (block: any Block, frame: Int)?
        for (frameIndex, fullFrame) in master.frames(page: number).enumerated() {
            guard page.cursor.block(in: story) != nil || !page.floats.isEmpty else { break }
            var frame = fullFrame
            if let columnHeight { frame.height = columnHeight }
            let context = LayoutContext(typesetter: typesetter, pageSize: master.size, frame: frame, elementIDs: ids,
                                        report: report)
            var filler = FrameFiller(frame: frame, context: context)
            filler.grid = master.baselineGrid
            filler.carried = page.carried
            let outcome = try filler.fill(story, from: page.cursor, carriedFloats: page.floats)
            page.carried = filler.carried
            page.cursor = outcome.cursor
            page.floats = outcome.deferredFloats
            page.draft.items.append(.group(filler.items, offset: Point(x: frame.x, y: frame.y)))
            page.draft.frameFills.append(filler.contentHeight)
            page.headings += filler.anchors.map {
                PlacedHeading(anchor: $0.anchor, page: number, startsPage: frameIndex == 0 && $0.atFrameTop)
            }
            if case let .page(requested) = outcome.requestedBreak {
                page.nextMaster = requested
                page.endedByPageBreak = true
                break
            }
            // Panels are filled one by one with column breaks between them: a panel that
            // overflows pushes everything after it one panel along. Say where it began.
            if master.frames != nil, case .frame = outcome.requestedBreak, let overflow = spilled {
                report(.warning("the \(overflow.block.origin) does not fit in frame \(overflow.frame + 1) of master "
                    + "\"\(master.name)\" (page \(number)) and runs on into frame \(overflow.frame + 2), which moves "
                    + "the content of the frames after it along; shorten it or what comes before it in that frame",
                    at: overflow.block.origin.location))
            }
            // The first frame of a run that ran out of room, until a requested break ends the run.
            spilled = outcome.requestedBreak == nil
                ? spilled ?? page.cursor.block(in: story).map { ($0, frameIndex) } : nil
        }
        return page
    }

    /// The story's last page with its columns balanced: the shortest column
    /// height (to a quarter point) at which everything left still fits.
    private func balanced(_ page: LaidOutPage, _ story: [any Block], from start: Cursor,
                          carried: ElementGrouper.Carried, master: MasterPage, number: Int, ids: ElementIDs,
                          typesetter: Typesetter, report: @escaping (Diagnostic) -> Void) throws -> LaidOutPage {
        let frames = master.frames(page: number)
        guard let frameHeight = frames.first?.height else { return page }
        // The balanced height lies between the columns' average fill (all
        // columns equal) and the fullest column's; lines are ~10 pt apart, so a
        // point of precision finds the same breaks in fewer trials.
        let fills = page.draft.frameFills
        var high = min(frameHeight, (fills.max() ?? frameHeight) + 1)
        var low = max(0, fills.reduce(0, +) / Double(max(frames.count, 1)) - 1)
        var best = page
        while high - low > 1 {
            let height = (low + high) / 2
            // Problems are reported once, by the layout that is kept.
            let trial = try? layoutPage(story, from: start, carried: carried, master: master, number: number,
                                        columnHeight: height, ids: ids, typesetter: typesetter) { _ in }
            if let trial, trial.cursor.block(in: story) == nil || trial.endedByPageBreak,
               trial.cursor.index == page.cursor.index, trial.cursor.rest == nil {
                high = height
                best = trial
            } else {
                low = height
            }
        }
        return best
    }

    /// The error for a story longer than `maxPages`: which block does not fit, and by how much.
    private func overflowError(from cursor: Cursor, story: [any Block], master: MasterPage,
                               typesetter: Typesetter) throws -> DiagnosticError {
        guard let frame = master.frames(page: 1).last, let block = cursor.block(in: story) else {
            return DiagnosticError(.error("the content does not fit"))
        }
        let context = LayoutContext(typesetter: typesetter, pageSize: master.size, frame: frame) { _ in }
        var remaining = 0.0
        var position = cursor
        while let next = position.block(in: story) {
            remaining += try next.pieces(width: frame.width, context: context)
                .reduce(0) { $0 + $1.spaceBefore + $1.height + $1.spaceAfter }
            position = Cursor(index: position.index + 1, rest: nil)
        }
        let pages = maxPages.map { $0 == 1 ? "the page" : "\($0) pages" } ?? "the pages"
        return DiagnosticError(.error(
            "the \(block.origin) does not fit on \(pages): it and what follows take \(Measure.millimetres(remaining)) "
                + "below the bottom margin; shorten the content or reduce sizes or spacing",
            at: block.origin.location, field: "blocks[\(cursor.index)]"))
    }
}

/// Lengths in messages.
enum Measure {
    static func millimetres(_ points: Double) -> String {
        let value = points * 25.4 / 72
        return value < 10 ? "\((value * 10).rounded() / 10) mm" : "\(Int(saturating: value.rounded())) mm"
    }
}

extension Paginator {
    /// The width of the column each block of `story` is expected in, for
    /// making its text ahead of the layout (`TextAhead`): the first page's
    /// master until the first page break, then the master a break names (the
    /// next master when it names none), as `paginate` goes on; nil where the
    /// master sets its frames itself (their widths differ).
    public func expectedColumnWidths(of story: [any Block]) -> [Double?] {
        var name = firstMaster, number = 1
        return story.map { block in
            if let pageBreak = block as? BreakBlock, case let .page(requested) = pageBreak.kind {
                name = requested ?? (number == 1 ? nextMaster : name)
                number += 1
            }
            guard let master = masters[name], master.frames == nil else { return nil }
            return master.frames(page: number).first?.width
        }
    }
}
