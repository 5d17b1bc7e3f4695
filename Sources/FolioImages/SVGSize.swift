import Foundation
import FoundationXML

/// The intrinsic size of an SVG document in CSS pixels (1/96 in), read from
/// its root element's `width`, `height` and `viewBox` (SVG 1.1, 7.2 and 7.7):
/// absolute lengths as given, a missing or percentage side from the viewBox's
/// aspect. Parsed with Foundation's XML parser, so that reading an image's size
/// needs no drawing library (librsvg draws it later, in the renderer).
struct SVGSize {
    /// Nil when the data is not XML with an `svg` root.
    static func read(_ data: Data) throws -> (Double, Double)? {
        let reader = RootReader()
        let parser = XMLParser(data: data)
        parser.delegate = reader
        parser.parse()
        guard let attributes = reader.attributes else { return nil }
        if let error = parser.parserError {
            throw ImageError(description: "the SVG cannot be read: it is not well-formed XML "
                + "(line \(parser.lineNumber): \((error as NSError).code == 5 ? "it ends too early" : "\(error)"))")
        }
        let box = attributes["viewBox"].flatMap(viewBox)
        let width = attributes["width"].flatMap(pixels), height = attributes["height"].flatMap(pixels)
        switch (width, height, box) {
        case let (width?, height?, _):
            return (width, height)
        case let (width?, nil, box?) where box.height > 0:
            return (width, width * box.height / box.width)
        case let (nil, height?, box?) where box.width > 0:
            return (height * box.width / box.height, height)
        case let (nil, nil, box?) where box.width > 0 && box.height > 0:
            return (box.width, box.height)
        default:
            throw ImageError(description: "the SVG has no size: give its root element width and height, or a viewBox")
        }
    }

    /// A length in CSS pixels; nil for a percentage or something unreadable.
    static func pixels(_ text: String) -> Double? {
        let units: [(String, Double)] = [("px", 1), ("pt", 96.0 / 72), ("pc", 16), ("mm", 96 / 25.4), ("cm", 96 / 2.54),
                                         ("in", 96)]
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for (unit, factor) in units where trimmed.hasSuffix(unit) {
            return Double(trimmed.dropLast(unit.count)).map { $0 * factor }.flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
        }
        return Double(trimmed).flatMap { $0 > 0 && $0.isFinite ? $0 : nil }
    }

    /// `min-x min-y width height`, separated by spaces or commas.
    static func viewBox(_ text: String) -> (width: Double, height: Double)? {
        let numbers = text.split { $0 == " " || $0 == "," }.compactMap { Double($0) }
        guard numbers.count == 4, numbers[2].isFinite, numbers[3].isFinite else { return nil }
        return (numbers[2], numbers[3])
    }

    /// Keeps the root element's attributes when it is `svg`.
    private final class RootReader: NSObject, XMLParserDelegate {
        var attributes: [String: String]?
        private var sawRoot = false

        func parser(_ parser: XMLParser, didStartElement name: String, namespaceURI: String?, qualifiedName: String?,
                    attributes: [String: String] = [:]) {
            defer { sawRoot = true }
            guard !sawRoot, name == "svg" || name.hasSuffix(":svg") else { return }
            self.attributes = attributes
        }
    }
}
