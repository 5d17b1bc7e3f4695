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
    /// Tags open in cairo below the Document element, outermost first, with their ids.
    private var open: [(id: Int?, tag: String)] = []
    /// How many of `open` belong to groups being painted; those above are parts that may continue.
    private var live = 0
    /// What the finishing stage writes on each structure element cairo makes
    /// (a Figure's /Alt, a Link's /Contents), in the order cairo makes them:
    /// the order tags are opened, each linked glyph run opening a Link.
    private(set) var notes: [StructureElementNote] = []

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
        try paint(items, origin: Point(x: 0, y: 0), inArtifact: false)
    }

    private func paint(_ items: [DisplayItem], origin: Point, inArtifact: Bool) throws {
        for item in items {
            guard case let .group(group) = item else {
                // Content belongs to the elements being painted, not to parts left open.
                try close(downTo: live)
                if tagged, case let .text(run, _) = item, let link = run.link, !run.glyphs.isEmpty {
                    let words = run.text.trimmingCharacters(in: .whitespacesAndNewlines)
                    notes.append(StructureElementNote(role: "Link", alternativeText: words.isEmpty ? link : words))
                }
                try context.draw(item.offsetBy(dx: origin.x, dy: origin.y))
                continue
            }
            let inner = Point(x: origin.x + group.offset.x, y: origin.y + group.offset.y)
            if let clip = group.clip { context.beginClip(clip.with(clip.rect.offsetBy(dx: inner.x, dy: inner.y))) }
            switch group.semantics {
            case let .element(element) where tagged && !inArtifact:
                try enter(element)
                try paint(group.items, origin: inner, inArtifact: false)
                try leave(element)
            case .artifact:
                try paint(group.items, origin: inner, inArtifact: true)
            default:
                try paint(group.items, origin: inner, inArtifact: inArtifact)
            }
            if group.clip != nil { context.endClip() }
        }
    }

    /// Opens the element's tag, or goes on in its earlier part when that is still open.
    private func enter(_ element: StructureElement) throws {
        let tag = element.role.tagName
        if let id = element.id, open.count > live, open[live].id == id, open[live].tag == tag {
            live += 1
            return
        }
        try close(downTo: live)
        try context.beginTag(tag)
        notes.append(StructureElementNote(role: tag, alternativeText: element.alternativeText,
                                          language: element.language, scope: element.role.headerScope))
        open.append((element.id, tag))
        live += 1
    }

    /// Leaves an element: closed now, unless a later part may continue it.
    private func leave(_ element: StructureElement) throws {
        live -= 1
        if element.id == nil { try close(downTo: live) }
    }

    private func close(downTo count: Int) throws {
        while open.count > count {
            try context.endTag(open.removeLast().tag)
        }
    }
}
