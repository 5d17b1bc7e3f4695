import FolioCore

/// One named series of values, one per category.
public struct ChartSeries: Hashable, Sendable {
    public var name: String
    public var values: [Double]

    public init(name: String, values: [Double]) {
        self.name = name
        self.values = values
    }
}

/// What a chart shows: categories along one axis and one or more series.
public struct ChartData: Hashable, Sendable {
    public var categories: [String]
    /// What the categories are (a CSV file's column name, e.g. "year").
    public var categoryName = ""
    public var series: [ChartSeries]
    /// True for made-up figures (the department publishes only current ones);
    /// the chart then says so in its source note and its description.
    public var illustrative: Bool
    /// Bullet charts: the target each category's value is measured against.
    public var targets: [Double]?

    public init(categories: [String], series: [ChartSeries], illustrative: Bool, targets: [Double]? = nil) {
        self.categories = categories
        self.series = series
        self.illustrative = illustrative
        self.targets = targets
    }

    public var allValues: [Double] { series.flatMap(\.values) }
}

/// Colour-blind safe series colours (Okabe and Ito, "Color Universal Design",
/// 2008), ordered so that neighbours also differ in lightness for greyscale print.
public enum ChartPalette {
    public static let okabeIto: [RGBColor] = ["#0072B2", "#E69F00", "#009E73", "#D55E00", "#56B4E9", "#CC79A7"]
        .compactMap { RGBColor(hex: $0) }

    /// Least contrast of a mark against the white page: WCAG 2.1, 1.4.11
    /// (non-text contrast) asks 3:1 of graphics a reader must see.
    public static let markContrast = 3.0

    /// `count` colours: the layout's brand colours first, then Okabe–Ito; each
    /// darkened as little as needed to reach `markContrast` on white (Okabe–Ito's
    /// orange and sky blue reach only 2.2:1 and 2.3:1; hatching and marker
    /// shapes still tell neighbours apart).
    public static func colors(_ count: Int, brand: [RGBColor] = []) -> [RGBColor] {
        let all = (brand + okabeIto.filter { !brand.contains($0) })
            .map { Contrast.adjusted($0, toReach: markContrast, against: .white) }
        return (0..<count).map { all[$0 % all.count] }
    }
}
