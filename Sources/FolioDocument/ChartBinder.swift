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
        let data: ChartData
        switch spec.source {
        case let .csv(columns): data = try csvData(columns, shape: spec.kind.dataShape, kindName: spec.kindName)
        case let .inline(inline): data = inline
        }
        guard let title = styles.style(spec.titleStyle, at: location, field: "chart.title-style", log: log),
              let label = styles.style(spec.labelStyle, at: location, field: "chart.label-style", log: log)
        else { return nil }
        let appearance = ChartBlock.Appearance(
            labelStyle: label.text, titleStyle: title.text, colors: spec.colors,
            gridColor: RGBColor(hex: "#d9dee0") ?? .black, axisColor: label.text.color)
        let kind = spec.kind.init(name: spec.kindName, settings: ChartSettings(try spec.settings.mapValues { setting in
            switch setting {
            case let .flag(value): .flag(value)
            case let .text(template): .text(try store.interpolate(template))
            }
        }))
        var chart = ChartBlock(origin: spec.common.origin, kind: kind, data: data,
                               title: try spec.title.map(store.interpolate) ?? "", appearance: appearance)
        chart.height = spec.height
        chart.format = NumberFormat(decimals: spec.decimals, suffix: spec.unit, locale: spec.locale ?? strings.numberLocale)
        chart.source = try spec.sourceNote.map(store.interpolate)
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
        let table = try CSVTable(text: try store.text(columns.path, requestedAt: columns.location, field: "chart.data"),
                                 file: file)
        try InputLimits.checkChartPoints(table, file: file)
        guard !table.rows.isEmpty else {
            throw DiagnosticError(.error("\(file) has a header but no rows: the chart would be empty",
                                         at: columns.location, field: "chart.data"))
        }
        let categoryColumn = try table.column(columns.x, at: columns.columnsLocation, field: "chart.x")
        var problems: [Diagnostic] = []
        func values(_ name: String, field: String) -> [Double]? {
            do {
                return try table.numbers(try table.column(name, at: columns.columnsLocation, field: field))
            } catch let error as DiagnosticError {
                problems += error.diagnostics
                return nil
            } catch {
                return nil
            }
        }
        var series: [ChartSeries] = []
        for (index, name) in columns.y.enumerated() {
            guard let numbers = values(name, field: "chart.y") else { continue }
            let label = columns.seriesNames.flatMap { index < $0.count ? $0[index] : nil } ?? name
            if let why = shape.nonNegativeBecause {
                for (row, value) in zip(table.rows, numbers) where value < 0 {
                    problems.append(.error("\(name): \(value) is negative; a \(kindName) \(why)",
                                           at: SourceLocation(file: file, line: row.line), field: name))
                }
            }
            series.append(ChartSeries(name: label, values: numbers))
        }
        if shape.oneSeries && columns.y.count != 1 {
            problems.append(.error("a \(kindName) shows one column of values", at: columns.columnsLocation,
                                   field: "chart.y"))
        }
        var targets: [Double]?
        switch columns.target {
        case let .column(name): targets = values(name, field: "chart.target")
        case let .value(value): targets = table.rows.map { _ in value }
        case nil: break
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        var data = ChartData(categories: table.texts(categoryColumn), series: series, illustrative: table.illustrative,
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
