import Foundation

/// A PDF as qpdf reads it (`qpdf --json=2`, streams decoded inline), for tests
/// that check a PDF with a real reader rather than with the writer's own data.
/// Immutable once read, so tests running in parallel may share one.
public struct PDFReader: @unchecked Sendable {
    public let path: String
    /// Every object by reference ("12 0 R"): its value, or `["stream": [dict, data]]`.
    private let objects: [String: Any]
    public let trailer: [String: Any]
    /// The pages' references, in order.
    public let pages: [String]

    public init(_ url: URL) throws {
        path = url.path
        let result = try run("qpdf", ["--json=2", "--json-stream-data=inline", "--decode-level=generalized", url.path])
        guard result.status == 0 || result.status == 3 else { throw ReaderError("qpdf cannot read \(url.path): \(result.stderr)") }
        guard let json = try JSONSerialization.jsonObject(with: Data(result.stdout.utf8)) as? [String: Any],
              let qpdf = json["qpdf"] as? [Any], qpdf.count > 1, let objects = qpdf[1] as? [String: Any],
              let pages = json["pages"] as? [[String: Any]] else {
            throw ReaderError("qpdf --json gave no objects for \(url.path)")
        }
        var byReference: [String: Any] = [:]
        for (key, value) in objects where key.hasPrefix("obj:") { byReference[String(key.dropFirst(4))] = value }
        self.objects = byReference
        trailer = ((objects["trailer"] as? [String: Any])?["value"] as? [String: Any]) ?? [:]
        self.pages = pages.compactMap { $0["object"] as? String }
    }

    /// Follows an indirect reference; any other value is itself. A stream resolves to its dictionary.
    public func resolve(_ value: Any?) -> Any? {
        guard let reference = value as? String, reference.hasSuffix(" R"), let object = objects[reference] as? [String: Any] else {
            return value
        }
        if let stream = object["stream"] as? [String: Any] { return stream["dict"] }
        return object["value"]
    }

    public func dictionary(_ value: Any?) -> [String: Any]? { resolve(value) as? [String: Any] }

    /// An array's items (references kept); a single object counts as an array
    /// of one (as /K, /Contents and /A allow).
    public func array(_ value: Any?) -> [Any] {
        guard let value else { return [] }
        return resolve(value) as? [Any] ?? [value]
    }

    /// A stream's decoded data, given its reference.
    public func streamData(_ reference: Any?) -> Data? {
        guard let reference = reference as? String, let object = objects[reference] as? [String: Any],
              let stream = object["stream"] as? [String: Any], let data = stream["data"] as? String else { return nil }
        return Data(base64Encoded: data)
    }

    public var catalog: [String: Any] { dictionary(trailer["/Root"]) ?? [:] }
    public var info: [String: Any] { dictionary(trailer["/Info"]) ?? [:] }

    /// A string's text: qpdf writes "u:text" for text strings and "b:hex" for others.
    public func text(_ value: Any?) -> String? {
        guard let string = resolve(value) as? String else { return nil }
        if string.hasPrefix("u:") { return String(string.dropFirst(2)) }
        guard string.hasPrefix("b:") else { return nil }
        var bytes: [UInt8] = []
        var hex = Substring(string.dropFirst(2))
        while hex.count >= 2, let byte = UInt8(hex.prefix(2), radix: 16) { bytes.append(byte); hex = hex.dropFirst(2) }
        if bytes.starts(with: [0xFE, 0xFF]) { return String(bytes: bytes.dropFirst(2), encoding: .utf16BigEndian) }
        return String(bytes: bytes, encoding: .isoLatin1)
    }

    /// Every object's reference and value (a stream's dictionary for a stream).
    public var allObjects: [(reference: String, value: Any)] {
        objects.keys.sorted().compactMap { reference in resolve(reference).map { (reference, $0) } }
    }

    /// The structure elements in document order, each with its reference (or
    /// "a direct element") and its parent element.
    public var structureElements: [(reference: String, element: [String: Any], parent: [String: Any]?)] {
        var elements: [(String, [String: Any], [String: Any]?)] = []
        func walk(_ node: [String: Any], parent: [String: Any]?) {
            for kid in array(node["/K"]) {
                guard let element = dictionary(kid), element["/S"] != nil else { continue }
                elements.append(((kid as? String) ?? "a direct element", element, parent))
                walk(element, parent: element)
            }
        }
        if let root = dictionary(catalog["/StructTreeRoot"]) { walk(root, parent: nil) }
        return elements
    }

    /// A structure element's standard type, through the role map (ISO 32000-1 14.8.4).
    public func standardRole(of element: [String: Any]) -> String? {
        let roleMap = dictionary(dictionary(catalog["/StructTreeRoot"])?["/RoleMap"]) ?? [:]
        var role = element["/S"] as? String
        var seen: Set<String> = []
        while let current = role, let mapped = roleMap[current] as? String, seen.insert(current).inserted { role = mapped }
        return role.map { String($0.dropFirst()) }
    }

    /// A page's content: its content streams decoded and joined.
    public func content(ofPage index: Int) -> Data {
        let page = dictionary(pages[index]) ?? [:]
        return array(page["/Contents"]).reduce(into: Data()) { data, stream in
            if let bytes = streamData(stream) { data += bytes + Data([10]) }
        }
    }
}

public struct ReaderError: Error, CustomStringConvertible, Sendable {
    public let description: String
    public init(_ description: String) { self.description = description }
}
