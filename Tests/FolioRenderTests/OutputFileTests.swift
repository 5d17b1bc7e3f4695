import Foundation
@testable import FolioRender
import FolioTestSupport
import Testing

/// The temporary file behind every output: gathered writes arrive whole and in order.
@Suite struct OutputFileTests {
    @Test func smallAndLargeWritesArriveInOrder() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("pieces.bin")
        let file = try OutputFile(target: url)
        var expected: [UInt8] = []
        // Pieces smaller and larger than a block, and one that crosses a block's end.
        for (index, size) in [7, 65_530, 13, 200_000, 1, 65_536, 3].enumerated() {
            let piece = (0..<size).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ index) }
            #expect(piece.withUnsafeBytes { file.write($0) })
            expected += piece
        }
        try file.checkWrites()
        // What a second reader (the finishing stage) sees before the commit.
        #expect(try Data(contentsOf: file.temporary) == Data(expected))
        try file.commit()
        #expect(try Data(contentsOf: url) == Data(expected))
        #expect(!FileManager.default.fileExists(atPath: file.temporary.path))
    }

    @Test func aDiscardedFileLeavesTheTargetAsItWas() throws {
        let url = try TestSupport.temporaryDirectory().appendingPathComponent("kept.bin")
        try Data("old".utf8).write(to: url)
        let file = try OutputFile(target: url)
        #expect([UInt8](repeating: 1, count: 10).withUnsafeBytes { file.write($0) })
        file.discard()
        #expect(try Data(contentsOf: url) == Data("old".utf8))
        #expect(!FileManager.default.fileExists(atPath: file.temporary.path))
    }
}
