import FolioCore
import FolioLayout
import Foundation

/// Reads and validates a layout file (see docs/layout-format.md). Every
/// problem is collected; the loader throws them all at once.
enum LayoutLoader {
    static let topKeys = ["document", "page", "colors", "fonts", "styles", "character-styles", "blocks", "footer"]

    static func load(_ url: URL, displayPath: String) throws -> LayoutSpec {
        let root = try YAMLValue.load(url, displayPath: displayPath)
        let log = DiagnosticLog()
        let spec = read(root, log: log)
        try log.throwIfErrors()
        guard let spec else { throw DiagnosticError(root.error("the layout could not be read")) }
        return spec
    }

    private static func read(_ root: YAMLValue, log: DiagnosticLog) -> LayoutSpec? {
        guard let fields = FieldReader(root, allowed: topKeys, log: log) else { return nil }
        let palette = colors(fields["colors"], log: log)
        let document = fields.required("document", expected: "title, author and language").flatMap {
            self.document($0, log: log)
        }
        let page = fields.required("page", expected: "size and margins").flatMap { self.page($0, palette: palette, log: log) }
        let fallback = fields.reader("fonts", allowed: ["fallback"])?["fallback"]?.list(log)?
            .compactMap { $0.string(log) } ?? []
        let styles = StyleSheetLoader.load(styles: fields["styles"], characterStyles: fields["character-styles"],
                                           palette: palette, fallbackFamilies: fallback,
                                           language: document?.language ?? "en", log: log)
        let blockReader = BlockLoader(palette: palette, log: log)
        let blocks = fields.required("blocks", expected: "the list of content blocks")?.list(log)?
            .compactMap { blockReader.block($0) } ?? []
        let footer = fields["footer"].flatMap { blockReader.footer($0) }
        guard let document, let page else { return nil }
        return LayoutSpec(file: root.file, document: document, page: page, styles: styles, blocks: blocks,
                          footer: footer)
    }

    private static func colors(_ value: YAMLValue?, log: DiagnosticLog) -> [String: RGBColor] {
        guard let value, case let .mapping(mapping) = value.node else {
            if let value { log.report(value.error("expected colour names with #rrggbb values, found \(value.written)")) }
            return [:]
        }
        var palette: [String: RGBColor] = [:]
        for (keyNode, node) in mapping {
            let name = keyNode.string ?? ""
            if let color = value.child(node, key: name).color(log, palette: [:]) { palette[name] = color }
        }
        return palette
    }

    private static func document(_ value: YAMLValue, log: DiagnosticLog) -> DocumentSpec? {
        guard let fields = FieldReader(value, allowed: ["title", "author", "subject", "keywords", "language"],
                                       log: log) else { return nil }
        let title = fields.required("title", expected: "the PDF's title").flatMap { template($0, log: log) }
        let author = fields.required("author", expected: "the PDF's author").flatMap { template($0, log: log) }
        let keywords = fields["keywords"]?.list(log)?.compactMap { template($0, log: log) } ?? []
        let language = fields["language"]?.string(log) ?? "en"
        guard let title, let author else { return nil }
        return DocumentSpec(title: title, author: author, subject: fields["subject"].flatMap { template($0, log: log) },
                            keywords: keywords, language: language)
    }

    enum Orientation: String, CaseIterable { case portrait, landscape }

    private static func page(_ value: YAMLValue, palette: [String: RGBColor], log: DiagnosticLog) -> PageSpec? {
        guard let fields = FieldReader(value, allowed: ["size", "orientation", "margins", "background"], log: log) else {
            return nil
        }
        var size = fields.required("size", expected: "A4, A5, A3, Letter, Legal or [width, height]")
            .flatMap { pageSize($0, log: log) }
        if fields["orientation"]?.choice(log, of: Orientation.self) == .landscape, let portrait = size {
            size = Size(width: portrait.height, height: portrait.width)
        }
        let margins = fields.required("margins", expected: "top, bottom, left and right lengths")?.insets(log)
        let background = fields["background"]?.color(log, palette: palette)
        guard let size, let margins else { return nil }
        if margins.left + margins.right >= size.width || margins.top + margins.bottom >= size.height {
            log.report(value.error("the margins leave no room on a \(Int(size.width)) × \(Int(size.height)) pt page"))
        }
        return PageSpec(size: size, margins: margins, background: background)
    }

    private static func pageSize(_ value: YAMLValue, log: DiagnosticLog) -> Size? {
        if case .sequence = value.node {
            guard let parts = value.list(log), parts.count == 2 else {
                log.report(value.error("expected [width, height], e.g. [210mm, 297mm]"))
                return nil
            }
            guard let width = parts[0].length(log), let height = parts[1].length(log) else { return nil }
            return Size(width: width, height: height)
        }
        guard let name = value.string(log) else { return nil }
        if let size = Units.pageSizes[name] { return size }
        log.report(value.error("unknown page size \"\(name)\"; expected "
            + Units.pageSizes.keys.sorted().joined(separator: ", ") + " or [width, height]"))
        return nil
    }

    static func template(_ value: YAMLValue, log: DiagnosticLog) -> Template? {
        value.string(log).map { Template(text: $0, location: value.location, field: value.path) }
    }
}
