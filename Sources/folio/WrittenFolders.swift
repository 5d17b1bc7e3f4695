import FolioRender
import Foundation

/// The folders a mail merge renamed PDFs into, each synced once when the
/// merge ends rather than after every record: a directory sync per record
/// was half of the merge's waiting on the disk (strace: 200 records, two
/// workers, 0.2 s in fsync). Each PDF is still synced before its rename, so a
/// good file is never replaced by a half-written one. Thread-safe.
final class WrittenFolders: @unchecked Sendable {
    private var folders: Set<String> = []
    private let lock = NSLock()

    func add(_ folder: URL) {
        lock.withLock { _ = folders.insert(folder.path) }
    }

    /// Syncs every folder added, in order of their paths.
    func syncAll() {
        for folder in lock.withLock({ folders.sorted() }) { OutputFile.syncFolder(URL(fileURLWithPath: folder)) }
    }
}
