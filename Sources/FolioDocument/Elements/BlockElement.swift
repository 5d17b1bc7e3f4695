import FolioCore
import FolioLayout

/// One kind of block a layout may use (`- band: {…}`): how its settings are
/// read, with a located error for every problem, and how they are bound to
/// the department's data to make a layout block. Each kind is one file in
/// this folder and one line of `BlockRegistry.elements`.
protocol BlockElement {
    /// The kind's name in a layout's `blocks` list.
    static var kind: String { get }
    /// Reads the block's settings (`value`, the mapping after the kind's name);
    /// problems go to `loader.log`, and the result is nil when there were any.
    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> Self?
    /// The layout block for these settings and the data; nil when problems were reported to the binder's log.
    func bind(_ binder: BlockBinder) throws -> (any Block)?
    /// Whether the block may stand inside a box or side-by-side columns (breaks and contents may not).
    static var nests: Bool { get }
    /// Keys of `DataControls` the kind reads itself (a timeline's `where` and
    /// `sort` choose its entries), so they are not taken as the block's controls.
    static var ownControlKeys: [String] { get }
    /// Where the block is declared, for messages.
    var origin: BlockOrigin { get }
}

extension BlockElement {
    static var nests: Bool { true }
    static var ownControlKeys: [String] { [] }
}

/// Every kind of block, in the order the layout format documents them.
enum BlockRegistry {
    static let elements: [any BlockElement.Type] = [
        BandElement.self, HeadingElement.self, TextElement.self, TilesElement.self, ProfileElement.self,
        StaffElement.self, StaffDirectoryElement.self, TableElement.self, FigureElement.self, ChartElement.self,
        TimelineElement.self, QRElement.self,
        ContentsElement.self, BoxElement.self, SideBySideElement.self, SpacerElement.self, RuleElement.self,
        NotesElement.self, GroupElement.self, PageBreakElement.self, ColumnBreakElement.self,
    ]

    static let kinds = elements.map { $0.kind }

    static func element(named kind: String) -> (any BlockElement.Type)? {
        elements.first { $0.kind == kind }
    }
}

/// What every block has: where it is declared and the space after it.
struct BlockCommon {
    var origin: BlockOrigin
    var spaceAfter: Double
}
