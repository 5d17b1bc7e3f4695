import FolioLayout

/// What a page paints outside marked content, in runs, as the finishing stage
/// will find it in the content stream, with the artifact type of each run.
///
/// Cairo 1.16 marks content (`/P << /MCID n >> BDC … EMC`) only while the
/// innermost open structure element is a leaf (one with no elements inside:
/// `is_leaf_node` in cairo-pdf-interchange.c), and begins that marked content
/// when the leaf's tag opens, whether or not it paints. So a run of unmarked
/// content ends where a leaf opens (a link is one), and whatever is painted
/// while the innermost element has elements inside, or none is open, is
/// unmarked. The finishing stage wraps each run as `/Artifact`, with a /Type
/// (ISO 32000-1 14.8.2.2.2) when all the run paints belongs to artifacts: their
/// kind, or for a run of several kinds (a table's rule beside a row's shading,
/// a running head's rule) the first of Pagination, Layout, Background it has.
/// A run that also paints what is no artifact (an element's own drawing that
/// cairo leaves unmarked) stays untyped.
struct UnmarkedRuns {
    /// Per finished page, per run that paints: its type, or nil (not all of it artifacts).
    private(set) var pages: [[String?]] = []
    private var runs: [[ArtifactKind?]] = []
    private var current: [ArtifactKind?] = []

    /// Something was painted unmarked, inside an artifact of `kind` (nil: none).
    mutating func painted(_ kind: ArtifactKind?) {
        current.append(kind)
    }

    /// Marked content begins: the run so far ends.
    mutating func markedContentBegins() {
        if !current.isEmpty { runs.append(current) }
        current = []
    }

    mutating func endPage() {
        markedContentBegins()
        pages.append(runs.map { kinds in
            guard !kinds.contains(nil) else { return nil }
            return [ArtifactKind.pagination, .layout, .background].first { kinds.contains($0) }?.rawValue
        })
        runs = []
    }
}

extension DisplayGroup {
    /// True when no structure element (nor a link, which cairo makes one) is
    /// inside: cairo marks a leaf's content, not that of an element with elements inside.
    var isLeafElement: Bool {
        !items.contains { item in
            switch item {
            case let .group(group):
                switch group.semantics {
                case .element: true
                case .artifact: false // elements inside an artifact get no tag
                case .none: !group.isLeafElement
                }
            case let .text(run, _): run.link != nil && !run.glyphs.isEmpty
            default: false
            }
        }
    }
}

extension DisplayItem {
    /// Whether drawing the item puts something on the page: a destination, a
    /// shape with neither fill nor stroke and a run without glyphs do not.
    var paints: Bool {
        switch self {
        case .destination: false
        case let .rectangle(_, fill, stroke, _), let .ellipse(_, fill, stroke), let .path(_, fill, stroke):
            fill != nil || stroke != nil
        case let .text(run, _): !run.glyphs.isEmpty
        default: true
        }
    }
}
