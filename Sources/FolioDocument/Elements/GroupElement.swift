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
        return GroupElement(origin: origin, controls: controls, blocks: blocks.compactMap(loader.block))
    }

    /// Nothing when a condition fails or the list is empty; else the blocks, once or per item.
    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let blocks = try controls.expand(binder.store) { try binder.nested(self.blocks) }.flatMap { $0 }
        guard !blocks.isEmpty else { return nil }
        return blocks.count == 1 ? blocks[0] : StoryBlock(origin: origin, blocks: blocks)
    }
}
