import FolioFinish
import FolioLayout

/// Paints a display tree through a cairo context, depth first, and writes the
/// PDF's structure tags from the groups' semantics: a group with a structure
/// element opens its tag around its children; artifacts and everything in them
/// get no tag. Parts of one element (groups sharing an id, e.g. a paragraph
/// continued in the next column or a section running over pages) become one
/// element: its tag is left open after a part ends and closed only when
/// something else is painted first. One painter serves a whole document, so an
/// element can run from one page to the next.
final class TreePainter {
    private let context: CairoContext
    /// False for raster previews, which have no tags.
    private let tagged: Bool
    /// Tags open in cairo below the Document element, outermost first, with
    /// their ids and whether cairo marks content in them (leaves).
    private var open: [(id: Int?, tag: String, leaf: Bool)] = []
    /// How many of `open` belong to groups being painted; those above are parts that may continue.
    private var live = 0
    /// What the finishing stage writes on each structure element cairo makes
    /// (a Figure's /Alt, a Link's /Contents), in the order cairo makes them:
    /// the order tags are opened, each linked glyph run opening a Link.
    private(set) var notes: [StructureElementNote] = []
    /// What each page paints outside marked content, and its artifact types.
    private(set) var unmarked = UnmarkedRuns()
    /// A Span is open around an element's own drawing (see `paint`).
    private var spanOpen = false

    init(context: CairoContext, tagged: Bool) {
        self.context = context
        self.tagged = tagged
    }

    /// Opens the Document element every other element goes in (cairo 1.16
    /// writes a damaged PDF without one around links and tags).
    func beginDocument() throws {
        try context.beginTag("Document")
        notes.append(StructureElementNote(role: "Document"))
    }

    /// Closes every element and then the Document (before the last page is shown).
    func endDocument() throws {
        try close(downTo: 0)
        try context.endTag("Document")
    }

    /// Paints `items` (a page's, at the page's origin).
    func paint(_ items: [DisplayItem]) throws {
        try paint(items, origin: Point(x: 0, y: 0), artifact: nil)
        try closeSpan()
        unmarked.endPage()
    }

    /// `artifact`: the kind of the innermost artifact being painted, if any.
    private func paint(_ items: [DisplayItem], origin: Point, artifact: ArtifactKind?) throws {
        for item in items {
            guard case let .group(group) = item else {
                // Content belongs to the elements being painted, not to parts left open.
                try close(downTo: live)
                if tagged, case let .text(run, _) = item, let link = run.link, !run.glyphs.isEmpty {
                    try closeSpan()
                    let words = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    notes.append(StructureElementNote(role: "Link", alternativeText: words.isEmpty ? link : words))
                    unmarked.markedContentBegins()
                } else if tagged, item.paints, let innermost = open.last, !innermost.leaf, artifact == nil {
                    // Cairo marks only a leaf's content (see UnmarkedRuns): an element's
                    // own drawing beside its child elements (a paragraph's words around
                    // a link) goes into a Span, an inline element (ISO 32000-1 14.8.4.4).
                    try openSpan()
                } else if tagged, item.paints, !(open.last?.leaf ?? false) {
                    try closeSpan()
                    unmarked.painted(artifact)
                }
                try context.draw(item.offsetBy(dx: origin.x, dy: origin.y))
                continue
            }
            try closeSpan()
            let inner = Point(x: origin.x + group.offset.x, y: origin.y + group.offset.y)
            if let clip = group.clip { context.beginClip(clip.with(clip.rect.offsetBy(dx: inner.x, dy: inner.y))) }
            switch group.semantics {
            case let .element(element) where tagged && artifact == nil:
                let leaf = group.isLeafElement
                var items = group.items[...]
                if leaf, !continues(element) {
                    // Cairo would mark a leaf's background as its content: its leading
                    // artifacts are painted before the tag opens (the paint order stays).
                    let leading = items.prefix { if case .group(let child) = $0, case .artifact = child.semantics { true } else { false } }
                    try paint(Array(leading), origin: inner, artifact: nil)
                    items = items.dropFirst(leading.count)
                }
                try enter(element, leaf: leaf)
                try paint(Array(items), origin: inner, artifact: nil)
                try leave(element)
            case let .artifact(kind):
                try paint(group.items, origin: inner, artifact: kind)
            default:
                try paint(group.items, origin: inner, artifact: artifact)
            }
            if group.clip != nil { context.endClip() }
        }
    }

    /// Whether `element` goes on in an earlier part that is still open.
    private func continues(_ element: StructureElement) -> Bool {
        guard let id = element.id, open.count > live else { return false }
        return open[live].id == id && open[live].tag == element.role.tagName
    }

    /// Opens the element's tag, or goes on in its earlier part when that is still open.
    private func enter(_ element: StructureElement, leaf: Bool) throws {
        let tag = element.role.tagName
        if continues(element) {
            // Cairo decides per page whether an element is a leaf, from all its parts so far.
            open[live].leaf = open[live].leaf && leaf
            live += 1
            return
        }
        try closeSpan()
        try close(downTo: live)
        try context.beginTag(tag)
        if leaf { unmarked.markedContentBegins() }
        notes.append(StructureElementNote(role: tag, alternativeText: element.alternativeText,
                                          language: element.language, scope: element.role.headerScope))
        open.append((element.id, tag, leaf))
        live += 1
    }

    private func openSpan() throws {
        guard !spanOpen else { return }
        try context.beginTag("Span")
        notes.append(StructureElementNote(role: "Span"))
        unmarked.markedContentBegins()
        spanOpen = true
    }

    private func closeSpan() throws {
        guard spanOpen else { return }
        spanOpen = false
        try context.endTag("Span")
    }

    /// Leaves an element: closed now, unless a later part may continue it.
    private func leave(_ element: StructureElement) throws {
        try closeSpan()
        live -= 1
        if element.id == nil { try close(downTo: live) }
    }

    private func close(downTo count: Int) throws {
        if open.count > count { try closeSpan() }
        while open.count > count {
            try context.endTag(open.removeLast().tag)
        }
    }
}
