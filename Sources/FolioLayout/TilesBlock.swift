import FolioCore

/// One figure tile: rows of text (e.g. qualifier, big number, label). Every tile
/// of a row has the same number of rows; a missing part is an empty paragraph,
/// so that numbers line up across tiles.
public struct Tile: Sendable {
    /// Which way a figure went since the last period, drawn as an arrow.
    public enum Trend: String, Sendable, CaseIterable {
        case up, down, flat
    }

    public var rows: [Paragraph]
    /// An arrow after the text of row `trendRow` (the big number).
    public var trend: Trend?
    public var trendRow: Int
    /// A small line of earlier values under the rows, oldest first.
    public var sparkline: [Double]

    public init(rows: [Paragraph], trend: Trend? = nil, trendRow: Int = 0, sparkline: [Double] = []) {
        self.rows = rows
        self.trend = trend
        self.trendRow = trendRow
        self.sparkline = sparkline
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
    /// Tile places across the row when more than the tiles (the short last row of
    /// a list keeps the other rows' tile width); nil: the tiles fill the row.
    public var places: Int?

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
    /// Height of the sparkline row, and the space above it.
    public static let sparklineHeight = 16.0
    static let sparklineGap = 4.0

    public func layout(width: Double, context: LayoutContext) throws -> BlockFragment {
        guard !tiles.isEmpty else { return BlockFragment(height: 0, items: []) }
        let count = Double(max(tiles.count, places ?? 0))
        let tileWidth = (width - gutter * (count - 1)) / count
        let innerWidth = tileWidth - padding.left - padding.right
        // Set every row of every tile, then give each row the height of its tallest cell.
        let cells = try tiles.map { tile in
            try tile.rows.map { try [$0].composed(width: innerWidth, origin: origin, context: context) }
        }
        let rowCount = tiles.map(\.rows.count).max() ?? 0
        let rowHeights = (0..<rowCount).map { row in
            cells.map { row < $0.count ? $0[row].height : 0 }.max() ?? 0
        }
        let sparklineRow = tiles.contains { $0.sparkline.count > 1 } ? Self.sparklineGap + Self.sparklineHeight : 0
        let height = padding.top + rowHeights.reduce(0, +) + sparklineRow + padding.bottom
        var items: [DisplayItem] = []
        for (index, tileCells) in cells.enumerated() {
            let x = Double(index) * (tileWidth + gutter)
            var decoration: [DisplayItem] = []
            if background != nil {
                decoration.append(.rectangle(Rect(x: 0, y: 0, width: tileWidth, height: height), fill: background,
                                             stroke: nil, cornerRadius: cornerRadius))
            }
            if let accent {
                decoration.append(.rectangle(Rect(x: 0, y: 0, width: tileWidth, height: Self.accentThickness),
                                             fill: accent, stroke: nil, cornerRadius: 0))
            }
            var content: [DisplayItem] = []
            var y = padding.top
            let tile = tiles[index]
            for (row, cell) in tileCells.enumerated() {
                if !cell.items.isEmpty { content.append(.group(cell.items, offset: Point(x: padding.left, y: y))) }
                if let trend = tile.trend, row == tile.trendRow {
                    let texts = cell.items.flattened.filter { if case .text = $0 { true } else { false } }
                    let textEnd = texts.map(\.bounds.maxX).max() ?? 0
                    let size = min(rowHeights[row] * 0.45, 10)
                    let color = accent ?? texts.compactMap { if case let .text(run, _) = $0 { run.color } else { nil } }
                        .first ?? .black
                    decoration.append(Self.arrow(trend, in: Rect(x: padding.left + textEnd + size * 0.5,
                                                                 y: y + (rowHeights[row] - size) / 2, width: size,
                                                                 height: size),
                                                 color: color))
                }
                y += rowHeights[row]
            }
            if tile.sparkline.count > 1 {
                decoration += Self.sparkline(tile.sparkline, in: Rect(x: padding.left, y: y + Self.sparklineGap,
                                                                      width: innerWidth, height: Self.sparklineHeight),
                                             color: accent ?? .black)
            }
            // Each tile reads as one group; its shapes are decoration.
            items.append(.group([.group(decoration, .artifact(.layout))] + content, offset: Point(x: x, y: 0),
                                .role(.division)))
        }
        return BlockFragment(height: height, items: items)
    }

    /// A filled triangle pointing up or down, or a right-pointing one for no change.
    static func arrow(_ trend: Tile.Trend, in box: Rect, color: RGBColor) -> DisplayItem {
        let corners: [Point] = switch trend {
        case .up: [Point(x: box.midX, y: box.y), Point(x: box.maxX, y: box.maxY), Point(x: box.x, y: box.maxY)]
        case .down: [Point(x: box.x, y: box.y), Point(x: box.maxX, y: box.y), Point(x: box.midX, y: box.maxY)]
        case .flat: [Point(x: box.x, y: box.y), Point(x: box.maxX, y: box.midY), Point(x: box.x, y: box.maxY)]
        }
        return .path([.move(corners[0]), .line(corners[1]), .line(corners[2]), .close], fill: color, stroke: nil)
    }

    /// Tufte's sparkline: the values' shape scaled to the box (low to high),
    /// with a dot on the latest value.
    static func sparkline(_ values: [Double], in box: Rect, color: RGBColor) -> [DisplayItem] {
        guard let low = values.min(), let high = values.max() else { return [] }
        let span = high > low ? high - low : 1
        let points = values.enumerated().map { index, value in
            Point(x: box.x + box.width * Double(index) / Double(values.count - 1),
                  y: box.maxY - (value - low) / span * box.height)
        }
        guard let last = points.last else { return [] }
        return [.path([.move(points[0])] + points.dropFirst().map { .line($0) }, fill: nil,
                      stroke: Stroke(color: color, width: 1)),
                .ellipse(Rect(x: last.x - 1.75, y: last.y - 1.75, width: 3.5, height: 3.5), fill: color, stroke: nil)]
    }
}
