import Foundation

/// The finishing stage: standards fix-ups on a PDF that cairo has finished —
/// what PDF/UA-1 (ISO 14289-1) and, for print, PDF/X-4 (ISO 15930-7) need
/// and cairo 1.16 cannot write. The same file and input give the same bytes.
public enum PDFFinisher {
    /// Finishes the PDF at `url` in place, by appending an incremental update
    /// (ISO 32000-1 7.5.6) with the objects it changes. On an error the file
    /// is left damaged: the caller finishes a temporary file, never the good one.
    public static func finish(_ url: URL, _ input: FinishingInput) throws {
        let file = try QPDFFile(reading: url)
        let startxref = try file.startxref()
        var update = try IncrementalUpdate(appendingTo: url, original: file, previous: startxref)
        var digest = ContentDigest()
        // Everything painted outside tagged content becomes an artifact. Each
        // page's new content goes into the update at once, so it is not kept.
        for index in 0..<file.pageCount {
            let page = file.page(index)
            defer { file.releaseHandles() }
            let content = try file.contentData(of: page)
            digest.add(content)
            let types = index < input.artifacts.count ? input.artifacts[index] : []
            guard let wrapped = ArtifactMarking.wrap(content, types: types) else { continue }
            let compressed = try Deflate.compress(wrapped)
            // Cairo writes one content stream per page: its object is replaced.
            // Several streams become one new stream.
            if let contents = page["Contents"], contents.isStream {
                try update.appendStream(contents.objectID, generation: contents.generation,
                                        dictionary: "<< /Length \(compressed.count) /Filter /FlateDecode >>", data: compressed)
            } else {
                page.set("Contents", file.stream(wrapped, dictionary: "<< >>"))
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
