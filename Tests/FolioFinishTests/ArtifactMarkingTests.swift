@testable import FolioFinish
import Testing

/// Wrapping what is painted outside marked content, on small hand-made content streams.
@Suite struct ArtifactMarkingTests {
    func wrapped(_ content: String) -> String? {
        ArtifactMarking.wrap(Array(content.utf8)).map { String(decoding: $0, as: UTF8.self) }
    }

    @Test func tokenizerReadsStringsArraysDictionariesAndInlineImages() {
        let content = "/P <</MCID 0 /X (a \\) b (c)) /Y <feff00>>> BDC [(x)-20(y)] TJ EMC BI /W 1 /H 1 ID \u{1}\u{2} EI Q"
        #expect(ContentTokenizer.operations(in: Array(content.utf8)).map(\.name) == ["BDC", "TJ", "EMC", "BI", "Q"])
    }

    @Test func runsOutsideMarkedContentBecomeArtifactsWithoutSplittingPairs() {
        let content = """
            1 0 0 -1 0 842 cm
            q 1 0 0 rg 0 0 10 10 re f Q
            /P <</MCID 0>> BDC BT (a) Tj /Span <</ActualText <feff0066>>> BDC (b) Tj EMC ET EMC
            BT (page 1) Tj ET
            """
        #expect(wrapped(content) == """
            /Artifact BMC
            1 0 0 -1 0 842 cm
            q
            1 0 0 rg
            0 0 10 10 re
            f
            Q
            EMC
            /P <</MCID 0>> BDC
            BT
            (a) Tj
            /Span <</ActualText <feff0066>>> BDC
            (b) Tj
            EMC
            ET
            EMC
            /Artifact BMC
            BT
            (page 1) Tj
            ET
            EMC

            """)
    }

    @Test func aGroupHoldingMarkedContentIsKeptAndTheRunsInsideItWrapped() {
        let content = "q 0 0 5 5 re f /P <</MCID 0>> BDC (a) Tj EMC 1 1 m 2 2 l S Q"
        #expect(wrapped(content) == """
            q
            /Artifact BMC
            0 0 5 5 re
            f
            EMC
            /P <</MCID 0>> BDC
            (a) Tj
            EMC
            /Artifact BMC
            1 1 m
            2 2 l
            S
            EMC
            Q

            """)
    }

    /// Cairo closes a q opened inside one element after the element has ended.
    @Test func interleavedPairsAreNotSplit() {
        let content = "/Figure <</MCID 0>> BDC q 0 0 m 1 1 l S EMC BT (page 1) Tj ET 0 0 5 5 re f Q"
        #expect(wrapped(content) == """
            /Figure <</MCID 0>> BDC
            q
            0 0 m
            1 1 l
            S
            EMC
            /Artifact BMC
            BT
            (page 1) Tj
            ET
            0 0 5 5 re
            f
            EMC
            Q

            """)
    }

    /// An /ActualText span outside structure content is no element's content:
    /// it is wrapped with what it paints, and the run gets the renderer's type.
    @Test func runsGetTheirTypesAndSpansOutsideElementsAreWrapped() {
        let content = "/Span <</ActualText <feff0066>>> BDC BT (fi) Tj ET EMC /P <</MCID 0>> BDC (a) Tj EMC 0 0 5 5 re f"
        let typed = ArtifactMarking.wrap(Array(content.utf8), types: ["Pagination", "Background"])
        #expect(typed.map { String(decoding: $0, as: UTF8.self) } == """
            /Artifact << /Type /Pagination >> BDC
            /Span <</ActualText <feff0066>>> BDC
            BT
            (fi) Tj
            ET
            EMC
            EMC
            /P <</MCID 0>> BDC
            (a) Tj
            EMC
            /Artifact << /Type /Background >> BDC
            0 0 5 5 re
            f
            EMC

            """)
        // Types that do not count the runs are not guessed at.
        let untyped = ArtifactMarking.wrap(Array(content.utf8), types: ["Pagination"])
        #expect(untyped.map { String(decoding: $0, as: UTF8.self) }?.components(separatedBy: "/Artifact BMC").count == 3)
    }

    @Test func contentWithNothingUnmarkedIsLeftAlone() {
        #expect(wrapped("q /P <</MCID 0>> BDC BT (a) Tj ET EMC Q 1 0 0 rg") == nil)
    }
}
