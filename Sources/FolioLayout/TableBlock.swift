import FolioCore
import FolioText

/// A table: header rows repeated after every break, body rows kept whole,
/// columns sized fixed, by fraction or from their content.
public struct TableBlock: Block {
    /// How a column's width is found.
    public enum Width: Sendable, Equatable {
        /// A length in points.
        case fixed(Double)
        /// A share of what fixed and content-sized columns leave.
        case fraction(Double)
        /// The widest cell's natural width (its longest line unbroken), at most an equal share.
        case content
    }

    /// Horizontal placement of a column's cells.
    public enum Alignment: Sendable, Equatable {
        case left, center, right
        /// Numbers lined up on their decimal separator (set in tabular figures by the caller).
        case decimal
    }

    public struct Column: Sendable {
        public var width: Width
        public var alignment: Alignment

        public init(width: Width, alignment: Alignment = .left) {
            self.width = width
            self.alignment = alignment
        }
    }

    /// Rules, fills and spacing.
    public struct Appearance: Sendable {
        public var padding: EdgeInsets
        /// Lines under the header and between body rows.
        public var rule: Stroke?
        /// A heavier line above the header and below the last row.
        public var frameRule: Stroke?
        public var headerFill: RGBColor?
        /// Fill of every other body row (zebra striping).
        public var stripeFill: RGBColor?

        public init(padding: EdgeInsets, rule: Stroke?, frameRule: Stroke?, headerFill: RGBColor?,
                    stripeFill: RGBColor?) {
            self.padding = padding
            self.rule = rule
            self.frameRule = frameRule
            self.headerFill = headerFill
            self.stripeFill = stripeFill
        }
    }

    public var origin: BlockOrigin
    public var columns: [Column]
    /// Each cell is one paragraph.
    public var header: [[Paragraph]]
    public var rows: [[Paragraph]]
    public var appearance: Appearance
    public var spaceAfter: Double
    /// Index of the first body row still to set (the table continues after a break).
    var firstRow = 0
    /// Column widths and decimal columns' fractions at the width they were
    /// measured for: measured over every row once, and carried to the table's
    /// rest, so that a long table is not measured again in each frame.
    private var measured: Measures?

    private struct Measures: Sendable {
        var width: Double
        var columns: [Double]
        /// For each column, by how much each of its cells moves left so that
        /// its decimal separator lines up with the column's widest fraction:
        /// header rows first, then body rows; empty for other columns.
        var decimalShifts: [[Double]]

        /// The shift of the cell in `column` of row `row` (counted as in `decimalShifts`).
        func shift(row: Int, column: Int) -> Double {
            decimalShifts[column].isEmpty ? 0 : decimalShifts[column][row]
        }
    }

    public init(origin: BlockOrigin, columns: [Column], header: [[Paragraph]], rows: [[Paragraph]],
                appearance: Appearance, spaceAfter: Double) {
        self.origin = origin
        self.columns = columns
        self.header = header
        self.rows = rows
        self.appearance = appearance
        self.spaceAfter = spaceAfter
    }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        try pieces(width: width, context: context, filling: .infinity)
    }

    /// The header and the rows until they fill `height`.
    public func pieces(width: Double, context: LayoutContext, filling height: Double) throws -> [FlowPiece] {
        var measures = measured
        if measures?.width != width {
            measures = Measures(width: width, columns: try columnWidths(total: width, context: context),
                                decimalShifts: try decimalShifts(context: context))
        }
        guard let measures else { return [] }
        var filled = 0.0
        var pieces: [FlowPiece] = []
        var headerItems: [DisplayItem] = []
        var headerHeight = 0.0
        for (index, row) in header.enumerated() {
            let (height, items) = try layoutRow(row, measures: measures, row: index,
                                                cellRole: .headerCell(scope: .column), fill: appearance.headerFill,
                                                context: context)
            headerItems += items.map { $0.offsetBy(dx: 0, dy: headerHeight) }
            headerHeight += height
        }
        if let frameRule = appearance.frameRule, !header.isEmpty {
            headerItems.insert(Self.rule(y: 0, width: width, frameRule), at: 0)
        }
        if let rule = appearance.rule, !header.isEmpty {
            headerItems.append(Self.rule(y: headerHeight, width: width, rule))
        }
        for (position, index) in (firstRow..<rows.count).enumerated() {
            if filled > height { break }
            let fill = index % 2 == 1 ? appearance.stripeFill : nil
            let (height, items) = try layoutRow(rows[index], measures: measures, row: header.count + index,
                                                cellRole: .dataCell, fill: fill, context: context)
            var rowItems = items
            let isLast = index == rows.count - 1
            if isLast, let frameRule = appearance.frameRule {
                rowItems.append(Self.rule(y: height, width: width, frameRule))
            } else if !isLast, let rule = appearance.rule {
                rowItems.append(Self.rule(y: height, width: width, rule))
            }
            // The header goes with the first row in every frame, as one piece.
            if position == 0 && !header.isEmpty {
                // Repeated after a break, the header is a pagination artifact: read once, at the table's start.
                let repeated = firstRow > 0 ? [DisplayItem.group(headerItems, .artifact(.pagination))] : headerItems
                rowItems = repeated + rowItems.map { $0.offsetBy(dx: 0, dy: headerHeight) }
            }
            var rest: TableBlock?
            if !isLast {
                rest = self
                rest?.firstRow = index + 1
                rest?.measured = measures
            }
            let pieceHeight = height + (position == 0 ? headerHeight : 0)
            pieces.append(FlowPiece(height: pieceHeight, items: rowItems, spaceAfter: isLast ? spaceAfter : 0,
                                    rest: rest,
                                    element: FlowElement(role: .table, startsHere: firstRow == 0 && position == 0)))
            filled += pieceHeight
        }
        return pieces
    }

    /// A rule across the table: decoration, an artifact.
    private static func rule(y: Double, width: Double, _ stroke: Stroke) -> DisplayItem {
        .group([.line(from: Point(x: 0, y: y), to: Point(x: width, y: y), stroke: stroke)], .artifact(.layout))
    }

    /// One row (`row` counted as in `Measures.decimalShifts`): cells set in their
    /// columns, each a cell element, the row as tall as its tallest cell.
    private func layoutRow(_ cells: [Paragraph], measures: Measures, row: Int,
                           cellRole: StructureRole, fill: RGBColor?,
                           context: LayoutContext) throws -> (Double, [DisplayItem]) {
        let padding = appearance.padding
        var placed: [(x: Double, fragment: BlockFragment)] = []
        var x = 0.0
        for (column, width) in measures.columns.enumerated() {
            let inner = max(width - padding.left - padding.right, 1)
            let paragraph = column < cells.count ? cells[column] : Paragraph(spans: [], style: ParagraphStyle(leading: 0))
            let fragment = try [aligned(paragraph, column: column)].composed(width: inner, origin: origin,
                                                                             context: context)
            placed.append((x + padding.left - measures.shift(row: row, column: column), fragment))
            x += width
        }
        let height = (placed.map(\.fragment.height).max() ?? 0) + padding.top + padding.bottom
        var items: [DisplayItem] = []
        if let fill {
            items.append(.group([.rectangle(Rect(x: 0, y: 0, width: x, height: height), fill: fill, stroke: nil,
                                            cornerRadius: 0)], .artifact(.background)))
        }
        for cell in placed {
            items.append(.group(cell.fragment.items, offset: Point(x: cell.x, y: padding.top), .role(cellRole)))
        }
        return (height, [.group(items, .role(.tableRow))])
    }

    private func aligned(_ paragraph: Paragraph, column: Int) -> Paragraph {
        var paragraph = paragraph
        switch columns[column].alignment {
        case .left: paragraph.style.alignment = .left
        case .center: paragraph.style.alignment = .center
        case .right, .decimal: paragraph.style.alignment = .right
        }
        return paragraph
    }

    /// For each decimal column, each cell's shift: what its part after a
    /// decimal separator lacks of the column's widest, so that a right-aligned
    /// number moved left by it has its separator where the others have theirs.
    /// Measured once per layout, not once per cell and frame.
    private func decimalShifts(context: LayoutContext) throws -> [[Double]] {
        try columns.indices.map { column in
            guard columns[column].alignment == .decimal else { return [] }
            let fractions = try (header + rows).map { row in
                column < row.count ? try fractionWidth(row[column], context: context) : 0
            }
            let widest = fractions.max() ?? 0
            return fractions.map { widest - $0 }
        }
    }

    /// Width of a cell's text from its decimal separator on (0 without one).
    private func fractionWidth(_ paragraph: Paragraph, context: LayoutContext) throws -> Double {
        let text = paragraph.spans.map(\.text).joined()
        guard let separator = text.firstIndex(of: "."), let style = paragraph.spans.first?.style else { return 0 }
        return try naturalWidth(String(text[separator...]), style: style, context: context)
    }

    /// Column widths: fixed ones as given, content ones at their widest cell
    /// (at most an equal share), fractions sharing what is left.
    public func columnWidths(total: Double, context: LayoutContext) throws -> [Double] {
        let padding = appearance.padding.left + appearance.padding.right
        let share = total / Double(max(columns.count, 1))
        var widths = try columns.enumerated().map { index, column -> Double in
            switch column.width {
            case let .fixed(points): return points
            case .fraction: return 0
            case .content:
                let natural = try (header + rows).compactMap { index < $0.count ? $0[index] : nil }.map { cell in
                    try cell.spans.first.map { try naturalWidth(cell.spans.map(\.text).joined(), style: $0.style,
                                                                 context: context) } ?? 0
                }.max() ?? 0
                return min(natural + padding, share)
            }
        }
        let fractions: [Double] = columns.map { column in
            if case let .fraction(value) = column.width { return value }
            return 0
        }
        let left = max(total - widths.reduce(0, +), 0)
        let sum = fractions.reduce(0, +)
        for index in widths.indices where sum > 0 && fractions[index] > 0 {
            widths[index] = left * fractions[index] / sum
        }
        return widths
    }

    /// The width of `text` set on one line.
    private func naturalWidth(_ text: String, style: TextStyle, context: LayoutContext) throws -> Double {
        let set = try context.typesetter.typeset([StyledText(text, style: style)], width: .greatestFiniteMagnitude,
                                                 style: ParagraphStyle(leading: style.size)) { _ in }
        return set.lines.map(\.width).max() ?? 0
    }
}
