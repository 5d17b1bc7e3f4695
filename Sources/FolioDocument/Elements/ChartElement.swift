import FolioCore
import FolioLayout

/// `chart: {kind, data, …}`: a chart drawn from a CSV file or values written in
/// the layout (reading in ChartLoader, binding in ChartBinder).
struct ChartElement: BlockElement {
    static let kind = "chart"
    var spec: ChartSpec
    var origin: BlockOrigin { spec.common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> ChartElement? {
        loader.chart(value, origin: origin).map(ChartElement.init)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        try binder.chart(spec)
    }
}
