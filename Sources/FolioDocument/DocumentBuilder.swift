import FolioCore
import FolioLayout
import FolioText
import Foundation

/// The result of laying out a document: pages to render and the warnings met.
public struct BuiltDocument: Sendable {
    public var displayList: DisplayList
    public var warnings: [Diagnostic]
}

/// Loads a layout, binds it to the data folder and lays it out. Every problem
/// in the layout and the data is collected and thrown together.
public struct DocumentBuilder {
    public let typesetter: Typesetter

    public init(typesetter: Typesetter) {
        self.typesetter = typesetter
    }

    /// - Parameters:
    ///   - layout: the layout file; `layoutPath` is how messages name it.
    ///   - data: the data folder; `dataPath` is how messages name it.
    public func build(layout: URL, layoutPath: String, data: URL, dataPath: String) throws -> BuiltDocument {
        let spec = try LayoutLoader.load(layout, displayPath: layoutPath)
        let log = DiagnosticLog()
        let store = DataStore(directory: data, displayPath: dataPath, language: spec.document.language)
        checkFonts(spec.styles, log: log)
        let binder = BlockBinder(store: store, styles: spec.styles, log: log, language: spec.document.language)
        var blocks: [any Block] = []
        for blockSpec in spec.blocks {
            do {
                if let block = try binder.block(blockSpec) { blocks.append(block) }
            } catch let error as DiagnosticError {
                log.report(error)
            }
        }
        let footer: PageFooter? = collecting(log) { try spec.footer.map { try self.footer($0, binder: binder) } } ?? nil
        let info = collecting(log) { try documentInfo(spec.document, store: store) }
        try log.throwIfErrors()
        guard let info else { throw DiagnosticError(log.diagnostics) }

        let composer = SinglePageComposer(
            pageSize: spec.page.size, margins: spec.page.margins, background: spec.page.background)
        let page = try composer.compose(blocks, footer: footer, typesetter: typesetter) { log.report($0) }
        return BuiltDocument(displayList: DisplayList(info: info, pages: [page]), warnings: log.warnings)
    }

    /// Runs `body`, moving a thrown DiagnosticError into `log`.
    private func collecting<T>(_ log: DiagnosticLog, _ body: () throws -> T) -> T? {
        do {
            return try body()
        } catch let error as DiagnosticError {
            log.report(error)
        } catch {
            log.report(.error("\(error)"))
        }
        return nil
    }

    /// Every style's font family must exist: bundled in Fonts/ or installed;
    /// small capitals need a font that has them.
    private func checkFonts(_ styles: StyleSheet, log: DiagnosticLog) {
        for style in styles.styles.values where style.text.features.contains(FontFeature("smcp")) {
            if let font = typesetter.fonts.font(family: style.text.family, variant: style.text.variant),
               !font.hasFeature("smcp") {
                log.report(.warning("\(font) has no small capitals (OpenType smcp); the text keeps its lower-case letters",
                                    at: style.location, field: "\(style.field).small-caps"))
            }
        }
        let families = styles.styles.values.map { ($0.text.family, $0.location, $0.field) }
            + styles.characterStyles.values.compactMap { style in style.family.map { ($0, style.location, style.field) } }
        for (family, location, field) in families where typesetter.fonts.font(family: family) == nil {
            log.report(.error("no font family \"\(family)\"; bundled: "
                + typesetter.fonts.bundledFamilies.joined(separator: ", ") + " (others are found through Fontconfig)",
                at: location, field: "\(field).font"))
        }
    }

    private func footer(_ spec: FooterSpec, binder: BlockBinder) throws -> PageFooter {
        let left = try spec.left.flatMap { try binder.line(StyledTemplate(template: $0, style: spec.style)) }
        var right = try spec.right.flatMap { try binder.line(StyledTemplate(template: $0, style: spec.style)) }
        right?.style.alignment = .right
        return PageFooter(left: left, right: right, rule: spec.rule, distance: spec.distance, origin: spec.origin)
    }

    private func documentInfo(_ spec: DocumentSpec, store: DataStore) throws -> DocumentInfo {
        DocumentInfo(title: try store.interpolate(spec.title), author: try store.interpolate(spec.author),
                     subject: try spec.subject.map(store.interpolate),
                     keywords: try spec.keywords.map(store.interpolate), language: spec.language)
    }
}
