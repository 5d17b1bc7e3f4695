import FolioCore
import FolioLayout

/// Titles of a chart's horizontal and vertical axes (`x-title`, `y-title`),
/// for the kinds that have axes.
public struct AxisTitles: Sendable {
    public var x: String?
    public var y: String?

    /// The keys that set them.
    static let settings = [ChartSetting("x-title", .text), ChartSetting("y-title", .text)]

    public init(x: String? = nil, y: String? = nil) {
        self.x = x
        self.y = y
    }

    init(_ settings: ChartSettings) {
        self.init(x: settings.text("x-title"), y: settings.text("y-title"))
    }

    /// The vertical axis's title, set above the plot's top-left corner (read
    /// without turning the head), and its height.
    func yTitle(at origin: Point, width: Double, labels: ChartLabels) throws -> (items: [DisplayItem], height: Double) {
        guard let y, !y.isEmpty else { return ([], 0) }
        let label = try labels.label(y, maxWidth: width)
        return (label.items.map { $0.offsetBy(dx: origin.x, dy: origin.y) }, label.size.height + 3)
    }

    /// The horizontal axis's title, centred under `span` from `top`, and its height.
    func xTitle(under span: (x: Double, width: Double), top: Double,
                labels: ChartLabels) throws -> (items: [DisplayItem], height: Double) {
        guard let x, !x.isEmpty else { return ([], 0) }
        let label = try labels.label(x, maxWidth: span.width, alignment: .center)
        return (label.items.map { $0.offsetBy(dx: span.x, dy: top + 3) }, label.size.height + 3)
    }
}
