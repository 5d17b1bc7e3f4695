import FolioCore
import FolioLayout
import Foundation

/// `staff: {source, columns, gutter, row-gap, order, …card keys}`: every
/// profile in a folder as a grid of cards, ordered by rank (director, chief,
/// deputy chief, attending physicians, others) or by file name; rows break
/// across pages between them.
struct StaffElement: BlockElement {
    static let kind = "staff"
    enum Order: String, CaseIterable { case rank, data }

    var common: BlockCommon
    var folder: String
    var folderLocation: SourceLocation
    var columns: Int
    var gutter: Double
    var rowGap: Double
    var order: Order
    var card: CardSpec
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> StaffElement? {
        let log = loader.log
        let keys = ["source", "columns", "gutter", "row-gap", "order", "space-after"] + CardSpec.keys
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let folder = fields["source"]
        guard let card = CardSpec(fields, loader: loader) else { return nil }
        return StaffElement(
            common: loader.common(fields, origin: origin), folder: folder?.string(log) ?? "staff",
            folderLocation: folder?.location ?? fields.value.location,
            columns: fields["columns"]?.count(log, in: 1...6) ?? 3, gutter: fields["gutter"]?.length(log) ?? 12,
            rowGap: fields["row-gap"]?.length(log) ?? 12,
            order: fields["order"]?.choice(log, of: Order.self) ?? .rank, card: card)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let store = binder.store
        let directory = try store.url(of: folder, at: folderLocation, field: "staff.source")
        let files = (try? FileManager.default.contentsOfDirectory(atPath: directory.path))?
            .filter { $0.hasSuffix(".yaml") }.sorted() ?? []
        guard !files.isEmpty else {
            throw DiagnosticError(.error("there are no staff profiles (*.yaml) in \(store.displayPath(of: folder))",
                                         at: folderLocation, field: "staff.source"))
        }
        var problems: [Diagnostic] = []
        var people: [StaffProfile] = []
        for file in files {
            do {
                people.append(try StaffProfile.load("\(folder)/\(file)", store: store))
            } catch let error as DiagnosticError {
                problems += error.diagnostics
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        if order == .rank {
            let ranks = StaffProfile.Rank.allCases
            people = people.enumerated().sorted {
                let left = ranks.firstIndex(of: $0.element.rank) ?? 0, right = ranks.firstIndex(of: $1.element.rank) ?? 0
                return (left, $0.offset) < (right, $1.offset)
            }.map(\.element)
        }
        var rows: [any Block] = []
        for start in stride(from: 0, to: people.count, by: columns) {
            let row = try people[start..<min(start + columns, people.count)].map { person -> [any Block] in
                try card.card(for: person, origin: origin, location: folderLocation, spaceAfter: 0, binder: binder)
                    .map { [$0] } ?? []
            }
            let padded = row + Array(repeating: [], count: columns - row.count)
            let isLast = start + columns >= people.count
            rows.append(SideBySideBlock(origin: origin, columns: padded, gutter: gutter,
                                        spaceAfter: isLast ? common.spaceAfter : rowGap))
        }
        return StoryBlock(origin: origin, blocks: rows)
    }
}
