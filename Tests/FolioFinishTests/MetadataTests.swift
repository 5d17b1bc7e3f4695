@testable import FolioFinish
import Foundation
import Testing

/// Dates, XMP and numbers as the finishing stage writes them.
@Suite struct MetadataTests {
    let input = FinishingInput(title: "Report <2026> & more", author: "Dept.", subject: "Figures", keywords: ["a", "b"],
                               language: "en", date: Date(timeIntervalSince1970: 1_767_225_600))

    @Test func datesCarryTheDPrefixAndUTC() {
        #expect(DocumentMetadata.pdfDate(input.date) == "D:20260101000000+00'00'")
        #expect(DocumentMetadata.xmpDate(input.date) == "2026-01-01T00:00:00+00:00")
    }

    @Test func xmpIsEscapedAndIdentifiesPDFUAButNotPDFXOnScreen() {
        let xmp = DocumentMetadata(input: input, producer: "cairo", documentID: "uuid:x").xmp
        #expect(xmp.contains("<rdf:li xml:lang=\"x-default\">Report &lt;2026&gt; &amp; more</rdf:li>"))
        #expect(xmp.contains("<pdfuaid:part>1</pdfuaid:part>"))
        #expect(xmp.contains("<pdf:Keywords>a, b</pdf:Keywords>"))
        #expect(!xmp.contains("GTS_PDFXVersion"))
        var print = input
        print.print = PrintConditions(trimBoxes: [], bleed: 8.5)
        #expect(DocumentMetadata(input: print, producer: "cairo", documentID: "uuid:x").xmp
            .contains("<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>"))
    }

    @Test func boxesAreWrittenWithoutExponentsOrTrailingZeros() {
        let trim = PageBox(x: 34.015748, y: 34.015748, width: 595.275591, height: 841.889764)
        #expect(trim.pdfArray == "[34.0157 34.0157 629.2913 875.9055]")
        #expect(PageBox(x: 0, y: 0, width: 10, height: 0.00001).pdfArray == "[0 0 10 0]")
    }

    @Test func contentDigestIsStableAndTellsContentsApart() {
        var first = ContentDigest(), second = ContentDigest(), other = ContentDigest()
        first.add(Array("BT (a) Tj ET".utf8))
        second.add(Array("BT (a) Tj ET".utf8))
        other.add(Array("BT (b) Tj ET".utf8))
        #expect(first.uuid == second.uuid && first.uuid != other.uuid)
        #expect(first.uuid.range(of: "^uuid:[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$", options: .regularExpression) != nil)
    }
}
