/// Every chart kind a layout can name, in the order the documentation lists
/// them. A new kind is one file and one line here.
public enum ChartKinds {
    public static let all: [any ChartKind.Type] = [
        BarChart.self,
        LineChart.self,
        DonutChart.self,
        PieChart.self,
        BulletChart.self,
    ]

    /// Every name `kind:` may take.
    public static var names: [String] { all.flatMap { $0.names } }

    /// The kind a layout names, or nil.
    public static func named(_ name: String) -> (any ChartKind.Type)? {
        all.first { $0.names.contains(name) }
    }

    /// The keys of all kinds' own (those a chart of another kind must not set).
    public static var keys: [String] {
        all.flatMap { $0.keys }.reduce(into: []) { if !$0.contains($1) { $0.append($1) } }
    }
}
