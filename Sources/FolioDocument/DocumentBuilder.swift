import FolioCore
import FolioLayout
import FolioText
import Foundation

/// The result of laying out a document: pages to render and the warnings met.
public struct BuiltDocument: Sendable {
    public var displayList: DisplayList
    public var warnings: [Diagnostic]
}

/// A layout read and checked, ready to build (once, or per mail-merge record).
public struct LoadedLayout: @unchecked Sendable {
    let spec: LayoutSpec

    /// The fields a mail-merge record must have (those of the layout's sample
    /// record), or nil when the layout is not made for merging.
    public var mergeFields: [String]? { spec.merge?.sample.map(\.0) }
}

/// One record of a mail merge (a CSV row): its fields, and where it comes from for messages.
public struct MergeRecord: Sendable {
    public var fields: [(String, String)]
    public var file: String
    public var line: Int

    public init(fields: [(String, String)], file: String, line: Int) {
        self.fields = fields
        self.file = file
        self.line = line
    }
}

/// Loads a layout, binds it to the data folder and lays it out. Every problem
/// in the layout and the data is collected and thrown together.
public struct DocumentBuilder {
    public let typesetter: Typesetter

    public init(typesetter: Typesetter) {
        self.typesetter = typesetter
    }

    /// Documents up to this many pages are held whole by `write` (one pass);
    /// longer ones are laid out twice and streamed.
    static let pagesKeptWhole = 48

    /// Reads and checks a layout file once, to build it many times (mail merge).
    public func load(layout: URL, layoutPath: String) throws -> LoadedLayout {
        LoadedLayout(spec: try LayoutLoader.load(layout, displayPath: layoutPath))
    }

    /// - Parameters:
    ///   - layout: the layout file; `layoutPath` is how messages name it.
    ///   - data: the data folder; `dataPath` is how messages name it.
    ///   - forPrint: images need 300 pixels per inch where they are placed (150 for screens).
    public func build(layout: URL, layoutPath: String, data: URL, dataPath: String,
                      forPrint: Bool = false) throws -> BuiltDocument {
        try build(load(layout: layout, layoutPath: layoutPath), data: data, dataPath: dataPath, forPrint: forPrint)
    }

    /// Builds a loaded layout, keeping every page; `record` fills the layout's
    /// merge fields (its sample record when nil).
    /// - Parameter files: the data files read so far, shared by builds of one data folder.
    public func build(_ layout: LoadedLayout, data: URL, dataPath: String, forPrint: Bool = false,
                      record: MergeRecord? = nil, files: DataFiles = DataFiles()) throws -> BuiltDocument {
        let document = try bind(layout, data: data, dataPath: dataPath, forPrint: forPrint, record: record,
                                files: files)
        // Contents need the headings' pages, which depend on the contents' own
        // length: lay out again until the page numbers settle (TeX needs a second run).
        var pages: [String: Int] = [:]
        var paginated: PaginatedDocument
        var passes = 0
        repeat {
            paginated = try document.paginate(pages: pages, delivery: .keep)
            let settled = paginated.headingPages
            passes += 1
            if settled == pages || !document.hasContents || passes == 4 { break }
            pages = settled
        } while true
        return BuiltDocument(displayList: DisplayList(info: document.info, pages: paginated.pages,
                                                      outline: document.outline(paginated.headings)),
                             warnings: document.log.warnings)
    }

    /// Builds a loaded layout into `sink` page by page, holding no more than a
    /// page: a first pass counts the pages (and shows them to the sink), then
    /// each page is written as it is laid out. Returns the warnings met.
    public func write(_ layout: LoadedLayout, data: URL, dataPath: String, to sink: PageSink, forPrint: Bool = false,
                      files: DataFiles = DataFiles()) throws -> [Diagnostic] {
        let document = try bind(layout, data: data, dataPath: dataPath, forPrint: forPrint, record: nil, files: files)
        var counted = try document.paginate(pages: [:], delivery: .count(keepUpTo: Self.pagesKeptWhole,
                                                                         sink.preview))
        // A short document comes back whole: the sink sees it here; one without contents is complete.
        counted.pages.forEach(sink.preview)
        if !document.hasContents, counted.pages.count == counted.pageCount {
            try sink.begin(document.info, pageCount: counted.pageCount)
            for (index, page) in counted.pages.enumerated() { try sink.write(page, number: index + 1) }
            try sink.finish(outline: document.outline(counted.headings))
            return document.log.warnings
        }
        var pages = counted.headingPages
        for _ in 0..<4 {
            try sink.begin(document.info, pageCount: counted.pageCount)
            let written = try document.paginate(pages: pages, delivery: .stream(total: counted.pageCount) {
                try sink.write($0, number: $1)
            })
            // Done when the contents showed the pages the headings landed on, and the
            // footers the right page count; else the pages moved: write them again.
            if written.pageCount == counted.pageCount, written.headingPages == pages || !document.hasContents {
                try sink.finish(outline: document.outline(written.headings))
                return document.log.warnings
            }
            counted = written
            pages = written.headingPages
        }
        throw DiagnosticError(.error("the contents' page numbers do not settle: each layout moves the headings again",
                                     at: SourceLocation(file: layout.spec.file)))
    }

    /// The layout bound to the data: the story, its master pages and the PDF's metadata.
    private func bind(_ layout: LoadedLayout, data: URL, dataPath: String, forPrint: Bool, record: MergeRecord?,
                      files: DataFiles) throws -> BoundDocument {
        let spec = layout.spec
        let log = DiagnosticLog()
        let store = DataStore(directory: data, displayPath: dataPath, language: spec.document.language, cache: files)
        store.log = log
        if let merge = spec.merge {
            store.add(record ?? MergeRecord(fields: merge.sample, file: merge.location.file,
                                            line: merge.location.line ?? 1), as: merge.name)
        }
        checkFonts(spec.styles, log: log)
        let binder = BlockBinder(store: store, styles: spec.styles, log: log, language: spec.document.language,
                                 minimumImageResolution: forPrint ? 300 : 150,
                                 numberedHeadingLevels: spec.document.numberedHeadingLevels)
        // Each entry: a bound block, or a contents block to make once the headings are known.
        var story: [StoryEntry] = []
        for blockSpec in spec.blocks {
            if case let .contents(contents) = blockSpec {
                if let title = collecting(log, { try binder.contentsTitle(contents) }) {
                    story.append(.contents(contents, title: title))
                }
                continue
            }
            if let block = collecting(log, { try binder.block(blockSpec) }) ?? nil { story.append(.block(block)) }
        }
        let masters = collecting(log) { try spec.masters.mapValues { try master($0, binder: binder) } } ?? [:]
        let info = collecting(log) { try documentInfo(spec.document, store: store) }
        try log.throwIfErrors()
        guard let info else { throw DiagnosticError(log.diagnostics) }
        let paginator = Paginator(masters: masters, firstMaster: spec.page.firstMaster, nextMaster: "default",
                                  maxPages: spec.page.maxPages)
        return BoundDocument(story: story, binder: binder, paginator: paginator, info: info, log: log,
                             typesetter: typesetter)
    }

    /// A layout bound to its data, ready to paginate.
    private struct BoundDocument {
        let story: [StoryEntry]
        let binder: BlockBinder
        let paginator: Paginator
        let info: DocumentInfo
        let log: DiagnosticLog
        let typesetter: Typesetter

        var hasContents: Bool { story.contains(where: \.isContents) }

        /// Lays the story out, its contents showing `pages` (heading destination → page).
        func paginate(pages: [String: Int], delivery: PageDelivery) throws -> PaginatedDocument {
            let headings = story.flatMap(\.headings)
            let blocks = try story.compactMap { entry -> (any Block)? in
                switch entry {
                case let .block(block): block
                case let .contents(contents, title):
                    try binder.contents(contents, title: title, headings: headings, pages: pages)
                }
            }
            do {
                return try paginator.paginate(blocks, typesetter: typesetter, delivery: delivery) { log.report($0) }
            } catch let error as DiagnosticError {
                // The warnings met so far often explain the error (a panel that ran over).
                throw DiagnosticError(log.warnings + error.diagnostics)
            }
        }

        /// Bookmarks: headings kept out of the contents (a cover's title) stay out of them too.
        func outline(_ headings: [PlacedHeading]) -> [OutlineEntry] {
            headings.filter(\.anchor.inContents).map {
                OutlineEntry(title: $0.anchor.title, level: $0.anchor.level, destination: $0.anchor.destination)
            }
        }
    }

    /// A story entry before pagination.
    fileprivate enum StoryEntry {
        case block(any Block)
        case contents(ContentsSpec, title: Paragraph?)

        var isContents: Bool { if case .contents = self { true } else { false } }

        /// Anchors of the headings in a bound text block.
        var headings: [HeadingAnchor] {
            guard case let .block(block) = self, let text = block as? TextBlock else { return [] }
            return text.paragraphs.compactMap(\.anchor)
        }
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

    /// A master page with its running text bound to the data (page fields stay for the paginator).
    private func master(_ spec: MasterSpec, binder: BlockBinder) throws -> MasterPage {
        var master = MasterPage(
            name: spec.name, size: spec.size, margins: spec.margins, facing: spec.facing, columns: spec.columns,
            gutter: spec.gutter, columnRule: spec.columnRule, background: spec.background,
            header: try spec.header.map { try runningText($0, position: .header, binder: binder) },
            footer: try spec.footer.map { try runningText($0, position: .footer, binder: binder) },
            frames: spec.frames)
        master.evenHeader = try spec.evenHeader.map { try runningText($0, position: .header, binder: binder) }
        master.evenFooter = try spec.evenFooter.map { try runningText($0, position: .footer, binder: binder) }
        if let image = spec.backgroundImage {
            master.backgroundImage = try binder.image(image.path, at: image.location, field: "masters.background-image")
        }
        return master
    }

    private func runningText(_ spec: RunningTextSpec, position: RunningText.Position,
                             binder: BlockBinder) throws -> RunningText {
        func part(_ template: Template?) throws -> Paragraph? {
            try template.flatMap { try binder.line(StyledTemplate(template: $0, style: spec.style)) }
        }
        return RunningText(position: position, left: try part(spec.left), center: try part(spec.center),
                           right: try part(spec.right), rule: spec.rule, distance: spec.distance, origin: spec.origin)
    }

    private func documentInfo(_ spec: DocumentSpec, store: DataStore) throws -> DocumentInfo {
        DocumentInfo(title: try store.interpolate(spec.title), author: try store.interpolate(spec.author),
                     subject: try spec.subject.map(store.interpolate),
                     keywords: try spec.keywords.map(store.interpolate), language: spec.language)
    }
}

extension PaginatedDocument {
    /// The page of each heading, by destination.
    var headingPages: [String: Int] {
        Dictionary(headings.map { ($0.anchor.destination, $0.page) }) { first, _ in first }
    }
}
