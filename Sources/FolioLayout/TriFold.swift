/// Tri-fold (letter-fold) brochure panels: one landscape sheet printed on both
/// sides and folded twice. The panel that folds in is made narrower so that it
/// tucks inside without buckling.
public enum TriFold {
    public enum Side: String, Sendable, CaseIterable {
        /// Front cover (right), the fold-in flap (left), the back (middle).
        case outside
        /// Left, middle and the fold-in panel (right), as the unfolded inside reads.
        case inside
    }

    /// How much narrower the fold-in panel is (2 mm).
    public static let foldInAllowance = 2 * 72 / 25.4

    /// Where a sheet `width` wide folds, from its left edge: between the panels
    /// of `frames`, so the fold-in panel (left outside, right inside) is the narrow one.
    public static func folds(side: Side, width: Double) -> [Double] {
        let wide = (width + foldInAllowance) / 3
        let narrow = wide - foldInAllowance
        return side == .outside ? [narrow, narrow + wide] : [wide, 2 * wide]
    }

    /// The three panels of `side` on a sheet of `size`, each inset by
    /// `margins`, in reading order.
    public static func frames(side: Side, size: Size, margins: EdgeInsets) -> [Rect] {
        let wide = (size.width + foldInAllowance) / 3
        let narrow = wide - foldInAllowance
        // Panels left to right on the sheet.
        let widths = side == .outside ? [narrow, wide, wide] : [wide, wide, narrow]
        var x = 0.0
        let panels = widths.map { width -> Rect in
            defer { x += width }
            return Rect(x: x, y: 0, width: width, height: size.height).inset(by: margins)
        }
        return side == .outside ? [panels[2], panels[0], panels[1]] : panels
    }
}
