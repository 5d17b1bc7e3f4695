import FolioCharts
import FolioCore
import FolioLayout

/// Reads a layout's `chart` blocks, with their data from a CSV file or written inline.
extension BlockLoader {
    static let chartKeys = ["kind", "data", "x", "y", "series-names", "target", "title", "title-style", "label-style", "height",
                            "stacked", "percent", "area", "center-label", "x-title", "y-title", "unit", "decimals",
                            "locale", "colors", "source", "data-table", "space-after"]

    func chart(_ value: YAMLValue, origin: BlockOrigin) -> ChartSpec? {
        guard let fields = FieldReader(value, allowed: Self.chartKeys, log: log) else { return nil }
        let kind = fields.required("kind", expected: ChartBlock.Kind.allCases.map(\.rawValue).joined(separator: ", "))?
            .choice(log, of: ChartBlock.Kind.self)
        let data = fields.required("data", expected: "a CSV file under Data/ (e.g. metrics/procedures.csv), "
            + "or {categories: […], series: [{name: …, values: […]}]}")
        let titleStyle = fields.required("title-style", expected: "a paragraph style")?.string(log)
        let labelStyle = fields.required("label-style", expected: "a paragraph style")?.string(log)
        guard let kind, let data, let titleStyle, let labelStyle else { return nil }
        let source: ChartSpec.Source?
        if case .mapping = data.node {
            for key in ["x", "y"] where fields[key] != nil {
                log.report(fields[key]!.error("\"\(key)\" names CSV columns; inline data has categories and series"))
            }
            source = inlineData(data, kind: kind, target: fields["target"]).map(ChartSpec.Source.inline)
        } else {
            source = csvColumns(data, fields: fields).map(ChartSpec.Source.csv)
        }
        if kind == .bullet, fields["target"] == nil, case .csv = source {
            log.report(value.error("a bullet chart needs \"target\": a column of targets or one value"))
        }
        guard let source else { return nil }
        func text(_ key: String) -> Template? { fields[key].flatMap { LayoutLoader.template($0, log: log) } }
        return ChartSpec(
            common: common(fields, origin: origin), kind: kind, source: source, title: text("title"),
            titleStyle: titleStyle, labelStyle: labelStyle, height: fields["height"]?.length(log) ?? 160,
            stacked: fields["stacked"]?.bool(log) ?? false, percent: fields["percent"]?.bool(log) ?? false,
            area: fields["area"]?.bool(log) ?? false, centerLabel: text("center-label"), xTitle: text("x-title"),
            yTitle: text("y-title"), decimals: fields["decimals"]?.count(log, in: 0...6) ?? 0,
            unit: fields["unit"]?.string(log) ?? "", locale: fields["locale"]?.string(log),
            colors: fields["colors"]?.list(log)?.compactMap { $0.color(log, palette: palette) } ?? [],
            sourceNote: text("source"), dataTable: fields["data-table"]?.bool(log) ?? false)
    }

    private func csvColumns(_ data: YAMLValue, fields: FieldReader) -> ChartSpec.CSVColumns? {
        let path = data.string(log)
        let x = fields.required("x", expected: "the column of categories")?.string(log)
        let yValue = fields.required("y", expected: "the column (or list of columns) of values")
        var y: [String]?
        if case .sequence = yValue?.node { y = yValue?.list(log)?.compactMap { $0.string(log) } }
        else { y = yValue?.string(log).map { [$0] } }
        var target: ChartSpec.Target?
        if let value = fields["target"], case let .scalar(scalar) = value.node {
            target = Double(scalar.string).map(ChartSpec.Target.value) ?? .column(scalar.string)
        } else if let value = fields["target"] {
            log.report(value.error("expected a column name or a number, found \(value.written)"))
        }
        let names = fields["series-names"]
        let seriesNames = names?.list(log)?.compactMap { $0.string(log) }
        guard let path, let x, let y, let yValue else { return nil }
        if let names, let seriesNames, seriesNames.count != y.count {
            log.report(names.error("\(seriesNames.count) names for \(y.count) columns in \"y\": give one name per column"))
        }
        return ChartSpec.CSVColumns(path: path, location: data.location, x: x, y: y, seriesNames: seriesNames,
                                    columnsLocation: yValue.location, target: target)
    }

    /// `{categories: […], series: [{name, values}], targets: […], illustrative: true}`,
    /// every value a finite number and every list as long as the categories.
    private func inlineData(_ data: YAMLValue, kind: ChartBlock.Kind, target: YAMLValue?) -> ChartData? {
        guard let fields = FieldReader(data, allowed: ["categories", "series", "targets", "illustrative"], log: log)
        else { return nil }
        let categories = fields.required("categories", expected: "a list of category names")?.list(log)?
            .compactMap { $0.string(log) }
        let seriesValues = fields.required("series", expected: "a list of {name: …, values: […]}")?.list(log)
        guard let categories, let seriesValues else { return nil }
        if categories.isEmpty {
            log.report(fields["categories"]!.error("the list of categories is empty: the chart would be empty"))
        }
        let series = seriesValues.compactMap { value -> ChartSeries? in
            guard let entry = FieldReader(value, allowed: ["name", "values"], log: log),
                  let name = entry.required("name", expected: "the series' name")?.string(log),
                  let values = entry.required("values", expected: "a list of numbers")
            else { return nil }
            return numbers(values, count: categories.count, kind: kind).map { ChartSeries(name: name, values: $0) }
        }
        if seriesValues.isEmpty { log.report(fields["series"]!.error("there are no series: the chart would be empty")) }
        var targets = fields["targets"].flatMap { numbers($0, count: categories.count, kind: .bar) }
        if let target {
            if fields["targets"] != nil {
                log.report(target.error("give the targets once: here or as data.targets"))
            } else if let value = target.number(log) {
                targets = categories.map { _ in value }
            }
        }
        if kind == .bullet, targets == nil {
            log.report(data.error("a bullet chart needs targets: data.targets or \"target\""))
        }
        guard series.count == seriesValues.count else { return nil }
        return ChartData(categories: categories, series: series,
                         illustrative: fields["illustrative"]?.bool(log) ?? false, targets: targets)
    }

    /// One finite number per category; not negative where the chart shows parts of a whole.
    private func numbers(_ value: YAMLValue, count: Int, kind: ChartBlock.Kind) -> [Double]? {
        guard let items = value.list(log) else { return nil }
        if items.isEmpty {
            log.report(value.error("the list of values is empty: the chart would be empty"))
            return nil
        }
        if items.count != count {
            log.report(value.error("\(items.count) values for \(count) categories: give one value per category"))
            return nil
        }
        let numbers = items.map { item -> Double? in
            guard case let .scalar(scalar) = item.node else { return item.number(log) }
            let text = scalar.string
            if [".nan", ".NaN", ".NAN", "nan", "NaN"].contains(text) || [".inf", "-.inf", "inf", "-inf"]
                .contains(text.lowercased()) {
                log.report(item.error("\(text) is not a finite number; a chart needs real values"))
                return nil
            }
            guard let number = item.number(log) else { return nil }
            if kind.isPartOfWhole, number < 0 {
                log.report(item.error("\(text) is negative; a \(kind.rawValue) shows parts of a whole"))
                return nil
            }
            return number
        }
        let values = numbers.compactMap { $0 }
        return values.count == numbers.count ? values : nil
    }
}
