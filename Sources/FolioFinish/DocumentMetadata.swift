import FolioCore
import Foundation

/// The Info dictionary and the XMP metadata stream, written from one set of
/// values so that they agree (PDF/UA-1 7.1 and ISO 16684: XMP is the
/// metadata that counts; PDF/X-4 checks Info against it).
struct DocumentMetadata {
    var input: FinishingInput
    /// Info /Producer as cairo wrote it; XMP pdf:Producer repeats it.
    var producer: String
    /// A stable identifier for xmpMM:DocumentID, derived from the content.
    var documentID: String

    /// Writes Info and the catalog's /Metadata.
    func apply(to file: QPDFFile) {
        // Cairo writes an Info dictionary; one made here is numbered once it is complete.
        let existing = file.trailer["Info"]
        let info = existing ?? file.parse("<< >>")
        info.set("Title", file.string(input.title))
        info.set("Author", file.string(input.author))
        if let subject = input.subject { info.set("Subject", file.string(subject)) } else { info.remove("Subject") }
        if input.keywords.isEmpty { info.remove("Keywords") } else { info.set("Keywords", file.string(keywords)) }
        info.set("Creator", file.string(input.creator))
        info.set("Producer", file.string(producer))
        let date = Self.pdfDate(input.date)
        info.set("CreationDate", file.string(date))
        info.set("ModDate", file.string(date))
        if input.print != nil {
            info.set("Trapped", file.parse("/False"))
            info.set("GTS_PDFXVersion", file.string("PDF/X-4"))
        }
        // Left uncompressed, so that tools that do not parse PDF can find the packet (ISO 16684-1 7.1).
        if existing == nil { file.trailer.set("Info", file.indirect(info)) }
        let stream = file.stream(Array(xmp.utf8), dictionary: "<< /Type /Metadata /Subtype /XML >>", compress: false)
        file.root.set("Metadata", stream)
    }

    private var keywords: String { input.keywords.joined(separator: ", ") }

    /// `D:YYYYMMDDHHmmSS+00'00'` (ISO 32000-1 7.9.4), always in UTC.
    static func pdfDate(_ date: Date) -> String { UTCTimestamp(date).pdfDate }

    /// `YYYY-MM-DDThh:mm:ss+00:00` (ISO 8601, as XMP writes dates).
    static func xmpDate(_ date: Date) -> String { UTCTimestamp(date).xmpDate }

    /// The XMP packet (ISO 16684-1), with the PDF/UA identification schema
    /// (ISO 14289-1 5) and, for print, the PDF/X one (ISO 15930-7 6.7).
    var xmp: String {
        let date = Self.xmpDate(input.date)
        var properties = [
            "<dc:format>application/pdf</dc:format>",
            "<dc:title><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(input.title))</rdf:li></rdf:Alt></dc:title>",
            "<dc:creator><rdf:Seq><rdf:li>\(escaped(input.author))</rdf:li></rdf:Seq></dc:creator>",
        ]
        if let subject = input.subject {
            properties.append("<dc:description><rdf:Alt><rdf:li xml:lang=\"x-default\">\(escaped(subject))</rdf:li></rdf:Alt></dc:description>")
        }
        properties += [
            "<dc:language><rdf:Bag><rdf:li>\(escaped(input.language))</rdf:li></rdf:Bag></dc:language>",
        ]
        if !input.keywords.isEmpty { properties.append("<pdf:Keywords>\(escaped(keywords))</pdf:Keywords>") }
        properties += [
            "<pdf:Producer>\(escaped(producer))</pdf:Producer>",
            "<xmp:CreatorTool>\(escaped(input.creator))</xmp:CreatorTool>",
            "<xmp:CreateDate>\(date)</xmp:CreateDate>",
            "<xmp:ModifyDate>\(date)</xmp:ModifyDate>",
            "<xmp:MetadataDate>\(date)</xmp:MetadataDate>",
            "<xmpMM:DocumentID>\(documentID)</xmpMM:DocumentID>",
            "<xmpMM:InstanceID>\(documentID)</xmpMM:InstanceID>",
            "<xmpMM:VersionID>1</xmpMM:VersionID>",
            "<xmpMM:RenditionClass>default</xmpMM:RenditionClass>",
            "<pdfuaid:part>1</pdfuaid:part>",
        ]
        if input.print != nil {
            properties += [
                "<pdf:Trapped>False</pdf:Trapped>",
                "<pdfxid:GTS_PDFXVersion>PDF/X-4</pdfxid:GTS_PDFXVersion>",
            ]
        }
        return """
            <?xpacket begin="\u{FEFF}" id="W5M0MpCehiHzreSzNTczkc9d"?>
            <x:xmpmeta xmlns:x="adobe:ns:meta/">
            <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">
            <rdf:Description rdf:about=""
              xmlns:dc="http://purl.org/dc/elements/1.1/"
              xmlns:pdf="http://ns.adobe.com/pdf/1.3/"
              xmlns:xmp="http://ns.adobe.com/xap/1.0/"
              xmlns:xmpMM="http://ns.adobe.com/xap/1.0/mm/"
              xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/"
              xmlns:pdfxid="http://www.npes.org/pdfx/ns/id/">
            \(properties.joined(separator: "\n"))
            </rdf:Description>
            </rdf:RDF>
            </x:xmpmeta>
            <?xpacket end="w"?>
            """
    }

    private func escaped(_ text: String) -> String {
        // Most values have nothing to escape; Foundation's search was a per-document cost of a mail merge.
        guard text.utf8.contains(where: { Self.escapedBytes.contains($0) }) else { return text }
        return text.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// `&`, `<`, `>` and `"`.
    private static let escapedBytes: [UInt8] = [38, 60, 62, 34]
}
