import Dispatch
import Foundation

/// Passes a sink's work (`begin`, `write`, `finish`) to a thread of its own,
/// so that drawing page n overlaps laying out page n + 1.
///
/// On two cores this takes the PDF writer's share (painting, font subsetting,
/// the finishing stage: about a quarter of a report's time) off the layout's
/// path. The calls reach the wrapped sink in the order they are made, so the
/// output is the same bytes. At most `pagesInFlight` pages wait to be drawn:
/// a long document's memory stays flat. A failure of the wrapped sink is
/// thrown by the next call, so layout stops soon after; `finish` and
/// `waitUntilDone` wait for everything queued (`finish` then runs on the
/// caller's thread).
///
/// `preview` runs at once, on the caller's thread, after queued work: it is
/// cheap and a session calls it before `begin`.
public final class BackgroundPageSink: PageSink, @unchecked Sendable {
    private let sink: PageSink
    private let queue = DispatchQueue(label: "folio.page-sink")
    private let group = DispatchGroup()
    private let slots: DispatchSemaphore
    private let lock = NSLock()
    /// The first failure of the wrapped sink; later work is skipped.
    private var failure: Error?

    /// Wraps `sink`, which is then called on the background thread only, but
    /// for `preview` and `finish`, which run once that thread has done all it was given.
    public init(_ sink: PageSink, pagesInFlight: Int = 4) {
        self.sink = sink
        slots = DispatchSemaphore(value: max(1, pagesInFlight))
    }

    public func preview(_ page: Page) {
        group.wait()
        sink.preview(page)
    }

    public func begin(_ info: DocumentInfo, pageCount: Int) throws {
        try enqueue { try $0.begin(info, pageCount: pageCount) }
    }

    public func write(_ page: Page, number: Int) throws {
        slots.wait()
        do {
            try enqueue(releasingSlot: true) { try $0.write(page, number: number) }
        } catch {
            slots.signal()
            throw error
        }
    }

    /// Waits for the pages queued, then finishes on the caller's thread: the
    /// caller waits either way, and the memory it has just let go (a layout
    /// session's document) is then reused by the finishing stage, which
    /// glibc's allocator would otherwise serve from the drawing thread's own
    /// arena, on top.
    public func finish(outline: [OutlineEntry]) throws {
        try waitUntilDone()
        try sink.finish(outline: outline)
    }

    /// Waits until the wrapped sink has done everything asked of it; throws its first failure.
    public func waitUntilDone() throws {
        group.wait()
        if let failure = lock.withLock({ failure }) { throw failure }
    }

    /// Queues `work` unless an earlier piece failed (whose failure is then thrown here).
    private func enqueue(releasingSlot: Bool = false, _ work: @escaping (PageSink) throws -> Void) throws {
        if let failure = lock.withLock({ failure }) { throw failure }
        let job = Job(work: work)
        queue.async(group: group) { [self] in
            defer { if releasingSlot { slots.signal() } }
            guard lock.withLock({ failure == nil }) else { return }
            do {
                try job.work(sink)
            } catch {
                lock.withLock { if failure == nil { failure = error } }
            }
        }
    }
}

/// A piece of work for the wrapped sink. Pages, outlines and document facts
/// are values nothing changes once handed over, and the sink is used on the
/// queue only, so the work may cross threads.
private struct Job: @unchecked Sendable {
    let work: (PageSink) throws -> Void
}
