import FolioCore
import Foundation

extension TableElement {
    /// The header and rows of a table defined in the data: `{header: […], rows:
    /// [[…], …]}` (cells, or whole rows, may come in several languages), or
    /// `{header: […], data: metrics/x.csv}` for a CSV file's rows (its header row
    /// when `header` is absent). Cells may hold `{{data.fields}}`; `title` and `intro` are for the layout to show.
    func dataTable(_ from: Template, store: DataStore) throws -> (header: [[Template]], rows: [Controlled<[Template]>]) {
        let group = try store.value(at: store.interpolate(from), for: from)
        let log = DiagnosticLog()
        guard let fields = FieldReader(group, allowed: ["title", "intro", "header", "rows", "data"], log: log) else {
            throw DiagnosticError(log.diagnostics)
        }
        func cells(_ value: YAMLValue) -> [Template]? {
            store.localized(value).list(log)?.compactMap { cell in
                store.localized(cell).string(log).map { Template(text: $0, location: cell.location, field: cell.path) }
            }
        }
        var header = fields["header"].flatMap(cells).map { [$0] } ?? []
        var rows: [[Template]] = []
        if let data = fields["data"], let path = data.string(log) {
            let table = try store.csv(path, requestedAt: data.location, field: data.path)
            if header.isEmpty {
                header = [table.header.map { Template(text: $0, location: SourceLocation(file: table.file, line: 1),
                                                      field: "header") }]
            }
            rows = table.rows.map { row in
                row.cells.map { Template(text: $0, location: SourceLocation(file: table.file, line: row.line), field: "") }
            }
        } else {
            rows = fields.required("rows", expected: "a list of rows, each a list of cells, or \"data\": a CSV file")?
                .list(log)?.compactMap(cells) ?? []
        }
        try log.throwIfErrors()
        return (header, rows.map { Controlled(controls: DataControls(conditions: [], list: nil), item: $0) })
    }
}
