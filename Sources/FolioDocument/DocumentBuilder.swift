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
    /// The language this reading of the layout is for.
    public var language: String { spec.document.language }
    /// Every language the layout is made in, the main one first.
    public var languages: [String] { spec.document.languages }
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
    /// The words Folio writes itself, per language (`Languages/<code>/engine.yaml`).
    public let strings: EngineStringsLibrary

    public init(typesetter: Typesetter, strings: EngineStringsLibrary = EngineStringsLibrary()) {
        self.typesetter = typesetter
        self.strings = strings
    }

    /// Reads and checks a layout file once, to build it many times (mail merge).
    /// - Parameter language: one of the layout's `languages` (nil: the first).
    public func load(layout: URL, layoutPath: String, language: String? = nil) throws -> LoadedLayout {
        LoadedLayout(spec: try LayoutLoader.load(layout, displayPath: layoutPath, language: language))
    }

    /// The layout read once for each of its languages, the main one first.
    /// - Parameter only: the languages wanted (all when empty); one the layout
    ///   does not offer is an error naming those it does.
    public func loadEveryLanguage(layout: URL, layoutPath: String, only: [String] = []) throws -> [LoadedLayout] {
        let main = try load(layout: layout, layoutPath: layoutPath)
        if let missing = only.first(where: { !main.languages.contains($0) }) {
            throw DiagnosticError(.error("the layout has no language \"\(missing)\"; it has "
                + main.languages.joined(separator: ", "), at: SourceLocation(file: layoutPath), field: "document.languages"))
        }
        let wanted = main.languages.filter { only.isEmpty || only.contains($0) }
        return try wanted.map { language in
            language == main.languages.first ? main : try load(layout: layout, layoutPath: layoutPath, language: language)
        }
    }

    /// A layout session for a loaded layout bound to the data, ready to lay
    /// the document out into a page sink. Problems of the layout and the data
    /// are thrown here, all together; those of the layout passes by `run`.
    /// - Parameters:
    ///   - medium: screen or print (bleed, crop marks, 300 ppi images).
    ///   - record: fills the layout's merge fields (its sample record when nil).
    ///   - files: the data files read so far, shared by builds of one data folder.
    ///   - preflight: when the patient-material preflight runs (see `runChecked`).
    ///   - reuse: blocks bound for earlier records of the same loaded layout (a mail merge), see `BoundBlockCache`.
    public func session(_ layout: LoadedLayout, data: URL, dataPath: String, medium: Medium = .screen,
                        record: MergeRecord? = nil, files: DataFiles = DataFiles(),
                        preflight: PreflightRequest = PreflightRequest(),
                        reuse: BoundBlockCache? = nil) throws -> LayoutSession {
        let document = try bind(layout, data: data, dataPath: dataPath, record: record, files: files, reuse: reuse)
        return LayoutSession(info: document.info, medium: medium, showsHeadingPages: document.hasContents,
                             file: layout.spec.file, contentsLocation: document.contentsLocation, log: document.log,
                             pass: document.paginate,
                             preflight: DocumentPreflight.make(for: layout.spec, store: document.store,
                                                               request: preflight))
    }

    /// Builds a layout file through a layout session, keeping every page (tests,
    /// programs that want the display list).
    /// - Parameters:
    ///   - layout: the layout file; `layoutPath` is how messages name it.
    ///   - data: the data folder; `dataPath` is how messages name it.
    public func build(layout: URL, layoutPath: String, data: URL, dataPath: String,
                      medium: Medium = .screen, preflight: PreflightRequest = PreflightRequest()) throws -> BuiltDocument {
        let collector = PageCollector()
        let warnings = try session(load(layout: layout, layoutPath: layoutPath), data: data, dataPath: dataPath,
                                   medium: medium, preflight: preflight).runChecked(into: collector)
        guard let list = collector.document else { throw DiagnosticError(.error("the layout session did not finish")) }
        return BuiltDocument(displayList: list, warnings: warnings)
    }

    /// The layout bound to the data: the story, its master pages and the PDF's metadata.
    private func bind(_ layout: LoadedLayout, data: URL, dataPath: String, record: MergeRecord?,
                      files: DataFiles, reuse: BoundBlockCache?) throws -> BoundDocument {
        let spec = layout.spec
        let log = DiagnosticLog()
        let store = DataStore(directory: data, displayPath: dataPath, language: spec.document.language, cache: files)
        store.log = log
        store.fallbacks.log = log
        if let merge = spec.merge {
            store.add(record ?? MergeRecord(fields: merge.sample, file: merge.location.file,
                                            line: merge.location.line ?? 1), as: merge.name)
        }
        // The same for every record of a merge: checked once, reported for each.
        (reuse?.fontProblems { checkFonts(spec.styles) } ?? checkFonts(spec.styles)).forEach(log.report)
        let words = try strings.strings(for: spec.document.language, requestedAt: SourceLocation(file: spec.file))
        let binder = BlockBinder(store: store, styles: spec.styles, log: log, language: spec.document.language,
                                 strings: words,
                                 numberedHeadingLevels: spec.document.numberedHeadingLevels)
        // Each entry: a bound block, or a contents block to make once the headings are known.
        var story: [StoryEntry] = []
        for (index, element) in spec.blocks.enumerated() {
            if let contents = element as? ContentsElement {
                if let title = collecting(log, { try contents.title(binder) }) {
                    story.append(.contents(contents, title: title))
                }
                continue
            }
            if let blocks = reuse?.blocks(at: index, of: spec, binder: binder) {
                story += blocks.map(StoryEntry.block)
                continue
            }
            let mark = reuse.map { _ in BoundBlockCache.Mark(binder) }
            var blocks: [any Block]
            // A group at the top of the story may hold page and column breaks: its blocks join the story.
            if let group = element as? GroupElement {
                blocks = collecting(log) { try group.storyBlocks(binder) } ?? []
            } else {
                blocks = (collecting(log, { try binder.block(element) }) ?? nil).map { [$0] } ?? []
            }
            if let reuse, let mark { blocks = reuse.keep(blocks, at: index, of: spec, since: mark, binder: binder) }
            story += blocks.map(StoryEntry.block)
        }
        let masters = collecting(log) {
            Dictionary(uniqueKeysWithValues: try collectingEvery(spec.masters.sorted { $0.key < $1.key }) {
                ($0.key, try master($0.value, binder: binder))
            })
        } ?? [:]
        let bindInfo = { collecting(log) { try documentInfo(spec.document, store: store) } }
        // Bound once either way: a failure under `reuse` is not bound again.
        let info = reuse.map { $0.documentInfo(binder: binder, bindInfo) } ?? bindInfo()
        try log.throwIfErrors()
        guard let info else { throw DiagnosticError(log.diagnostics) }
        var paginator = Paginator(masters: masters, firstMaster: spec.page.firstMaster, nextMaster: "default",
                                  maxPages: spec.page.maxPages)
        paginator.pageLimit = InputLimits.pagesPerDocument
        return BoundDocument(story: story, binder: binder, paginator: paginator, info: info, log: log,
                             typesetter: typesetter, store: store, makesTextAhead: record == nil)
    }

    /// A layout bound to its data, ready to paginate.
    private struct BoundDocument {
        let story: [StoryEntry]
        let binder: BlockBinder
        let paginator: Paginator
        let info: DocumentInfo
        let log: DiagnosticLog
        let typesetter: Typesetter
        let store: DataStore
        /// True for a document built alone, not as a merge's record (`TextAhead`).
        let makesTextAhead: Bool

        var hasContents: Bool { story.contains(where: \.isContents) }

        /// Where the (first) contents block is.
        var contentsLocation: SourceLocation? {
            story.lazy.compactMap { entry -> SourceLocation? in
                if case let .contents(contents, _) = entry { contents.common.origin.location } else { nil }
            }.first
        }

        /// Lays the story out, its contents showing `pages` (heading destination → page).
        func paginate(pages: [String: Int], delivery: PageDelivery) throws -> PaginatedDocument {
            let headings = story.flatMap(\.headings)
            let blocks = try story.compactMap { entry -> (any Block)? in
                switch entry {
                case let .block(block): block
                case let .contents(contents, title):
                    try contents.contents(title: title, headings: headings, pages: pages, binder: binder)
                }
            }
            // The counting pass of a document built alone: the other core makes the text
            // ahead (a merge's workers already keep both cores busy).
            var ahead: TextAhead?
            if makesTextAhead, case .count = delivery {
                ahead = TextAhead(story: blocks, widths: paginator.expectedColumnWidths(of: blocks), typesetter: typesetter)
            }
            defer { ahead?.stop() }
            do {
                return try paginator.paginate(blocks, typesetter: typesetter, delivery: delivery) { log.report($0) }
            } catch let error as DiagnosticError {
                // The warnings met so far often explain the error (a panel that ran over).
                throw DiagnosticError(log.warnings + error.diagnostics)
            }
        }
    }

    /// A story entry before pagination.
    fileprivate enum StoryEntry {
        case block(any Block)
        case contents(ContentsElement, title: Paragraph?)

        var isContents: Bool { if case .contents = self { true } else { false } }

        /// Anchors of the headings in a bound block (in a box or a card too).
        var headings: [HeadingAnchor] {
            guard case let .block(block) = self else { return [] }
            return block.anchors
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
    private func checkFonts(_ styles: StyleSheet) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        for style in styles.styles.values where style.text.features.contains(FontFeature("smcp")) {
            if let font = typesetter.fonts.font(family: style.text.family, variant: style.text.variant),
               !font.hasFeature("smcp") {
                problems.append(.warning("\(font) has no small capitals (OpenType smcp); the text keeps its lower-case letters",
                                         at: style.location, field: "\(style.field).small-caps"))
            }
        }
        // In the layout's order, so that every run lists the problems alike (dictionaries have no order).
        let families = (styles.styles.values.map { ($0.text.family, $0.location, $0.field) }
            + styles.characterStyles.values.compactMap { style in style.family.map { ($0, style.location, style.field) } })
            .sorted { ($0.1.line ?? 0, $0.1.column ?? 0) < ($1.1.line ?? 0, $1.1.column ?? 0) }
        for (family, location, field) in families where typesetter.fonts.font(family: family) == nil {
            problems.append(.error("no font family \"\(family)\"; bundled: "
                + typesetter.fonts.bundledFamilies.joined(separator: ", ") + " (others are found through Fontconfig)",
                at: location, field: "\(field).font"))
        }
        return problems
    }

    /// A master page with its running text bound to the data (page fields stay for the paginator).
    /// Every running text and the background image are checked, so that each problem is reported.
    private func master(_ spec: MasterSpec, binder: BlockBinder) throws -> MasterPage {
        var problems = Problems()
        func running(_ text: RunningTextSpec?, _ position: RunningText.Position) throws -> RunningText? {
            try problems.attempt { try text.map { try runningText($0, position: position, binder: binder) } } ?? nil
        }
        var master = MasterPage(
            name: spec.name, size: spec.size, margins: spec.margins, facing: spec.facing, columns: spec.columns,
            gutter: spec.gutter, columnRule: spec.columnRule, background: spec.background,
            header: try running(spec.header, .header), footer: try running(spec.footer, .footer), frames: spec.frames)
        master.folds = spec.folds
        master.baselineGrid = spec.baselineGrid.map(BaselineGrid.init(step:))
        master.evenHeader = try running(spec.evenHeader, .header)
        master.evenFooter = try running(spec.evenFooter, .footer)
        if let image = spec.backgroundImage {
            master.backgroundImage = try problems.attempt {
                try binder.image(image.path, at: image.location, field: "masters.background-image")
            }
        }
        try problems.throwIfAny()
        return master
    }

    private func runningText(_ spec: RunningTextSpec, position: RunningText.Position,
                             binder: BlockBinder) throws -> RunningText {
        var problems = Problems()
        func part(_ template: Template?) throws -> Paragraph? {
            try problems.attempt { try template.flatMap { try binder.line(StyledTemplate(template: $0, style: spec.style)) } }
                ?? nil
        }
        let (left, center, right) = (try part(spec.left), try part(spec.center), try part(spec.right))
        try problems.throwIfAny()
        return RunningText(position: position, left: left, center: center, right: right, rule: spec.rule,
                           distance: spec.distance, origin: spec.origin)
    }

    private func documentInfo(_ spec: DocumentSpec, store: DataStore) throws -> DocumentInfo {
        DocumentInfo(title: try store.interpolate(spec.title), author: try store.interpolate(spec.author),
                     subject: try spec.subject.map(store.interpolate),
                     keywords: try spec.keywords.flatMap(store.keywords), language: spec.language)
    }
}
