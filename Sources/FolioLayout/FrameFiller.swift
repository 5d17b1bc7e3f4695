import FolioCore
import FolioText

/// Fills one frame with pieces of the story. When the next piece does not fit,
/// the frame ends after the last piece that allows a break after it (TeX's
/// page builder, without its look-ahead), so widow, orphan and keep rules hold.
struct FrameFiller {
    let frame: Rect
    let context: LayoutContext
    private(set) var items: [DisplayItem] = []
    /// Whether a section (Sect) is open, before and after this frame.
    var sectionOpen = false
    /// Headings placed, and whether each is the first thing in the frame.
    private(set) var anchors: [(anchor: HeadingAnchor, atFrameTop: Bool)] = []

    init(frame: Rect, context: LayoutContext) {
        self.frame = frame
        self.context = context
    }

    struct Outcome {
        var cursor: Paginator.Cursor
        /// Set when an explicit break ended the frame.
        var requestedBreak: BreakBlock.Kind?
        /// Floating figures that did not fit here, for the next frame.
        var deferredFloats: [FlowPiece] = []
    }

    private struct Placed {
        var piece: FlowPiece
        var y: Double
        var after: Paginator.Cursor
    }

    /// A figure floated to the frame's top or bottom, and how many pieces were
    /// placed when it was met (a break back before it puts it back in the story).
    private struct Float {
        var piece: FlowPiece
        var placedBefore: Int
        var deferred: Bool
    }

    /// Space between a floated figure and the text.
    static let floatGap = 8.0

    mutating func fill(_ story: [any Block], from start: Paginator.Cursor,
                       carriedFloats: [FlowPiece] = []) throws -> Outcome {
        var placed: [Placed] = []
        var floats = carriedFloats.map { Float(piece: $0, placedBefore: 0, deferred: false) }
        var lastLegal: Int?
        var y = 0.0, pendingSpace = 0.0
        var cursor = start
        var outcome: Outcome?
        func floatHeight() -> Double {
            floats.filter { !$0.deferred }.reduce(0) { $0 + $1.piece.height + Self.floatGap }
        }
        // Carried floats that do not fit an empty frame together go on waiting; one that
        // fits no frame at all is an error (it would wait forever).
        if let tall = carriedFloats.first(where: { $0.height > frame.height + 0.01 }) {
            throw DiagnosticError(.error("a floated figure is \(Measure.millimetres(tall.height - frame.height)) "
                + "taller than its frame (\(Measure.millimetres(frame.height)))"))
        }
        while floatHeight() > frame.height + 0.01, let last = floats.lastIndex(where: { !$0.deferred }) {
            floats[last].deferred = true
        }
        blocks: while let block = cursor.block(in: story) {
            if let pause = block as? BreakBlock {
                cursor = Paginator.Cursor(index: cursor.index + 1, rest: nil)
                if placed.isEmpty, case .frame = pause.kind { continue }
                outcome = Outcome(cursor: cursor, requestedBreak: pause.kind)
                break
            }
            let pieces = try block.pieces(width: frame.width, context: context)
            var before = cursor
            for piece in pieces {
                if piece.float != nil {
                    // Floats go to the frame's top or bottom if they fit beside what is placed, else wait.
                    let fits = y + floatHeight() + piece.height + Self.floatGap <= frame.height + 0.01
                        && !floats.contains(where: \.deferred)
                    floats.append(Float(piece: piece, placedBefore: placed.count, deferred: !fits))
                    continue
                }
                let space = placed.isEmpty ? 0 : max(pendingSpace, piece.spaceBefore)
                if y + space + piece.height + floatHeight() > frame.height + 0.01 {
                    if placed.isEmpty {
                        throw DiagnosticError(.error(
                            "the \(block.origin) is \(Measure.millimetres(piece.height - frame.height)) taller than "
                                + "its frame (\(Measure.millimetres(frame.height))) and cannot be split",
                            at: block.origin.location))
                    }
                    if let lastLegal {
                        placed.removeSubrange((lastLegal + 1)...)
                        // Floats met after the break point come again with the story.
                        floats.removeAll { $0.placedBefore > lastLegal + 1 }
                        outcome = Outcome(cursor: placed[lastLegal].after, requestedBreak: nil)
                    } else {
                        // Nothing may break here by the rules; break anyway rather than run off the frame.
                        outcome = Outcome(cursor: before, requestedBreak: nil)
                    }
                    break blocks
                }
                y += space
                let after = piece.rest.map { Paginator.Cursor(index: cursor.index, rest: $0) }
                    ?? Paginator.Cursor(index: cursor.index + 1, rest: nil)
                placed.append(Placed(piece: piece, y: y, after: after))
                if piece.penaltyAfter < FlowPiece.forbidden { lastLegal = placed.count - 1 }
                y += piece.height
                pendingSpace = piece.spaceAfter
                before = after
            }
            cursor = Paginator.Cursor(index: cursor.index + 1, rest: nil)
        }
        emit(placed, floats: floats.filter { !$0.deferred }.map(\.piece))
        var result = outcome ?? Outcome(cursor: cursor, requestedBreak: nil)
        result.deferredFloats = floats.filter(\.deferred).map(\.piece)
        return result
    }

    /// The placed pieces as page items, wrapped in structure tags; a paragraph
    /// continued from an earlier frame gets a tag of its own here. Consecutive
    /// list items are grouped in one list (L > LI > LBody).
    /// Top floats first (in reading order), then the text below them, then bottom floats.
    private mutating func emit(_ placed: [Placed], floats: [FlowPiece]) {
        var top = 0.0
        for piece in floats where piece.float == .top {
            items += [.beginTag(piece.element.role.tagName)] + piece.items.map { $0.offsetBy(dx: frame.x, dy: frame.y + top) }
                + [.endTag(piece.element.role.tagName)]
            top += piece.height + Self.floatGap
        }
        var tagger = StructureTagger(sections: true, sectionOpen: sectionOpen)
        for (index, entry) in placed.enumerated() {
            items += tagger.enter(entry.piece.element, forceNew: index == 0)
            if let anchor = entry.piece.anchor {
                items.append(.destination(anchor.destination, at: Point(x: frame.x, y: frame.y + top + entry.y)))
                anchors.append((anchor, index == 0 && top == 0))
            }
            items += entry.piece.items.map { $0.offsetBy(dx: frame.x, dy: frame.y + top + entry.y) }
        }
        items += tagger.finish()
        sectionOpen = tagger.sectionOpen
        var bottom = frame.maxY
        for piece in floats.reversed() where piece.float == .bottom {
            bottom -= piece.height
            items += [.beginTag(piece.element.role.tagName)] + piece.items.map { $0.offsetBy(dx: frame.x, dy: bottom) }
                + [.endTag(piece.element.role.tagName)]
            bottom -= Self.floatGap
        }
    }
}

/// A page being made: its master, its number and the story's items on it.
struct PageDraft {
    var master: MasterPage
    var number: Int
    var items: [DisplayItem] = []
    /// Height of the columns when they are balanced (shorter than the frames).
    var columnHeight: Double?

    /// The page with its background, column rules and running text, now that
    /// the number of pages and the headings' pages are known.
    func finished(total: Int, headings: [PlacedHeading], typesetter: Typesetter,
                  report: @escaping (Diagnostic) -> Void) throws -> Page {
        var page: [DisplayItem] = []
        let sheet = Rect(x: 0, y: 0, width: master.size.width, height: master.size.height)
        if let background = master.background {
            page.append(.rectangle(sheet, fill: background, stroke: nil, cornerRadius: 0))
        }
        if let image = master.backgroundImage {
            page.append(.image(image, rect: image.rect(covering: sheet, focusX: 0.5, focusY: 0.5),
                               clip: ImageClip(sheet), alternativeText: ""))
        }
        let frames = master.frames(page: number)
        if let rule = master.columnRule {
            for (left, right) in zip(frames, frames.dropFirst()) {
                let x = (left.maxX + right.x) / 2
                let bottom = left.y + (columnHeight ?? left.height)
                page.append(.line(from: Point(x: x, y: left.y), to: Point(x: x, y: bottom), stroke: rule))
            }
        }
        page += items
        // The section the page begins in: one starting at the top of the page, else
        // the last one begun before it, else the first on it.
        let sections = headings.filter { $0.anchor.level == 1 }
        let current = sections.first { $0.page == number && $0.startsPage }
            ?? sections.last { $0.page < number } ?? sections.first { $0.page == number }
        let section = current?.anchor.title ?? ""
        let values = ["page": "\(number)", "pages": "\(total)", "section": section]
        let area = master.textArea(page: number)
        let context = LayoutContext(typesetter: typesetter, pageSize: master.size, frame: area, report: report)
        for running in master.runningText(page: number) {
            let (runningItems, fits) = try running.layout(area: area, values: values, context: context)
            guard fits else {
                throw DiagnosticError(.error("the \(running.position == .header ? "header" : "footer") of master "
                    + "\"\(master.name)\" runs off the page; make the margin larger or the distance smaller",
                    at: running.origin.location))
            }
            page += runningItems
        }
        return Page(size: master.size, items: page)
    }
}
