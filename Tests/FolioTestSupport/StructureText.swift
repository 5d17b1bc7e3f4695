import Foundation

extension PDFReader {
    /// The structure elements in document order, each with its text as poppler
    /// reads it (`pdfinfo -struct-text`: the text of the marked content an
    /// element holds directly) beside the element as qpdf reads it. Two real
    /// readers, so a test can ask "the element that reads 天津… has /Lang zh".
    public func elementsWithText() throws -> [(element: [String: Any], role: String, text: String)] {
        let result = try run("pdfinfo", ["-struct-text", path])
        guard result.status == 0 else { throw ReaderError("pdfinfo -struct-text \(path) failed: \(result.stderr)") }
        var read: [(role: String, text: String)] = []
        for line in result.stdout.split(separator: "\n") {
            let trimmed = line.trimmingCharacters(in: .whitespaces)
            if trimmed.hasPrefix("\"") {
                // Text of the element above; poppler quotes it.
                guard !read.isEmpty else { continue }
                read[read.count - 1].text += String(trimmed.dropFirst().dropLast())
            } else if !trimmed.hasPrefix("Object "), !trimmed.hasPrefix("/"),
                      let role = trimmed.split(separator: " ").first?.split(separator: ":").first {
                // "Object 12 0" is an annotation the element refers to, "/Scope /Column"
                // an attribute of the element above ("TH:"); neither is an element.
                read.append((String(role), ""))
            }
        }
        let elements = structureElements
        guard read.count == elements.count else {
            throw ReaderError("pdfinfo finds \(read.count) structure elements in \(path), qpdf \(elements.count)")
        }
        return try zip(elements, read).map { element, poppler in
            let role = (element.element["/S"] as? String ?? "").dropFirst()
            guard role == poppler.role else {
                throw ReaderError("element \(element.reference) is a \(role) to qpdf, a \(poppler.role) to poppler")
            }
            return (element.element, poppler.role, poppler.text)
        }
    }
}
