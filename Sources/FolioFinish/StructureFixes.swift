/// What cairo 1.16 cannot write on the structure tree and its annotations:
/// /Alt on figures, /Scope on table headers, /Lang on elements in another
/// language than their parent, /Contents on links, /Tabs /S.
struct StructureFixes {
    var notes: [StructureElementNote]

    func apply(to file: QPDFFile, index: StructureIndex) throws {
        guard index.elements.count == notes.count else {
            throw FinishError("the structure tree of \(file.description) has \(index.elements.count) elements, "
                + "but the renderer opened \(notes.count)")
        }
        for ((number, role), note) in zip(index.elements, notes) {
            guard role == note.role else {
                throw FinishError("structure element \(number) 0 R of \(file.description) is a \(role), the renderer opened a \(note.role)")
            }
            // Only elements that get something are parsed (see StructureIndex).
            guard role == "Figure" || role == "Link" || role == "TH" || note.language != nil else { continue }
            let element = file.object(number: number)
            // ISO 32000-1 14.9.2.2: a structure element's /Lang overrides the document's.
            if let language = note.language { element.set("Lang", file.string(language)) }
            switch role {
            case "Figure":
                if let text = note.alternativeText, !element.has("Alt") { element.set("Alt", file.string(text)) }
            case "Link":
                for annotation in Self.annotations(of: element) where !annotation.has("Contents") {
                    annotation.set("Contents", file.string(note.alternativeText ?? Self.target(of: annotation)))
                }
            case "TH":
                addScope(note.scope, to: element, file: file)
            default:
                break
            }
            file.releaseHandles()
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

    /// /Scope on a table header cell (ISO 32000-1 14.8.5.7, table 349): the
    /// renderer's, or else a header in a row of headers labels its column and
    /// one in a row of data its row.
    private func addScope(_ scope: String?, to header: PDFObject, file: QPDFFile) {
        let existing = header["A"]?.items ?? []
        guard !existing.contains(where: { $0.has("Scope") }) else { return }
        let scope = scope ?? {
            let cells = (header["P"]?["K"]?.items ?? []).compactMap { $0.isDictionary ? $0["S"]?.name : nil }
            return cells.allSatisfy { $0 == "TH" } ? "Column" : "Row"
        }()
        let attribute = file.parse("<< /O /Table /Scope /\(scope) >>")
        guard let current = header["A"] else { return header.set("A", attribute) }
        if current.isArray { return current.append(attribute) }
        let attributes = file.parse("[]")
        attributes.append(current)
        attributes.append(attribute)
        header.set("A", attributes)
    }
}
