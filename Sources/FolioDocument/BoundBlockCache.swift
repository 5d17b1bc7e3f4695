import FolioCore
import FolioLayout
import Foundation

/// The blocks of a layout's story that read nothing of the mail-merge record,
/// bound once and reused for every record of a merge. Most of a merged
/// handout (the abstract, the key figures, the speaker's card, the charts,
/// the department's pages) is the same for every attendee; binding it again
/// per record was a sixth of a record's time.
///
/// A top-level block is kept when binding it read no field under the
/// record's name (`DataStore.recordReads`) and reported nothing (no warning
/// is lost when it is reused). It is reused only where the heading numbering
/// stands as it stood when it was bound, and then moves the numbering on as
/// binding would have, and notes the text files it read (the preflight finds
/// paragraphs in them). Blocks are values: the same block laid out again
/// gives the same pages. The document's metadata and the check of the
/// layout's fonts are kept the same way. One cache serves one loaded layout;
/// it is thread-safe, but a merge gives each worker its own (`Merge`).
public final class BoundBlockCache: @unchecked Sendable {
    private let lock = NSLock()
    private var entries: [Key: Entry] = [:]
    private var fonts: [Diagnostic]?
    private var info: DocumentInfo?

    public init() {}

    /// A top-level element of one reading of a layout (its file and language).
    private struct Key: Hashable {
        var file: String
        var language: String
        var index: Int
    }

    private struct Entry {
        let blocks: [any Block]
        let anchorsBefore: AnchorNumbering.State
        let anchorsAfter: AnchorNumbering.State
        let texts: [(file: String, text: String)]
    }

    /// What binding has done so far; what a block changed is measured from here.
    struct Mark {
        fileprivate let reports: Int
        fileprivate let fallbacks: Int
        fileprivate let recordReads: Int
        fileprivate let texts: Int
        fileprivate let anchors: AnchorNumbering.State

        init(_ binder: BlockBinder) {
            reports = binder.log.reports
            fallbacks = binder.store.fallbacks.attempts
            recordReads = binder.store.recordReads
            texts = binder.store.textsRead.count
            anchors = binder.inline.anchors.state
        }

        /// Whether binding since this mark read nothing of the record and reported nothing:
        /// what it bound is then the same for every record.
        func unchanged(_ binder: BlockBinder) -> Bool {
            binder.store.recordReads == recordReads && binder.log.reports == reports
                && binder.store.fallbacks.attempts == fallbacks
        }
    }

    /// The blocks bound earlier for element `index` of `layout`, with the
    /// binder moved on as binding them would; nil when there are none to reuse here.
    func blocks(at index: Int, of layout: LayoutSpec, binder: BlockBinder) -> [any Block]? {
        let key = Key(file: layout.file, language: layout.document.language, index: index)
        guard let entry = lock.withLock({ entries[key] }), entry.anchorsBefore == binder.inline.anchors.state
        else { return nil }
        binder.inline.anchors.state = entry.anchorsAfter
        binder.store.noteRead(entry.texts)
        return entry.blocks
    }

    /// The problems of the layout's fonts (`check`: its styles against the
    /// font library), checked for the first record only.
    func fontProblems(_ check: () -> [Diagnostic]) -> [Diagnostic] {
        if let kept = lock.withLock({ fonts }) { return kept }
        let problems = check()
        lock.withLock { fonts = problems }
        return problems
    }

    /// The document's title, author, subject and keywords as bound for an
    /// earlier record, when binding them read nothing of it and reported
    /// nothing; else `bind`'s.
    func documentInfo(binder: BlockBinder, _ bind: () -> DocumentInfo?) -> DocumentInfo? {
        if let kept = lock.withLock({ info }) { return kept }
        let mark = Mark(binder)
        let bound = bind()
        if let bound, mark.unchanged(binder) {
            lock.withLock { info = bound }
        }
        return bound
    }

    /// Keeps `blocks`, bound for element `index` of `layout` since `mark`,
    /// when they read nothing of the record and reported nothing; the blocks
    /// to lay out: those kept keep their pieces too (`ReusedBlock`).
    func keep(_ blocks: [any Block], at index: Int, of layout: LayoutSpec, since mark: Mark,
              binder: BlockBinder) -> [any Block] {
        guard mark.unchanged(binder) else { return blocks }
        // Breaks are told apart by their type (`FrameFiller`), so they stay as they are.
        let blocks = blocks.map { $0 is BreakBlock ? $0 : ReusedBlock($0) }
        let entry = Entry(blocks: blocks, anchorsBefore: mark.anchors, anchorsAfter: binder.inline.anchors.state,
                          texts: Array(binder.store.textsRead[mark.texts...]))
        let key = Key(file: layout.file, language: layout.document.language, index: index)
        // Another worker may have kept this element first: every record then lays out the same blocks.
        return lock.withLock {
            let kept = entries[key] ?? entry
            entries[key] = kept
            return kept.blocks
        }
    }
}
