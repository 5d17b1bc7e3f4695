import FolioCore
import FolioLayout

/// A block under data controls (`when`, `unless`, `each`/`as`/`where`/`sort`,
/// see `DataControls`): written as those keys beside a block's own settings
/// (`- text: {when: department.foreword, source: …}`), or as
/// `- group: {each: …, as: …, blocks: […]}` to repeat or hide several blocks together.
struct GroupElement: BlockElement {
    static let kind = "group"
    var origin: BlockOrigin
    var controls: DataControls
    var blocks: [any BlockElement]

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> GroupElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: DataControls.keys + ["blocks"], log: log),
              let controls = DataControls.read(fields, log: log),
              let blocks = fields.required("blocks", expected: "the blocks to show or repeat")?.list(log)
        else { return nil }
        let elements = blocks.compactMap(loader.block)
        if let contents = elements.first(where: { $0 is ContentsElement }) {
            log.report(.error(contentsMessage, at: contents.origin.location))
            return nil
        }
        return GroupElement(origin: origin, controls: controls, blocks: elements)
    }

    /// The contents are made once the headings are known, so they stand outside any group.
    static let contentsMessage = "the contents cannot be shown on a condition or repeated"

    /// Nothing when a condition fails or the list is empty; else the blocks, once or per item.
    /// Inside a box or columns, where breaks have no place.
    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let blocks = try controls.expand(binder.store) { try binder.nested(self.blocks) }.flatMap { $0 }
        guard !blocks.isEmpty else { return nil }
        return blocks.count == 1 ? blocks[0] : StoryBlock(origin: origin, blocks: blocks)
    }

    /// The blocks as entries of the story itself, where page and column breaks may stand
    /// (a repeated section starting on a new page).
    func storyBlocks(_ binder: BlockBinder) throws -> [any Block] {
        try controls.expand(binder.store) {
            try collectingEvery(blocks) { element -> [any Block] in
                if let group = element as? GroupElement { return try group.storyBlocks(binder) }
                return try binder.block(element).map { [$0] } ?? []
            }.flatMap { $0 }
        }.flatMap { $0 }
    }

    /// The blocks of groups among `elements`, at any depth (to check their page breaks' masters).
    static func members(_ element: any BlockElement) -> [any BlockElement] {
        guard let group = element as? GroupElement else { return [] }
        return group.blocks + group.blocks.flatMap(members)
    }
}
