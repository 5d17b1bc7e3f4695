import FolioTestSupport
import Foundation
import Testing

/// Artifacts carry their type (ISO 32000-1 14.8.2.2.2): running heads, footers
/// and page numbers are /Pagination, rules and decoration /Layout, page and
/// panel backgrounds /Background. Read from the samples' content streams.
@Suite struct ArtifactTypeTests {
    static let types: Set<String> = ["Pagination", "Layout", "Background"]

    @Test(arguments: ConformanceSamples.all) func everyArtifactHasAType(_ name: String) throws {
        try ConformanceSamples.expect(name) { pdf in
            pdf.pages.indices.flatMap { index in
                ContentScan.artifacts(in: pdf.content(ofPage: index)).enumerated().compactMap { number, artifact in
                    artifact.type.map(Self.types.contains) == true ? nil
                        : "page \(index + 1): artifact \(number + 1) has type \(artifact.type ?? "none")"
                }
            }
        }
    }

    /// The report's pages between cover and back have running heads and page
    /// numbers: their text is a pagination artifact. (The only other artifact
    /// text is the staff cards' decorative initials, a layout artifact.)
    @Test func reportsRunningHeadsArePagination() throws {
        let pdf = try ConformanceSamples.pdf("annual-report")
        for index in pdf.pages.indices.dropFirst().dropLast() {
            let texts = ContentScan.artifacts(in: pdf.content(ofPage: index)).filter(\.showsText)
            #expect(texts.contains { $0.type == "Pagination" } && texts.allSatisfy { $0.type == "Pagination" || $0.type == "Layout" },
                    "page \(index + 1): artifacts showing text are \(texts.map { $0.type ?? "untyped" })")
        }
        // The cover has none.
        #expect(!ContentScan.artifacts(in: pdf.content(ofPage: 0)).contains { $0.type == "Pagination" })
    }
}
