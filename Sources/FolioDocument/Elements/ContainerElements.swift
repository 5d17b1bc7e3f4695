import FolioCore
import FolioLayout

/// `box: {blocks, background, border, border-width, padding, corner-radius}`:
/// blocks set inside a box.
struct BoxElement: BlockElement {
    static let kind = "box"
    var common: BlockCommon
    var blocks: [any BlockElement]
    var background: RGBColor?
    var border: Stroke?
    var padding: EdgeInsets
    var cornerRadius: Double
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> BoxElement? {
        let log = loader.log, palette = loader.palette
        let keys = ["blocks", "background", "border", "border-width", "padding", "corner-radius", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log),
              let blocks = fields.required("blocks", expected: "the blocks inside the box")?.list(log) else { return nil }
        return BoxElement(
            common: loader.common(fields, origin: origin), blocks: blocks.compactMap(loader.block),
            background: fields["background"]?.color(log, palette: palette),
            border: fields["border"]?.color(log, palette: palette).map {
                Stroke(color: $0, width: fields["border-width"]?.length(log) ?? 0.75)
            },
            padding: fields["padding"]?.insets(log) ?? EdgeInsets(all: 8),
            cornerRadius: fields["corner-radius"]?.length(log) ?? 0)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        BoxBlock(origin: origin, content: try binder.nested(blocks), background: background, border: border,
                 padding: padding, cornerRadius: cornerRadius, spaceAfter: common.spaceAfter)
    }
}

/// `side-by-side: {columns, gutter}`: columns of blocks next to each other.
struct SideBySideElement: BlockElement {
    static let kind = "side-by-side"
    var common: BlockCommon
    var columns: [[any BlockElement]]
    var gutter: Double
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> SideBySideElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["columns", "gutter", "space-after"], log: log),
              let columns = fields.required("columns", expected: "a list of columns, each a list of blocks")?.list(log)
        else { return nil }
        return SideBySideElement(common: loader.common(fields, origin: origin),
                                 columns: columns.map { $0.list(log)?.compactMap(loader.block) ?? [] },
                                 gutter: fields["gutter"]?.length(log) ?? 12)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        SideBySideBlock(origin: origin, columns: try columns.map(binder.nested), gutter: gutter,
                        spaceAfter: common.spaceAfter)
    }
}
