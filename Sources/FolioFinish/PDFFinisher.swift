import Foundation

/// The finishing stage: standards fix-ups on a PDF that cairo has finished —
/// what PDF/UA-1 (ISO 14289-1) and, for print, PDF/X-4 (ISO 15930-7) need
/// and cairo 1.16 cannot write. The same file and input give the same bytes.
public enum PDFFinisher {
    /// Pages read, marked and written together: enough to keep two cores busy,
    /// few enough that a long document's content is never held whole.
    static let pagesPerBatch = 16

    /// Finishes the PDF at `url` in place, by appending an incremental update
    /// (ISO 32000-1 7.5.6) with the objects it changes. On an error the file
    /// is left damaged: the caller finishes a temporary file, never the good one.
    public static func finish(_ url: URL, _ input: FinishingInput) throws {
        let file = try QPDFFile(reading: url)
        let startxref = try file.startxref()
        var update = try IncrementalUpdate(appendingTo: url, original: file, previous: startxref)
        var digest = ContentDigest()
        // Everything painted outside tagged content becomes an artifact. A batch
        // of pages at a time: qpdf reads them here and the update takes them in
        // order, while their content is marked and compressed on both cores (a
        // page's own work; the report's pages took 49 of the stage's 83 M
        // instructions). Each batch goes into the update at once, so it is not kept.
        for batch in stride(from: 0, to: file.pageCount, by: Self.pagesPerBatch) {
            defer { file.releaseHandles() }
            let pages = (batch..<min(batch + Self.pagesPerBatch, file.pageCount)).map { file.page($0) }
            let contents = try pages.map { try file.contentData(of: $0) }
            contents.forEach { digest.add($0) }
            // Cairo writes one content stream per page: its object is replaced.
            // Several streams become one new stream.
            let streams = pages.map { $0["Contents"].flatMap { $0.isStream ? $0 : nil } }
            let marked = try PageContent.mark(contents, firstPage: batch, artifacts: input.artifacts,
                                              compressing: streams.map { $0 != nil })
            for (page, (stream, content)) in zip(pages, zip(streams, marked)) {
                guard let content else { continue }
                if let stream {
                    try update.appendStream(stream.objectID, generation: stream.generation,
                                            dictionary: "<< /Length \(content.count) /Filter /FlateDecode >>",
                                            data: content)
                } else {
                    page.set("Contents", file.stream(content, dictionary: "<< >>"))
                }
            }
        }
        let catalog = file.root
        catalog.set("Lang", file.string(input.language))
        catalog.set("MarkInfo", file.parse("<< /Marked true >>"))
        let preferences = catalog["ViewerPreferences"] ?? file.parse("<< >>")
        preferences.set("DisplayDocTitle", file.parse("true"))
        catalog.set("ViewerPreferences", preferences)
        let index = try StructureIndex(file, startxref: startxref)
        try StructureFixes(notes: input.elements).apply(to: file, index: index)
        FontFixes.apply(to: index.trueTypeCIDFonts.map(file.object(number:)), file: file)
        if let print = input.print {
            try PrintFixes(conditions: print).apply(to: file, resources: DrawingResources(file).resources)
        }
        let producer = file.trailer["Info"]?["Producer"]?.text ?? "Folio"
        DocumentMetadata(input: input, producer: producer, documentID: digest.uuid).apply(to: file)
        try file.check("changing")
        try file.finish(&update, content: digest)
    }
}
