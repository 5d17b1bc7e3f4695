import FolioCore
import FolioLayout
import Foundation

/// Reads and validates a layout file (see docs/layout-format.md). Every
/// problem is collected; the loader throws them all at once.
enum LayoutLoader {
    static let topKeys = ["document", "page", "masters", "colors", "fonts", "styles", "character-styles", "blocks",
                          "header", "footer", "merge"]
    /// Keys a master shares with `page`.
    static let masterKeys = ["size", "orientation", "margins", "background", "facing", "columns", "gutter",
                             "column-rule", "panels", "background-image", "header", "footer", "header-even",
                             "footer-even", "baseline-grid"]

    /// - Parameter language: the document language to read the layout for (one
    ///   of its `languages`); nil: its first.
    static func load(_ url: URL, displayPath: String, language: String? = nil) throws -> LayoutSpec {
        let root = try YAMLValue.load(url, displayPath: displayPath)
        let log = DiagnosticLog()
        let chosen = language ?? LayoutLanguages.languages(of: root).first ?? "en"
        let spec = LayoutLanguages.$current.withValue(chosen) {
            read(LayoutLanguages.localizedTree(root, languages: LayoutLanguages.languages(of: root), log: log), log: log)
        }
        try log.throwIfErrors()
        guard var spec else { throw DiagnosticError(root.error("the layout could not be read")) }
        spec.url = url
        return spec
    }

    private static func read(_ root: YAMLValue, log: DiagnosticLog) -> LayoutSpec? {
        guard let fields = FieldReader(root, allowed: topKeys, log: log) else { return nil }
        let palette = colors(fields["colors"], log: log)
        let document = fields.required("document", expected: "title, author and language").flatMap {
            self.document($0, log: log)
        }
        let blockReader = BlockLoader(palette: palette, log: log)
        let header = fields["header"].flatMap { blockReader.runningText($0, kind: "header") }
        let footer = fields["footer"].flatMap { blockReader.runningText($0, kind: "footer") }
        let pageValue = fields.required("page", expected: "size and margins")
        let pageFields = pageValue.flatMap {
            FieldReader($0, allowed: masterKeys.filter { !["header", "footer"].contains($0) }
                + ["first-master", "max-pages"], log: log)
        }
        let defaultMaster = pageFields.flatMap {
            master("default", $0, base: nil, header: header, footer: footer, palette: palette, reader: blockReader,
                   log: log)
        }
        var masters: [String: MasterSpec] = [:]
        if let defaultMaster {
            masters["default"] = defaultMaster
            if let named = fields["masters"], case let .mapping(mapping) = named.node {
                for (keyNode, node) in mapping {
                    let name = keyNode.string ?? ""
                    if let reader = FieldReader(named.child(node, key: name), allowed: masterKeys, log: log),
                       let spec = master(name, reader, base: defaultMaster, header: header, footer: footer,
                                         palette: palette, reader: blockReader, log: log) {
                        masters[name] = spec
                    }
                }
            } else if let named = fields["masters"] {
                log.report(named.error("expected master pages by name, e.g. \"cover: {background: brand}\""))
            }
        }
        let firstMaster = pageFields?["first-master"]
        if let firstMaster, let name = firstMaster.string(log), masters[name] == nil, defaultMaster != nil {
            log.report(firstMaster.error("no master page named \"\(name)\"; defined: "
                + masters.keys.sorted().joined(separator: ", ")))
        }
        let page = PageSpec(firstMaster: firstMaster?.string(log) ?? "default",
                            maxPages: pageFields?["max-pages"]?.count(log, in: 1...InputLimits.pagesPerDocument))
        let fallback = fields.reader("fonts", allowed: ["fallback"])?["fallback"]?.list(log)?
            .compactMap { $0.string(log) } ?? []
        let language = document?.language ?? "en"
        let (paragraphStyles, fallbacks) = StyleLanguages.prepare(fields["styles"], language: language, log: log)
        let characterStyles = StyleLanguages.prepare(fields["character-styles"], language: language, log: log).styles
        var styles = StyleSheetLoader.load(styles: paragraphStyles, characterStyles: characterStyles,
                                           palette: palette, fallbackFamilies: fallback, language: language, log: log)
        StyleLanguages.applyFallbacks(fallbacks, to: &styles)
        let blocks = fields.required("blocks", expected: "the list of content blocks")?.list(log)?
            .compactMap { blockReader.block($0) } ?? []
        for case let pageBreak as PageBreakElement in blocks + blocks.flatMap(GroupElement.members) {
            guard let name = pageBreak.master, masters[name] == nil, defaultMaster != nil else { continue }
            log.report(.error("no master page named \"\(name)\"; defined: " + masters.keys.sorted().joined(separator: ", "),
                              at: pageBreak.origin.location, field: "page-break.master"))
        }
        let merge = fields["merge"].flatMap { self.merge($0, log: log) }
        guard let document, defaultMaster != nil else { return nil }
        return LayoutSpec(file: root.file, document: document, page: page, masters: masters, styles: styles,
                          blocks: blocks, merge: merge)
    }

    /// `merge: {name: attendee, sample: {id: "0001", first_name: …}}`: what a
    /// mail merge's records are called in the data, and the record used when
    /// the layout is built on its own.
    private static func merge(_ value: YAMLValue, log: DiagnosticLog) -> MergeSpec? {
        guard let fields = FieldReader(value, allowed: ["name", "sample"], log: log),
              let name = fields.required("name", expected: "what records are called in data fields, e.g. attendee")?
                .string(log),
              let sample = fields.required("sample", expected: "a record's fields with sample values")
        else { return nil }
        guard case let .mapping(mapping) = sample.node, !mapping.isEmpty else {
            log.report(sample.error("expected the fields of a sample record, e.g. {id: \"0001\", last_name: Doe}"))
            return nil
        }
        let pairs = mapping.compactMap { key, node in
            key.string.flatMap { name in sample.child(node, key: name).string(log).map { (name, $0) } }
        }
        return MergeSpec(name: name, sample: pairs, location: value.location)
    }

    /// A master page: `base`'s settings (the page's, for named masters) with
    /// the fields given; `header: none` or `footer: none` drops the running text.
    private static func master(_ name: String, _ fields: FieldReader, base: MasterSpec?, header: RunningTextSpec?,
                               footer: RunningTextSpec?, palette: [String: RGBColor], reader: BlockLoader,
                               log: DiagnosticLog) -> MasterSpec? {
        var size = fields["size"].flatMap { pageSize($0, log: log) } ?? base?.size
        if fields["size"] == nil, base == nil {
            log.report(.error("missing field \"size\" (A4, A5, A3, Letter, Legal or [width, height])",
                              at: fields.value.location, field: "page.size"))
        }
        if fields["orientation"]?.choice(log, of: Orientation.self) == .landscape, let portrait = size {
            size = Size(width: max(portrait.width, portrait.height), height: min(portrait.width, portrait.height))
        }
        let margins = fields["margins"].flatMap { self.margins($0, log: log) } ?? base?.margins
        if fields["margins"] == nil, base == nil {
            log.report(.error("missing field \"margins\" (top, bottom, left and right lengths)",
                              at: fields.value.location, field: "page.margins"))
        }
        guard let size, let margins else { return nil }
        if margins.left + margins.right >= size.width || margins.top + margins.bottom >= size.height {
            log.report(fields.value.error("the margins leave no room on a \(Int(saturating: size.width)) × \(Int(saturating: size.height)) pt page"))
        }
        // Tri-fold panels: the margins are each panel's.
        let side = fields["panels"]?.choice(log, of: TriFold.Side.self)
        let panels = side.map { TriFold.frames(side: $0, size: size, margins: margins) }
        func running(_ key: String, _ inherited: RunningTextSpec?) -> RunningTextSpec? {
            guard let value = fields[key] else { return inherited }
            if case let .scalar(scalar) = value.node, scalar.string == "none" { return nil }
            return reader.runningText(value, kind: key)
        }
        var spec = MasterSpec(
            name: name, size: size, margins: margins,
            facing: fields["facing"]?.bool(log) ?? base?.facing ?? false,
            columns: fields["columns"]?.count(log, in: 1...12) ?? base?.columns ?? 1,
            gutter: fields["gutter"]?.length(log) ?? base?.gutter ?? 12,
            columnRule: fields["column-rule"]?.color(log, palette: palette).map { Stroke(color: $0, width: 0.5) }
                ?? base?.columnRule,
            background: fields["background"]?.color(log, palette: palette) ?? base?.background,
            header: running("header", base?.header ?? header), footer: running("footer", base?.footer ?? footer),
            evenHeader: running("header-even", base?.evenHeader), evenFooter: running("footer-even", base?.evenFooter),
            backgroundImage: fields["background-image"].flatMap { value in
                value.string(log).map { (path: $0, location: value.location) }
            } ?? base?.backgroundImage,
            frames: panels ?? base?.frames, location: fields.value.location)
        spec.folds = side.map { TriFold.folds(side: $0, width: size.width) } ?? base?.folds ?? []
        // `baseline-grid: none` turns off a grid the master inherits.
        spec.baselineGrid = fields["baseline-grid"].map { value -> Double? in
            if case let .scalar(scalar) = value.node, scalar.string == "none" { return nil }
            return value.length(log, in: 1...200)
        } ?? base?.baselineGrid
        return spec
    }

    /// Margins: one length, or sides; `inside` and `outside` name the left and
    /// right margins of a right-hand page in a facing design.
    private static func margins(_ value: YAMLValue, log: DiagnosticLog) -> EdgeInsets? {
        if case .scalar = value.node { return value.length(log).map { EdgeInsets(all: $0) } }
        let sides = ["top", "bottom", "left", "right", "inside", "outside"]
        guard let fields = FieldReader(value, allowed: sides, log: log) else { return nil }
        func side(_ key: String, _ alias: String? = nil) -> Double {
            if let alias, fields[key] != nil, let aliased = fields[alias] {
                log.report(aliased.error("give either \"\(key)\" or \"\(alias)\", not both"))
            }
            return (fields[key] ?? alias.flatMap { fields[$0] }).flatMap { $0.length(log) } ?? 0
        }
        return EdgeInsets(top: side("top"), left: side("left", "inside"), bottom: side("bottom"),
                          right: side("right", "outside"))
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
        let keys = ["title", "author", "subject", "keywords", "language", "languages", "number-headings", "audience"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let title = fields.required("title", expected: "the PDF's title").flatMap { template($0, log: log) }
        let author = fields.required("author", expected: "the PDF's author").flatMap { template($0, log: log) }
        // A list of keywords, or one data field holding the list: `keywords: "{{department.keywords}}"`.
        let keywordsValue = fields["keywords"]
        let keywords = keywordsValue.flatMap { value -> [Template]? in
            if case .scalar = value.node { return template(value, log: log).map { [$0] } }
            return value.list(log)?.compactMap { template($0, log: log) }
        } ?? []
        var audience = Audience.general
        if let value = fields["audience"], let name = value.string(log) {
            if let known = Audience(rawValue: name) {
                audience = known
            } else {
                log.report(value.error("unknown audience \"\(name)\"; expected "
                    + Audience.allCases.map(\.rawValue).joined(separator: " or ")))
            }
        }
        let languages = LayoutLanguages.read(fields, log: log)
        if let languages, !languages.contains(LayoutLanguages.current) {
            log.report(value.error("the layout is made in \(languages.joined(separator: ", ")), not in \(LayoutLanguages.current)"))
            return nil
        }
        guard let title, let author, let languages else { return nil }
        return DocumentSpec(title: title, author: author, subject: fields["subject"].flatMap { template($0, log: log) },
                            keywords: keywords, language: LayoutLanguages.current, languages: languages,
                            numberedHeadingLevels: fields["number-headings"]?.count(log, in: 0...6) ?? 0,
                            audience: audience)
    }

    enum Orientation: String, CaseIterable { case portrait, landscape }

    private static func pageSize(_ value: YAMLValue, log: DiagnosticLog) -> Size? {
        if case .sequence = value.node {
            guard let parts = value.list(log), parts.count == 2 else {
                log.report(value.error("expected [width, height], e.g. [210mm, 297mm]"))
                return nil
            }
            guard let width = parts[0].length(log, in: Limits.pageSide, unit: "mm"),
                  let height = parts[1].length(log, in: Limits.pageSide, unit: "mm") else { return nil }
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
