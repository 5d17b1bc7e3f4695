import FolioCore

/// One figure tile: rows of text (e.g. qualifier, big number, label). Every tile
/// of a row has the same number of rows; a missing part is an empty paragraph,
/// so that numbers line up across tiles.
public struct Tile: Sendable {
    public var rows: [Paragraph]

    public init(rows: [Paragraph]) {
        self.rows = rows
    }
}

/// A row of equal-width figure tiles with a coloured top rule.
public struct TilesBlock: WholeBlock {
    public var origin: BlockOrigin
    public var spaceAfter: Double
    public var tiles: [Tile]
    public var gutter: Double
    public var padding: EdgeInsets
    public var background: RGBColor?
    public var accent: RGBColor?
    public var cornerRadius: Double

    public init(origin: BlockOrigin, tiles: [Tile], gutter: Double, padding: EdgeInsets, background: RGBColor?,
                accent: RGBColor?, cornerRadius: Double, spaceAfter: Double) {
        self.origin = origin
        self.tiles = tiles
        self.gutter = gutter
        self.padding = padding
        self.background = background
        self.accent = accent
        self.cornerRadius = cornerRadius
        self.spaceAfter = spaceAfter
    }

    /// Thickness of the accent rule along each tile's top edge.
    static let accentThickness = 2.5

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        guard !tiles.isEmpty else { return BlockFragment(height: 0, items: []) }
        let count = Double(tiles.count)
        let tileWidth = (width - gutter * (count - 1)) / count
        let innerWidth = tileWidth - padding.left - padding.right
        // Set every row of every tile, then give each row the height of its tallest cell.
        let cells = try tiles.map { tile in
            try tile.rows.map { try ParagraphStack([$0]).layout(width: innerWidth, context: context) }
        }
        let rowCount = tiles.map(\.rows.count).max() ?? 0
        let rowHeights = (0..<rowCount).map { row in
            cells.map { row < $0.count ? $0[row].height : 0 }.max() ?? 0
        }
        let height = padding.top + rowHeights.reduce(0, +) + padding.bottom
        var items: [DisplayItem] = []
        for (index, tileCells) in cells.enumerated() {
            let x = Double(index) * (tileWidth + gutter)
            let box = Rect(x: x, y: 0, width: tileWidth, height: height)
            if background != nil {
                items.append(.rectangle(box, fill: background, stroke: nil, cornerRadius: cornerRadius))
            }
            if let accent {
                items.append(.rectangle(Rect(x: x, y: 0, width: tileWidth, height: Self.accentThickness),
                                        fill: accent, stroke: nil, cornerRadius: 0))
            }
            var y = padding.top
            for (row, cell) in tileCells.enumerated() {
                items += cell.items.map { $0.offsetBy(dx: x + padding.left, dy: y) }
                y += rowHeights[row]
            }
        }
        return BlockFragment(height: height, items: items)
    }
}
