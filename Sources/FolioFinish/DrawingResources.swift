/// What a document draws with, found through its resources rather than by
/// reading every object: each page's resource dictionary and those of the form
/// XObjects and tiling patterns it uses (nested).
struct DrawingResources {
    /// The resource dictionaries, each once.
    private(set) var resources: [PDFObject] = []
    private var seen: Set<Int32> = []

    init(_ file: QPDFFile) {
        for page in file.pages { visit(page) }
    }

    /// Notes an indirect object; false if it was seen before. Direct objects are always new.
    private mutating func isNew(_ object: PDFObject) -> Bool {
        !object.isIndirect || seen.insert(object.objectID).inserted
    }

    /// `drawer` is a page dictionary or the dictionary of a form or pattern stream.
    private mutating func visit(_ drawer: PDFObject) {
        guard let resources = drawer["Resources"], resources.isDictionary, isNew(resources) else { return }
        self.resources.append(resources)
        for object in (resources["XObject"]?.values ?? []) + (resources["Pattern"]?.values ?? []) where object.isStream && isNew(object) {
            let dictionary = object.streamDictionary
            // Forms and tiling patterns have content of their own; images and shadings do not.
            if dictionary["Subtype"]?.name == "Form" || dictionary["PatternType"]?.number == 1 { visit(dictionary) }
        }
    }
}
