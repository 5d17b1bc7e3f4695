import FolioCore

/// Sizes no document should ever reach, refused early with the limit named
/// (issue 15): past them a layout would take minutes or all memory, and no
/// reader could use the page anyway. The one place these sizes are set; the
/// user's guide lists them (docs/layout-format.md, "Limits"). The ranges of
/// single numbers (lengths, font sizes) are `Limits`.
public enum InputLimits {
    /// Points in one chart series: 10,000 bars on a page 170 mm wide are
    /// 0.017 mm each, far below what a printer or an eye resolves.
    public static let chartPointsPerSeries = 10_000
    /// Characters in one paragraph (or list item, or heading): about 60 pages of
    /// one unbroken paragraph, whose total-fit line breaking and shaping grow
    /// with its length.
    public static let paragraphCharacters = 200_000
    /// Values (scalars, lists, groups) one YAML file may hold once its aliases
    /// are expanded: the department's files hold a few hundred; a "billion
    /// laughs" file (aliases of aliases) would hold 10⁹ and take all memory.
    public static let yamlValues = 100_000
    /// Lists and groups nested inside each other in one YAML file.
    public static let yamlDepth = 64
    /// Pages of one document: a runaway repeat over data (or a mistake in a
    /// story) is stopped here instead of writing until the disk is full. A
    /// layout's own `page: max-pages` may only lower it.
    public static let pagesPerDocument = 10_000

    /// Refuses a chart CSV with more rows than a series may have points, at
    /// the first row past the limit.
    static func checkChartPoints(_ table: CSVTable, file: String) throws {
        guard table.rows.count > chartPointsPerSeries else { return }
        throw DiagnosticError(.error(
            "this is row \(chartPointsPerSeries + 1) of \(table.rows.count), but a chart shows at most "
                + "\(chartPointsPerSeries) points per series; aggregate the data (by week, by month) or split it "
                + "into several charts",
            at: SourceLocation(file: file, line: table.rows[chartPointsPerSeries].line), field: "chart.data"))
    }

    /// Refuses Markdown whose paragraph is longer than `paragraphCharacters`,
    /// naming the file and the paragraph's line.
    static func checkParagraphs(_ blocks: [MarkdownBlock], file: String) throws {
        for block in blocks {
            let spans: [MarkdownSpan], line: Int
            switch block {
            case let .paragraph(text, at), let .quote(text, at), let .heading(_, text, at),
                 let .listItem(_, _, text, at):
                (spans, line) = (text, at)
            }
            let characters = spans.reduce(0) { $0 + $1.text.unicodeScalars.count }
            if characters > paragraphCharacters {
                throw DiagnosticError(.error(
                    "this paragraph has \(characters) characters, but a paragraph may have at most "
                        + "\(paragraphCharacters); break it into paragraphs (a blank line between them)",
                    at: SourceLocation(file: file, line: line), field: "text.source"))
            }
        }
    }
}
