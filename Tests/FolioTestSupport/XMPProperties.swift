import Foundation
#if canImport(FoundationXML)
import FoundationXML
#endif

/// The properties of a PDF's XMP metadata (ISO 16684-1), by qualified name
/// ("dc:title", "pdfuaid:part"), whether written as elements or as attributes
/// of rdf:Description; an array's items are joined.
public struct XMPProperties {
    /// The metadata stream's reference, for messages.
    public let reference: String
    private let values: [String: String]

    public init?(_ pdf: PDFReader) {
        guard let stream = pdf.catalog["/Metadata"], let data = pdf.streamData(stream) else { return nil }
        let collector = Collector()
        let parser = XMLParser(data: data)
        parser.delegate = collector
        guard parser.parse() else { return nil }
        reference = "\(stream)"
        values = collector.values
    }

    public subscript(name: String) -> String? { values[name] }

    private final class Collector: NSObject, XMLParserDelegate {
        var values: [String: String] = [:]
        private var path: [String] = []
        private var text = ""

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            if name == "rdf:Description" {
                for (key, value) in attributes where !key.hasPrefix("xmlns") && key != "rdf:about" { values[key] = value }
            }
            if path.last == "rdf:Description" { text = "" }
            path.append(name)
        }

        func parser(_ parser: XMLParser, foundCharacters string: String) {
            text += string
        }

        func parser(_ parser: XMLParser, didEndElement name: String, namespaceURI: String?, qualifiedName: String?) {
            path.removeLast()
            if path.last == "rdf:Description" {
                values[name] = text.trimmingCharacters(in: .whitespacesAndNewlines)
            } else if name == "rdf:li" {
                text += " "
            }
        }
    }
}
