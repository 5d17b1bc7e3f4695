import FolioCharts
import FolioCore
import FolioLayout

/// A chart as the layout describes it: its data (columns of a CSV file under
/// Data/, or values written in the layout) and how it looks.
struct ChartSpec {
    /// Where the values come from.
    enum Source {
        case csv(CSVColumns)
        /// Values written in the layout, already checked.
        case inline(ChartData)
    }

    /// Columns of a CSV file: categories, one series per `y` column, and a bullet chart's targets.
    struct CSVColumns {
        var path: String
        var location: SourceLocation
        var x: String
        var y: [String]
        /// How the legend and the data table name the `y` columns (the column names when nil).
        var seriesNames: [String]?
        var columnsLocation: SourceLocation
        var target: Target?
    }

    /// A bullet chart's target: a CSV column, or one value for every category.
    enum Target {
        case column(String)
        case value(Double)
    }

    /// A value of one of the kind's own keys, as the layout writes it.
    enum Setting {
        case flag(Bool)
        case text(Template)
    }

    var common: BlockCommon
    var kind: any ChartKind.Type
    /// What `kind:` says (one of the kind's names).
    var kindName: String
    /// The kind's own keys that the layout sets.
    var settings: [String: Setting]
    var source: Source
    var title: Template?
    var titleStyle: String
    var labelStyle: String
    var height: Double
    var decimals: Int
    var unit: String
    /// The locale of number separators; the document's language when nil.
    var locale: String?
    var colors: [RGBColor]
    var sourceNote: Template?
    /// The same figures as a small table under the chart.
    var dataTable: Bool
}
