import FolioCharts
import FolioCore
import FolioImages
import FolioLayout
import FolioText
import Foundation

/// Binds block specifications to the department's data, producing layout blocks.
struct BlockBinder {
    let store: DataStore
    let styles: StyleSheet
    let log: DiagnosticLog
    let language: String
    /// The words Folio writes itself in the document's language.
    let strings: EngineStrings
    let inline: InlineText

    init(store: DataStore, styles: StyleSheet, log: DiagnosticLog, language: String, strings: EngineStrings,
         numberedHeadingLevels: Int = 0) {
        self.store = store
        self.styles = styles
        self.log = log
        self.language = language
        self.strings = strings
        self.inline = InlineText(styles: styles, anchors: AnchorNumbering(numberedLevels: numberedHeadingLevels),
                                 language: language)
    }

    /// The block for `element`; nil for a contents block, which is made once
    /// the headings are known, and for a block with reported errors.
    func block(_ element: any BlockElement) throws -> (any Block)? {
        try element.bind(self)
    }

    /// Blocks inside another block; breaks and contents have no place there.
    func nested(_ elements: [any BlockElement]) throws -> [any Block] {
        try collectingEvery(elements) { element in
            guard type(of: element).nests else {
                throw DiagnosticError(.error("a \(type(of: element).kind) cannot be inside a box or side-by-side columns",
                                             at: element.origin.location))
            }
            return try block(element)
        }.compactMap { $0 }
    }

    /// A paragraph for a `{text, style}` line of the layout.
    func line(_ line: StyledTemplate) throws -> Paragraph? {
        // The style before the text, so that a wrong style and a wrong field are both reported.
        let style = styles.style(line.style, at: line.template.location, field: line.template.field, log: log)
        let text = try store.interpolate(line.template)
        guard let style else { return nil }
        return inline.paragraph(text, style: style, location: line.template.location)
    }

    /// An image file under the data folder; a missing or unreadable one is an error at `location`.
    func image(_ path: String, at location: SourceLocation, field: String) throws -> ImageFile {
        do {
            var image = try ImageFile.load(store.url(of: path, at: location, field: field), path: store.displayPath(of: path))
            image.citedAt = location
            image.citedField = field
            return image
        } catch let error as ImageError {
            throw DiagnosticError(.error(error.description, at: location, field: field))
        }
    }

}
