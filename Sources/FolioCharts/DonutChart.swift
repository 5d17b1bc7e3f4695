import FolioLayout

/// The parts of a whole as a ring, with text in its hole (`center-label`,
/// e.g. the total).
public struct DonutChart: PartsOfWhole {
    public static let names = ["donut"]
    public static let settings = [ChartSetting("center-label", .text)]

    public var centerLabel: String?

    public init(centerLabel: String? = nil) {
        self.centerLabel = centerLabel
    }

    public init(name: String, settings: ChartSettings) {
        self.init(centerLabel: settings.text("center-label"))
    }

    public func spokenName(_ words: ChartWording) -> String { words.kindName("donut") }

    public func plot(in area: Rect, on canvas: ChartCanvas) throws -> ChartDrawing {
        try wedges(in: area, on: canvas, hole: 0.58, centerLabel: centerLabel)
    }
}
