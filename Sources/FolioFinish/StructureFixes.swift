/// What cairo 1.16 cannot write on the structure tree and its annotations:
/// /Alt on figures, /Scope on table headers, /Contents on links, /Tabs /S.
struct StructureFixes {
    var notes: [StructureElementNote]

    /// The elements of the structure tree in document order (a pre-order walk),
    /// each with its structure type and its parent element.
    static func elements(of file: QPDFFile) -> [(element: PDFObject, role: String, parent: PDFObject?)] {
        var elements: [(PDFObject, String, PDFObject?)] = []
        func walk(_ node: PDFObject, parent: PDFObject?) {
            for kid in node["K"]?.items ?? [] {
                // Marked-content ids and references stay behind; qpdf need not keep their handles.
                guard kid.isDictionary, let role = kid["S"]?.name else { kid.release(); continue }
                elements.append((kid, role, parent))
                walk(kid, parent: kid)
            }
        }
        if let root = file.root["StructTreeRoot"] { walk(root, parent: nil) }
        return elements
    }

    func apply(to file: QPDFFile) throws {
        let elements = Self.elements(of: file)
        guard elements.count == notes.count else {
            throw FinishError("the structure tree of \(file.description) has \(elements.count) elements, "
                + "but the renderer opened \(notes.count)")
        }
        for ((element, role, parent), note) in zip(elements, notes) {
            guard role == note.role else {
                throw FinishError("structure element \(element.reference) is a \(role), the renderer opened a \(note.role)")
            }
            switch role {
            case "Figure":
                if let text = note.alternativeText, !element.has("Alt") { element.set("Alt", file.string(text)) }
            case "Link":
                for annotation in Self.annotations(of: element) where !annotation.has("Contents") {
                    annotation.set("Contents", file.string(note.alternativeText ?? Self.target(of: annotation)))
                }
            case "TH":
                addScope(to: element, in: parent, file: file)
            default:
                break
            }
        }
        for page in file.pages where !(page["Annots"]?.items.isEmpty ?? true) {
            page.set("Tabs", file.parse("/S"))
            // A link no structure element claims still needs its description (Matterhorn 28-004).
            for annotation in page["Annots"]!.items where annotation["Subtype"]?.name == "Link" && !annotation.has("Contents") {
                annotation.set("Contents", file.string(Self.target(of: annotation)))
            }
        }
    }

    /// The annotations an element refers to through object references (/OBJR).
    private static func annotations(of element: PDFObject) -> [PDFObject] {
        (element["K"]?.items ?? []).compactMap { kid in
            kid.isDictionary && kid["Type"]?.name == "OBJR" ? kid["Obj"] : nil
        }
    }

    /// A link's URI or destination name, for a link with no text of its own.
    private static func target(of annotation: PDFObject) -> String {
        if let uri = annotation["A"]?["URI"]?.text { return uri }
        if let destination = annotation["Dest"]?.text ?? annotation["Dest"]?.name { return "Go to \(destination)" }
        return "Link"
    }

    /// /Scope on a table header cell (ISO 32000-1 14.8.5.7, table 349):
    /// a header in a row of headers labels its column; one in a row of data, its row.
    private func addScope(to header: PDFObject, in row: PDFObject?, file: QPDFFile) {
        let existing = header["A"]?.items ?? []
        guard !existing.contains(where: { $0.has("Scope") }) else { return }
        let cells = (row?["K"]?.items ?? []).compactMap { $0.isDictionary ? $0["S"]?.name : nil }
        let scope = cells.allSatisfy { $0 == "TH" } ? "Column" : "Row"
        let attribute = file.parse("<< /O /Table /Scope /\(scope) >>")
        guard let current = header["A"] else { return header.set("A", attribute) }
        if current.isArray { return current.append(attribute) }
        let attributes = file.parse("[]")
        attributes.append(current)
        attributes.append(attribute)
        header.set("A", attributes)
    }
}
