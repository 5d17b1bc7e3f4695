import CCairo
import Foundation

/// A file written beside its target under a temporary name and moved into
/// place only when every byte is known to be on disk.
///
/// Every step is checked with the file's own I/O, not only cairo's status:
/// `write` (a full disk or a file-size limit returns ENOSPC / EFBIG, or a short
/// count), `fsync` (the kernel may report a failed write-back only there),
/// `close` and `rename` (POSIX.1-2017 `rename`: atomic, so the target is either
/// the old file or the new one, never half of each). On any failure the
/// temporary file is removed and the target keeps its old bytes.
public final class OutputFile: @unchecked Sendable {
    /// The file being replaced.
    public let target: URL
    /// Where the bytes go until `commit`.
    public let temporary: URL
    private var descriptor: Int32
    /// The first failure of a write, kept until `commit` reports it.
    private var failure: String?
    /// Bytes written but not yet in the file (see `write`).
    private var pending: [UInt8] = []
    private let lock = NSLock()

    /// Creates the temporary file (never an existing one: O_EXCL) and registers
    /// it for removal should the process be interrupted.
    public init(target: URL) throws {
        self.target = target
        let folder = target.deletingLastPathComponent()
        temporary = folder.appendingPathComponent(".\(target.lastPathComponent).\(getpid()).\(OutputFile.nextSerial()).tmp")
        do {
            try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        } catch {
            throw RenderError("cannot create the folder \(folder.path): \(error.localizedDescription)")
        }
        // The rename would replace whatever is there: a folder fails, but a device
        // (--out /dev/full), a pipe or a socket would be swapped for a PDF.
        var status = stat()
        if stat(target.path, &status) == 0, status.st_mode & S_IFMT != S_IFREG {
            let kind = status.st_mode & S_IFMT == S_IFDIR ? "a folder" : "a device, pipe or socket, not an ordinary file"
            throw RenderError("cannot write \(target.path): it is \(kind)")
        }
        descriptor = open(temporary.path, O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0o644)
        guard descriptor >= 0 else {
            throw RenderError("cannot write \(target.path): \(OutputFile.errnoText())")
        }
        TemporaryFiles.shared.register(temporary.path)
    }

    deinit {
        discard()
    }

    /// Appends bytes; returns false (and remembers why) when they were not all written.
    ///
    /// Bytes are gathered into blocks of `blockSize` before they reach the file:
    /// cairo hands its stream over in pieces of a few dozen bytes, and a system
    /// call for each cost a mail merge about 6 % of its time.
    @discardableResult
    public func write(_ bytes: UnsafeRawBufferPointer) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        guard failure == nil, descriptor >= 0 else { return false }
        if pending.count + bytes.count > Self.blockSize, !flushPending() { return false }
        if bytes.count >= Self.blockSize { return writeAll(bytes) }
        pending.append(contentsOf: bytes)
        return true
    }

    /// Bytes gathered before a write to the file.
    private static let blockSize = 1 << 16

    /// Writes what `write` gathered; false (with the reason kept) on a failure. The lock is held.
    private func flushPending() -> Bool {
        guard !pending.isEmpty else { return true }
        let written = pending.withUnsafeBytes { writeAll($0) }
        pending.removeAll(keepingCapacity: true)
        return written
    }

    /// Writes every byte to the file, retrying short writes. The lock is held.
    private func writeAll(_ bytes: UnsafeRawBufferPointer) -> Bool {
        var offset = 0
        while offset < bytes.count {
            let written = Foundation.write(descriptor, bytes.baseAddress! + offset, bytes.count - offset)
            if written < 0 {
                if errno == EINTR { continue }
                failure = OutputFile.errnoText()
                return false
            }
            if written == 0 {
                failure = "the disk accepted no more bytes"
                return false
            }
            offset += written
        }
        return true
    }

    /// Cairo's stream callback: `closure` is an unretained `OutputFile` (`cairoClosure`).
    static let cairoWrite: cairo_write_func_t = { closure, data, length in
        guard let closure, let data else { return CAIRO_STATUS_WRITE_ERROR }
        let file = Unmanaged<OutputFile>.fromOpaque(closure).takeUnretainedValue()
        return file.write(UnsafeRawBufferPointer(start: data, count: Int(length)))
            ? CAIRO_STATUS_SUCCESS : CAIRO_STATUS_WRITE_ERROR
    }

    /// This file as the closure of `cairoWrite`; the caller keeps the file alive.
    var cairoClosure: UnsafeMutableRawPointer { Unmanaged.passUnretained(self).toOpaque() }

    /// Puts every byte written so far into the file, so that another reader
    /// (the finishing stage) sees them; throws when a write has failed (the
    /// file stays, for `commit` or `discard`).
    public func checkWrites() throws {
        lock.lock()
        defer { lock.unlock() }
        if failure == nil, descriptor >= 0 { _ = flushPending() }
        if let failure {
            throw RenderError("cannot write \(target.path): \(failure); an earlier file there is unchanged")
        }
    }

    /// Flushes, closes and renames the file into place; throws (and removes
    /// the temporary file, leaving the target as it was) if any step failed.
    /// - Parameter syncingFolder: false when the caller syncs the folder itself
    ///   (`syncFolder`) after many files, as a mail merge does once at its end.
    public func commit(syncingFolder: Bool = true) throws {
        lock.lock()
        defer { lock.unlock() }
        let fail = { (reason: String) -> RenderError in
            self.removeTemporary()
            return RenderError("cannot write \(self.target.path): \(reason); an earlier file there is unchanged")
        }
        guard descriptor >= 0 else { throw fail("the file was already closed") }
        _ = flushPending()
        if let failure { throw fail(failure) }
        if fsync(descriptor) != 0 { throw fail(OutputFile.errnoText()) }
        var written = stat()
        let statusRead = fstat(descriptor, &written) == 0
        let closed = close(descriptor)
        descriptor = -1
        if closed != 0 || !statusRead { throw fail(OutputFile.errnoText()) }
        // A finishing step may have put a new file at the temporary path (PDFFinisher
        // rewrites the PDF): what is there now is what must be on disk. The same
        // file (an update appended in place) was synced above.
        var current = stat()
        guard stat(temporary.path, &current) == 0 else { throw fail(OutputFile.errnoText()) }
        if current.st_ino != written.st_ino || current.st_dev != written.st_dev {
            let replacement = open(temporary.path, O_RDONLY | O_CLOEXEC)
            guard replacement >= 0 else { throw fail(OutputFile.errnoText()) }
            let synced = fsync(replacement)
            close(replacement)
            if synced != 0 { throw fail(OutputFile.errnoText()) }
        }
        if rename(temporary.path, target.path) != 0 { throw fail(OutputFile.errnoText()) }
        TemporaryFiles.shared.unregister(temporary.path)
        if syncingFolder { Self.syncFolder(target.deletingLastPathComponent()) }
    }

    /// Makes the renames into `folder` durable (its entries on disk, POSIX `fsync` of the directory).
    public static func syncFolder(_ folder: URL) {
        let descriptor = open(folder.path, O_RDONLY | O_DIRECTORY | O_CLOEXEC)
        if descriptor >= 0 {
            fsync(descriptor)
            close(descriptor)
        }
    }

    /// Drops the file: the temporary goes, the target keeps its old bytes.
    public func discard() {
        lock.lock()
        defer { lock.unlock() }
        removeTemporary()
    }

    private func removeTemporary() {
        pending = []
        if descriptor >= 0 {
            close(descriptor)
            descriptor = -1
        }
        if TemporaryFiles.shared.unregister(temporary.path) { unlink(temporary.path) }
    }

    private static func errnoText() -> String { String(cString: strerror(errno)) }

    private static let serialLock = NSLock()
    nonisolated(unsafe) private static var serial = 0

    /// Distinguishes two outputs of one process written at once (merge's workers).
    private static func nextSerial() -> Int {
        serialLock.lock()
        defer { serialLock.unlock() }
        serial += 1
        return serial
    }
}

/// The temporary files this process has open, removed by `removeAll` when an
/// interrupt (SIGINT, SIGTERM) ends it before they are committed.
public final class TemporaryFiles: @unchecked Sendable {
    public static let shared = TemporaryFiles()
    private var paths: Set<String> = []
    /// Set once the process is on its way out: a file created after that is removed at once.
    private var closed = false
    private let lock = NSLock()

    func register(_ path: String) {
        lock.lock()
        defer { lock.unlock() }
        if closed { unlink(path) } else { paths.insert(path) }
    }

    /// True when `path` was registered (and so is still this process's to remove).
    @discardableResult
    func unregister(_ path: String) -> Bool {
        lock.lock()
        defer { lock.unlock() }
        return paths.remove(path) != nil
    }

    /// Removes every registered file; called on the way out of an interrupted run.
    public func removeAll() {
        lock.lock()
        defer { lock.unlock() }
        for path in paths { unlink(path) }
        paths.removeAll()
        closed = true
    }
}
