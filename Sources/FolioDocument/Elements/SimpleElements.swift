import FolioCore
import FolioLayout

/// `spacer: {height: 6mm}`: vertical space that vanishes at the top of a frame.
struct SpacerElement: BlockElement {
    static let kind = "spacer"
    var origin: BlockOrigin
    var height: Double

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> SpacerElement? {
        guard let fields = FieldReader(value, allowed: ["height"], log: loader.log),
              let height = fields.required("height", expected: "a length")?.length(loader.log) else { return nil }
        return SpacerElement(origin: origin, height: height)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        SpacerBlock(origin: origin, height: height)
    }
}

/// `rule: {color, width}`: a line across the frame.
struct RuleElement: BlockElement {
    static let kind = "rule"
    var common: BlockCommon
    var stroke: Stroke
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> RuleElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["color", "width", "space-after"], log: log),
              let color = fields.required("color", expected: "a colour")?.color(log, palette: loader.palette)
        else { return nil }
        return RuleElement(common: loader.common(fields, origin: origin),
                           stroke: Stroke(color: color, width: fields["width"]?.length(log) ?? 0.5))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        RuleBlock(origin: origin, stroke: stroke, spaceAfter: common.spaceAfter)
    }
}

/// `notes: {lines, spacing, color, width}`: ruled lines to write on.
struct NotesElement: BlockElement {
    static let kind = "notes"
    var common: BlockCommon
    var lines: Int
    var spacing: Double
    var stroke: Stroke
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> NotesElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["lines", "spacing", "color", "width", "space-after"], log: log),
              let lines = fields.required("lines", expected: "how many ruled lines, e.g. 12")?.count(log, in: 1...200),
              let color = fields.required("color", expected: "a colour")?.color(log, palette: loader.palette)
        else { return nil }
        return NotesElement(common: loader.common(fields, origin: origin), lines: lines,
                            spacing: fields["spacing"]?.length(log) ?? 22,
                            stroke: Stroke(color: color, width: fields["width"]?.length(log) ?? 0.5))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        NotesBlock(origin: origin, lines: lines, spacing: spacing, stroke: stroke, spaceAfter: common.spaceAfter)
    }
}

/// `page-break: {master}`: the story goes on on a new page, optionally of another master.
struct PageBreakElement: BlockElement {
    static let kind = "page-break"
    static let nests = false
    var origin: BlockOrigin
    var master: String?

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> PageBreakElement? {
        guard let fields = FieldReader(value, allowed: ["master"], log: loader.log) else { return nil }
        return PageBreakElement(origin: origin, master: fields["master"]?.string(loader.log))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        BreakBlock(kind: .page(master: master), origin: origin)
    }
}

/// `column-break: {}`: the story goes on in the next frame (column or panel).
struct ColumnBreakElement: BlockElement {
    static let kind = "column-break"
    static let nests = false
    var origin: BlockOrigin

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> ColumnBreakElement? {
        _ = FieldReader(value, allowed: [], log: loader.log)
        return ColumnBreakElement(origin: origin)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        BreakBlock(kind: .frame, origin: origin)
    }
}
