import Foundation

/// The finishing stage: standards fix-ups on a PDF that cairo has finished —
/// what PDF/UA-1 (ISO 14289-1) and, for print, PDF/X-4 (ISO 15930-7) need
/// and cairo 1.16 cannot write. The same file and input give the same bytes.
public enum PDFFinisher {
    /// Rewrites the PDF at `url` in place (through a temporary file beside it).
    public static func finish(_ url: URL, _ input: FinishingInput) throws {
        let finished = url.deletingLastPathComponent().appendingPathComponent(".\(url.lastPathComponent).finishing")
        defer { try? FileManager.default.removeItem(at: finished) }
        try finish(url, input, writingTo: finished)
        guard rename(finished.path, url.path) == 0 else {
            throw FinishError("cannot replace \(url.path) with its finished version: \(String(cString: strerror(errno)))")
        }
    }

    private static func finish(_ url: URL, _ input: FinishingInput, writingTo output: URL) throws {
        let file = try QPDFFile(reading: url)
        var digest = ContentDigest()
        // Everything painted outside tagged content becomes an artifact.
        for page in file.pages {
            let content = try file.contentData(of: page)
            digest.add(content)
            guard let wrapped = ArtifactMarking.wrap(content) else { continue }
            // Cairo writes one content stream per page: replacing its data in place
            // is cheaper in qpdf than a new object. Several streams become one.
            if let contents = page["Contents"], contents.isStream {
                contents.replaceStreamData(wrapped)
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
        try StructureFixes(notes: input.elements).apply(to: file)
        let drawing = DrawingResources(file)
        FontFixes.apply(to: drawing.fonts, file: file)
        if let print = input.print { try PrintFixes(conditions: print).apply(to: file, resources: drawing.resources) }
        let producer = file.trailer["Info"]?["Producer"]?.text ?? "Folio"
        DocumentMetadata(input: input, producer: producer, documentID: digest.uuid).apply(to: file)
        try file.check("changing")
        try file.write(to: output)
    }
}
