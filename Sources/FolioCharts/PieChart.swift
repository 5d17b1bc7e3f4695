import FolioLayout

/// The parts of a whole as wedges of a full circle.
public struct PieChart: PartsOfWhole {
    public static let names = ["pie"]
    public static let settings: [ChartSetting] = []

    public init() {}

    public init(name: String, settings: ChartSettings) {}

    public func spokenName(_ words: ChartWording) -> String { words.kindName("pie") }

    public func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing {
        try wedges(in: area, on: canvas, hole: 0)
    }
}
