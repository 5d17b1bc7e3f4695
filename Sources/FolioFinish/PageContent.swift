import Dispatch

/// Pages' content streams with their unmarked painting marked as artifacts
/// (`ArtifactMarking`), made on every core: each page is its own work.
enum PageContent {
    /// For each of `contents` (pages `firstPage`, `firstPage + 1`, …), its new
    /// content, Flate-compressed where `compressing` says so; nil for a page
    /// with nothing to mark. `artifacts` holds each page's artifact types.
    static func mark(_ contents: [[UInt8]], firstPage: Int, artifacts: [[String?]],
                     compressing: [Bool]) throws -> [[UInt8]?] {
        let results = Slots(count: contents.count)
        defer { results.free() }
        DispatchQueue.concurrentPerform(iterations: contents.count) { index in
            let page = firstPage + index
            let types = page < artifacts.count ? artifacts[page] : []
            results.set(index, Result {
                guard let wrapped = ArtifactMarking.wrap(contents[index], types: types) else { return nil }
                return compressing[index] ? try Deflate.compress(wrapped) : wrapped
            })
        }
        return try (0..<contents.count).map { try results[$0].get() }
    }

    /// One result per page, each written by one worker only: no two workers
    /// touch the same slot, and they are read once all are done.
    private struct Slots: @unchecked Sendable {
        typealias Value = Result<[UInt8]?, any Error>
        private let buffer: UnsafeMutableBufferPointer<Value>

        init(count: Int) {
            buffer = .allocate(capacity: count)
            buffer.initialize(repeating: .success(nil))
        }

        func set(_ index: Int, _ value: Value) { buffer[index] = value }
        subscript(index: Int) -> Value { buffer[index] }

        func free() {
            buffer.deinitialize()
            buffer.deallocate()
        }
    }
}
