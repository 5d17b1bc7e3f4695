import FolioCharts
import FolioCore
import FolioLayout

/// Reads a layout's `chart` blocks, with their data from a CSV file or written inline.
extension BlockLoader {
    /// The keys every chart takes; each kind adds its own (`ChartKind.settings`).
    static let chartKeys = ["kind", "data", "x", "y", "series-names", "title", "title-style", "label-style", "height",
                            "unit", "decimals", "locale", "colors", "source", "data-table", "space-after"]

    func chart(_ value: YAMLValue, origin: BlockOrigin) -> ChartSpec? {
        guard let fields = FieldReader(value, allowed: Self.chartKeys + ChartKinds.keys, log: log) else { return nil }
        let kindValue = fields.required("kind", expected: ChartKinds.names.joined(separator: ", "))
        let kind = kindValue.flatMap(chartKind)
        let data = fields.required("data", expected: "a CSV file under Data/ (e.g. metrics/procedures.csv), "
            + "or {categories: […], series: [{name: …, values: […]}]}")
        let titleStyle = fields.required("title-style", expected: "a paragraph style")?.string(log)
        let labelStyle = fields.required("label-style", expected: "a paragraph style")?.string(log)
        guard let kind, let data, let titleStyle, let labelStyle else { return nil }
        let settings = kindSettings(fields, kind: kind.type, name: kind.name)
        let shape = kind.type.dataShape
        // Another kind's `target` is reported above and read no further.
        let target = shape.targets ? fields["target"] : nil
        let source: ChartSpec.Source?
        if case .mapping = data.node {
            for key in ["x", "y"] where fields[key] != nil {
                log.report(fields[key]!.error("\"\(key)\" names CSV columns; inline data has categories and series"))
            }
            source = inlineData(data, kind: kind, target: target).map(ChartSpec.Source.inline)
        } else {
            source = csvColumns(data, fields: fields, target: target).map(ChartSpec.Source.csv)
        }
        if shape.targets, target == nil, case .csv = source {
            log.report(value.error("a \(kind.name) chart needs \"target\": a column of targets or one value"))
        }
        guard let source else { return nil }
        func text(_ key: String) -> Template? { fields[key].flatMap { LayoutLoader.template($0, log: log) } }
        return ChartSpec(
            common: common(fields, origin: origin), kind: kind.type, kindName: kind.name, settings: settings,
            source: source, title: text("title"), titleStyle: titleStyle, labelStyle: labelStyle,
            height: fields["height"]?.length(log) ?? 160, decimals: fields["decimals"]?.count(log, in: 0...6) ?? 0,
            unit: fields["unit"]?.string(log) ?? "", locale: fields["locale"]?.string(log),
            colors: fields["colors"]?.list(log)?.compactMap { $0.color(log, palette: palette) } ?? [],
            sourceNote: text("source"), dataTable: fields["data-table"]?.bool(log) ?? false)
    }

    /// The kind `kind:` names, from the list of chart kinds.
    private func chartKind(_ value: YAMLValue) -> (type: any ChartKind.Type, name: String)? {
        guard let name = value.string(log) else { return nil }
        guard let type = ChartKinds.named(name) else {
            log.report(value.error("expected one of \(ChartKinds.names.joined(separator: ", ")), found \"\(name)\""))
            return nil
        }
        return (type, name)
    }

    /// The values of the kind's own keys; a key of another kind's own is an
    /// error naming the keys this kind takes (rather than silently ignored).
    private func kindSettings(_ fields: FieldReader, kind: any ChartKind.Type,
                              name: String) -> [String: ChartSpec.Setting] {
        for key in fields.keys where ChartKinds.keys.contains(key) && !kind.keys.contains(key) {
            let takes = kind.keys.isEmpty ? "only the keys of every chart"
                : kind.keys.joined(separator: ", ") + " (and the keys of every chart)"
            log.report((fields[key] ?? fields.value).error("\"\(key)\" does not apply to kind \(name); \(name) takes \(takes)"))
        }
        var settings: [String: ChartSpec.Setting] = [:]
        for setting in kind.settings {
            guard let value = fields[setting.key] else { continue }
            switch setting.value {
            case .flag: settings[setting.key] = value.bool(log).map(ChartSpec.Setting.flag)
            case .text: settings[setting.key] = LayoutLoader.template(value, log: log).map(ChartSpec.Setting.text)
            }
        }
        return settings
    }

    private func csvColumns(_ data: YAMLValue, fields: FieldReader, target targetValue: YAMLValue?) -> ChartSpec.CSVColumns? {
        let path = data.string(log)
        let x = fields.required("x", expected: "the column of categories")?.string(log)
        let yValue = fields.required("y", expected: "the column (or list of columns) of values")
        var y: [String]?
        if case .sequence = yValue?.node { y = yValue?.list(log)?.compactMap { $0.string(log) } }
        else { y = yValue?.string(log).map { [$0] } }
        var target: ChartSpec.Target?
        if let value = targetValue, case let .scalar(scalar) = value.node {
            target = Double(scalar.string).map(ChartSpec.Target.value) ?? .column(scalar.string)
        } else if let value = targetValue {
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
    private func inlineData(_ data: YAMLValue, kind: (type: any ChartKind.Type, name: String),
                            target: YAMLValue?) -> ChartData? {
        let shape = kind.type.dataShape
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
            let negative = shape.nonNegativeBecause.map { "a \(kind.name) \($0)" }
            return numbers(values, count: categories.count, negative: negative).map { ChartSeries(name: name, values: $0) }
        }
        if seriesValues.isEmpty { log.report(fields["series"]!.error("there are no series: the chart would be empty")) }
        if shape.oneSeries, seriesValues.count > 1 {
            log.report(fields["series"]!.error("\(seriesValues.count) series: a \(kind.name) shows one series of values"))
        }
        if let targets = fields["targets"], !shape.targets {
            log.report(targets.error("\"targets\" does not apply to kind \(kind.name): it shows no targets"))
        }
        var targets = shape.targets ? fields["targets"].flatMap { numbers($0, count: categories.count, negative: nil) } : nil
        if let target {
            if fields["targets"] != nil {
                log.report(target.error("give the targets once: here or as data.targets"))
            } else if let value = target.number(log) {
                targets = categories.map { _ in value }
            }
        }
        if shape.targets, targets == nil {
            log.report(data.error("a \(kind.name) chart needs targets: data.targets or \"target\""))
        }
        guard series.count == seriesValues.count else { return nil }
        return ChartData(categories: categories, series: series,
                         illustrative: fields["illustrative"]?.bool(log) ?? false, targets: targets)
    }

    /// One finite number per category; not negative when `negative` says why
    /// ("a pie shows parts of a whole").
    private func numbers(_ value: YAMLValue, count: Int, negative: String?) -> [Double]? {
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
            if let negative, number < 0 {
                log.report(item.error("\(text) is negative; \(negative)"))
                return nil
            }
            return number
        }
        let values = numbers.compactMap { $0 }
        return values.count == numbers.count ? values : nil
    }
}
