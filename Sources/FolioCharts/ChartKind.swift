import FolioCore
import FolioLayout

/// One kind of chart (bar, line, donut …): everything that differs between
/// kinds, so that a chart, its legend and its description never ask which kind
/// they hold. Each kind is one file and one line in `ChartKinds.all`; the
/// layout reader takes its names, its own keys and what it asks of its data
/// from there.
public protocol ChartKind: Sendable {
    /// What `kind:` says in a layout for this kind, e.g. `["bar", "bar-horizontal"]`.
    static var names: [String] { get }
    /// The kind's own keys, beyond those every chart takes.
    static var settings: [ChartSetting] { get }
    /// What the kind asks of its data, checked where the data is read.
    static var dataShape: ChartDataShape { get }
    /// The kind as a layout names it (one of `names`), with its own keys' values.
    init(name: String, settings: ChartSettings)

    /// How a description names the kind: "Bar chart", "柱状图".
    func spokenName(_ words: ChartWording) -> String
    /// The value axis the marks are measured against; nil for a kind without one (parts of a whole).
    func valueAxis(for chart: ChartBlock) -> ValueAxis?
    /// Draws the marks, with their axes and labels, into `area`.
    func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing
    /// The legend's entries; none, no legend.
    func legend(for chart: ChartBlock) -> [LegendEntry]
    /// What the description says after the kind's name and the title (its
    /// leading punctuation included): ranges, parts, targets.
    func describe(_ chart: ChartBlock, in words: ChartWording) -> String
    /// How many things colour and hatching tell apart.
    func markedCount(_ data: ChartData) -> Int
}

extension ChartKind {
    /// One mark style per series.
    public func markedCount(_ data: ChartData) -> Int { data.series.count }

    /// The keys a layout may give this kind, beyond those every chart takes.
    public static var keys: [String] {
        settings.map(\.key) + (dataShape.targets ? ["target"] : [])
    }
}

/// A key of a kind's own, e.g. `stacked` (bar) or `center-label` (donut).
public struct ChartSetting: Sendable {
    public enum Value: Sendable {
        /// `true` or `false`.
        case flag
        /// Text, with `{{…}}` filled in from the data.
        case text
    }

    public let key: String
    public let value: Value

    public init(_ key: String, _ value: Value) {
        self.key = key
        self.value = value
    }
}

/// The values a layout gives a kind's own keys (absent keys are off or empty).
public struct ChartSettings: Sendable {
    public enum Value: Sendable {
        case flag(Bool)
        case text(String)
    }

    public var values: [String: Value]

    public init(_ values: [String: Value] = [:]) {
        self.values = values
    }

    public func flag(_ key: String) -> Bool {
        if case let .flag(value) = values[key] { value } else { false }
    }

    public func text(_ key: String) -> String? {
        if case let .text(value) = values[key] { value } else { nil }
    }
}

/// What a kind asks of its data; the reader checks it where the values are
/// written, so that each problem names its file and line.
public struct ChartDataShape: Sendable {
    /// Exactly one series (one column of values).
    public var oneSeries = false
    /// Why values below zero are refused ("shows parts of a whole"); nil, they are allowed.
    public var nonNegativeBecause: String?
    /// A target per category (`target`, or `targets` in inline data), required.
    public var targets = false

    public init(oneSeries: Bool = false, nonNegativeBecause: String? = nil, targets: Bool = false) {
        self.oneSeries = oneSeries
        self.nonNegativeBecause = nonNegativeBecause
        self.targets = targets
    }
}

/// What a kind's plot drew, and the bottom of it.
public struct ChartDrawing {
    var items: [DisplayItem]
    var bottom: Double
}

/// One entry of a chart's legend: a name and the key drawn before it.
public struct LegendEntry: Sendable {
    public enum Key: Sendable {
        /// A filled square as the series' (or part's) marks: colour and hatching.
        case swatch(Int)
        /// A short line with the series' marker.
        case line(Int)
        /// A bullet chart's target mark.
        case target
    }

    public var name: String
    public var key: Key
}
