import FolioCore
import FolioLayout
import Foundation

/// A block bound once for every record of a mail merge (`BoundBlockCache`),
/// which keeps the pieces it was laid out into as well: the same block in the
/// same frame gives the same pieces, so each record after the first takes
/// them instead of setting its paragraphs, cards and charts again.
///
/// Pieces depend on the block, the width, the height left to fill, the frame
/// and the page size (`LayoutContext`; the typesetter is the merge's one);
/// those are the key. The problems a layout reported are reported again with
/// its pieces, so every record's document gets them.
struct ReusedBlock: Block {
    let inner: any Block
    private let memo = PieceMemo()

    init(_ inner: any Block) {
        self.inner = inner
    }

    var origin: BlockOrigin { inner.origin }
    var anchors: [HeadingAnchor] { inner.anchors }

    func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try memo.pieces(PieceMemo.Key(width: width, filling: nil, context: context), context) {
            try inner.pieces(width: width, context: $0)
        }
    }

    func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        try memo.pieces(PieceMemo.Key(width: width, filling: height, context: context), context) {
            try inner.pieces(width: width, context: $0, filling: height)
        }
    }
}

/// One block's pieces by where they were laid out; shared by the workers of a merge.
private final class PieceMemo: @unchecked Sendable {
    struct Key: Hashable {
        var width: Double
        /// The height to fill; nil when the block was asked for all of its pieces.
        var filling: Double?
        var frame: Rect
        var pageSize: Size

        init(width: Double, filling: Double?, context: LayoutContext) {
            self.width = width
            self.filling = filling
            frame = context.frame
            pageSize = context.pageSize
        }
    }

    /// Frames a block is kept for: a block placed in ever new places (an
    /// unusual layout) is laid out each time rather than kept without bound.
    private static let limit = 8
    private let lock = NSLock()
    private var entries: [Key: (pieces: [FlowPiece], reports: [Diagnostic])] = [:]

    /// The pieces kept for `key`, their problems reported again to `context`;
    /// else those `layout` makes, kept.
    func pieces(_ key: Key, _ context: LayoutContext, _ layout: (LayoutContext) throws -> [FlowPiece]) rethrows -> [FlowPiece] {
        if let kept = lock.withLock({ entries[key] }) {
            kept.reports.forEach(context.report)
            return kept.pieces
        }
        let reports = Reports(passingTo: context.report)
        var recording = context
        recording.report = reports.add
        let pieces = try layout(recording)
        lock.withLock {
            if entries.count < Self.limit, entries[key] == nil { entries[key] = (pieces, reports.all) }
        }
        return pieces
    }
}

/// Problems reported during one layout, passed on as they come.
private final class Reports: @unchecked Sendable {
    private(set) var all: [Diagnostic] = []
    private let next: (Diagnostic) -> Void

    init(passingTo next: @escaping (Diagnostic) -> Void) {
        self.next = next
    }

    func add(_ diagnostic: Diagnostic) {
        all.append(diagnostic)
        next(diagnostic)
    }
}
