import FolioCharts
import FolioCore
import FolioLayout
import FolioText

/// Binds a chart block to its data: a CSV file's columns, every value checked
/// (numbers, finite; not negative in a part-of-whole chart) with the file's
/// line for each problem, or values already checked in the layout.
extension BlockBinder {
    func chart(_ spec: ChartSpec) throws -> (any Block)? {
        let location = spec.common.origin.location ?? SourceLocation(file: "")
        // Styles, data and texts are independent: every problem of each is reported.
        let title = styles.style(spec.titleStyle, at: location, field: "chart.title-style", log: log),
            label = styles.style(spec.labelStyle, at: location, field: "chart.label-style", log: log)
        var problems = Problems()
        let data = try problems.attempt { () throws -> ChartData in
            switch spec.source {
            case let .csv(columns): try csvData(columns, shape: spec.kind.dataShape, kindName: spec.kindName)
            case let .inline(inline): inline
            }
        }
        let settings = try problems.attempt {
            try spec.settings.mapValues { setting -> ChartSettings.Value in
                switch setting {
                case let .flag(value): .flag(value)
                case let .text(template): .text(try store.interpolate(template))
                }
            }
        }
        let heading = try problems.attempt { try spec.title.map(store.interpolate) ?? "" }
        let sourceNote = try problems.attempt { try spec.sourceNote.map(store.interpolate) }
        try problems.throwIfAny()
        guard let title, let label, let data, let settings, let heading, let sourceNote else { return nil }
        let appearance = ChartBlock.Appearance(
            labelStyle: label.text, titleStyle: title.text, colors: spec.colors,
            gridColor: RGBColor(hex: "#d9dee0") ?? .black, axisColor: label.text.color)
        let kind = spec.kind.init(name: spec.kindName, settings: ChartSettings(settings))
        var chart = ChartBlock(origin: spec.common.origin, kind: kind, data: data, title: heading,
                               appearance: appearance)
        chart.height = spec.height
        chart.format = NumberFormat(decimals: spec.decimals, suffix: spec.unit, locale: spec.locale ?? strings.numberLocale)
        chart.source = sourceNote
        chart.illustrativeNote = strings.text("chart.illustrative-note")
        chart.language = language
        chart.wording = strings.chartWording
        guard spec.dataTable else {
            chart.spaceAfter = spec.common.spaceAfter
            return chart
        }
        let table = dataTable(for: chart, style: label, headerStyle: title)
        return BoxBlock(origin: spec.common.origin, content: [chart, table], background: nil, border: nil,
                        padding: EdgeInsets(all: 0), cornerRadius: 0, spaceAfter: spec.common.spaceAfter)
    }

    private func csvData(_ columns: ChartSpec.CSVColumns, shape: ChartDataShape, kindName: String) throws -> ChartData {
        let file = store.displayPath(of: columns.path)
        let table = try store.csv(columns.path, requestedAt: columns.location, field: "chart.data")
        try InputLimits.checkChartPoints(table, file: file)
        guard !table.rows.isEmpty else {
            throw DiagnosticError(.error("\(file) has a header but no rows: the chart would be empty",
                                         at: columns.location, field: "chart.data"))
        }
        var problems = Problems()
        let categoryColumn = try problems.attempt {
            try table.column(columns.x, at: columns.columnsLocation, field: "chart.x")
        }
        func values(_ name: String, field: String) throws -> [Double]? {
            try problems.attempt { try table.numbers(try table.column(name, at: columns.columnsLocation, field: field)) }
        }
        var series: [ChartSeries] = []
        for (index, name) in columns.y.enumerated() {
            guard let numbers = try values(name, field: "chart.y") else { continue }
            let label = columns.seriesNames.flatMap { index < $0.count ? $0[index] : nil } ?? name
            if let why = shape.nonNegativeBecause {
                for (row, value) in zip(table.rows, numbers) where value < 0 {
                    problems.add(.error("\(name): \(value) is negative; a \(kindName) \(why)",
                                           at: SourceLocation(file: file, line: row.line), field: name))
                }
            }
            series.append(ChartSeries(name: label, values: numbers))
        }
        if shape.oneSeries && columns.y.count != 1 {
            problems.add(.error("a \(kindName) shows one column of values", at: columns.columnsLocation,
                                   field: "chart.y"))
        }
        var targets: [Double]?
        switch columns.target {
        case let .column(name): targets = try values(name, field: "chart.target")
        case let .value(value): targets = table.rows.map { _ in value }
        case nil: break
        }
        try problems.throwIfAny()
        var data = ChartData(categories: categoryColumn.map(table.texts) ?? [], series: series, illustrative: table.illustrative,
                             targets: targets)
        data.categoryName = columns.x
        return data
    }

    /// The chart's figures as a table: a row per category, a column per series
    /// (and the targets), numbers right-aligned in the chart's format.
    private func dataTable(for chart: ChartBlock, style: ResolvedStyle, headerStyle: ResolvedStyle) -> TableBlock {
        let data = chart.data
        let columns = [data.categoryName] + data.series.map(\.name) + (data.targets == nil ? [] : [chart.targetName])
        let rows = data.categories.indices.map { index in
            [data.categories[index]] + data.series.map { chart.format.string($0.values[index]) }
                + (data.targets.map { [chart.format.string($0[index])] } ?? [])
        }
        let paragraph = { (text: String, style: ResolvedStyle) in
            inline.paragraph(text, style: style, location: chart.origin.location)
        }
        let rule = Stroke(color: chart.appearance.gridColor, width: 0.4)
        return TableBlock(
            origin: BlockOrigin(kind: "chart data table", location: chart.origin.location),
            columns: columns.indices.map { TableBlock.Column(width: .fraction(1), alignment: $0 == 0 ? .left : .right) },
            header: [columns.map { paragraph($0, headerStyle) }],
            rows: rows.map { $0.map { paragraph($0, style) } },
            appearance: .init(padding: EdgeInsets(top: 2, left: 3, bottom: 2, right: 3), rule: rule, frameRule: rule,
                              headerFill: nil, stripeFill: nil),
            spaceAfter: 0)
    }
}
