import Foundation
@testable import FolioLayout
import Testing

/// The PDF writer's work on a thread of its own: same calls, same order, failures passed back.
@Suite struct BackgroundPageSinkTests {
    /// Notes every call, slowly, and fails on a chosen page.
    private final class RecordingSink: PageSink, @unchecked Sendable {
        private let lock = NSLock()
        private(set) var calls: [String] = []
        var failOnPage: Int?

        private func note(_ call: String) {
            lock.withLock { calls.append(call) }
        }

        func preview(_ page: Page) { note("preview") }
        func begin(_ info: DocumentInfo, pageCount: Int) throws { note("begin \(pageCount)") }
        func write(_ page: Page, number: Int) throws {
            usleep(2_000)
            if number == failOnPage { throw SinkFailure(page: number) }
            note("write \(number)")
        }
        func finish(outline: [OutlineEntry]) throws {
            finishedOn = Thread.current
            note("finish")
        }
        private(set) var finishedOn: Thread?
    }

    private struct SinkFailure: Error, Equatable { var page: Int }

    private let page = Page(size: Size(width: 100, height: 100), items: [])
    private let info = DocumentInfo(title: "t", author: "a")

    @Test func everyCallArrivesInOrder() throws {
        let recorder = RecordingSink()
        let sink = BackgroundPageSink(recorder, pagesInFlight: 2)
        sink.preview(page)
        try sink.begin(info, pageCount: 20)
        for number in 1...20 { try sink.write(page, number: number) }
        try sink.begin(info, pageCount: 3)  // a later pass starts over
        for number in 1...3 { try sink.write(page, number: number) }
        try sink.finish(outline: [])
        #expect(recorder.calls == ["preview", "begin 20"] + (1...20).map { "write \($0)" }
            + ["begin 3"] + (1...3).map { "write \($0)" } + ["finish"])
    }

    /// The caller waits for `finish` anyway; done on its thread, the finishing
    /// stage reuses the memory the caller has let go (glibc serves each thread from its own arena).
    @Test func finishRunsOnTheCallersThreadAfterEveryPage() throws {
        let recorder = RecordingSink()
        let sink = BackgroundPageSink(recorder, pagesInFlight: 2)
        try sink.begin(info, pageCount: 8)
        for number in 1...8 { try sink.write(page, number: number) }
        try sink.finish(outline: [])
        #expect(recorder.calls.last == "finish")
        #expect(recorder.calls.count == 10, "every page was written before the finish")
        #expect(recorder.finishedOn === Thread.current)
    }

    @Test func aFailureIsThrownByALaterCallAndStopsTheRest() throws {
        let recorder = RecordingSink()
        recorder.failOnPage = 3
        let sink = BackgroundPageSink(recorder, pagesInFlight: 1)
        try sink.begin(info, pageCount: 50)
        var thrown: Error?
        for number in 1...50 {
            do { try sink.write(page, number: number) } catch { thrown = error; break }
        }
        if thrown == nil {
            #expect(throws: SinkFailure(page: 3)) { try sink.finish(outline: []) }
        } else {
            #expect(thrown as? SinkFailure == SinkFailure(page: 3))
            #expect(throws: SinkFailure(page: 3)) { try sink.waitUntilDone() }
        }
        // Nothing after the failing page reached the sink.
        #expect(recorder.calls == ["begin 50", "write 1", "write 2"])
    }
}
