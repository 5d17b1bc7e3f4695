import FolioCore
import FolioLayout
import Foundation

/// `staff: {source, columns, gutter, row-gap, order, …card keys}`: every
/// profile in a folder as a grid of cards, ordered by rank (director, chief,
/// deputy chief, attending physicians, others) or by file name; rows break
/// across pages between them.
struct StaffElement: BlockElement {
    static let kind = "staff"
    static let ownControlKeys = ["where", "sort"]
    enum Order: String, CaseIterable { case rank, data }

    var common: BlockCommon
    var folder: String
    var folderLocation: SourceLocation
    var columns: Int
    var gutter: Double
    var rowGap: Double
    var order: Order
    /// `where` and `sort` over the profiles' fields (`DataList`); rank order, when asked, comes first.
    var choice: DataList
    /// A heading over the cards (`title`, `title-style`), shown only when anyone is listed.
    var title: StyledTemplate?
    var card: CardSpec
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> StaffElement? {
        let log = loader.log
        let keys = ["source", "columns", "gutter", "row-gap", "order", "where", "sort", "title", "title-style",
                    "space-after"] + CardSpec.keys
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let folder = fields["source"]
        let filter = DataList.readFilter(fields, log: log), sort = DataList.readSort(fields, log: log)
        let title = fields["title"].flatMap { LayoutLoader.template($0, log: log) }
        let titleStyle = title == nil ? nil : fields.required("title-style", expected: "the heading's paragraph style")?
            .string(log)
        guard let card = CardSpec(fields, loader: loader), let filter, let sort, title == nil || titleStyle != nil
        else { return nil }
        let folderName = folder?.string(log) ?? "staff"
        return StaffElement(
            common: loader.common(fields, origin: origin), folder: folderName,
            folderLocation: folder?.location ?? fields.value.location,
            columns: fields["columns"]?.count(log, in: 1...6) ?? 3, gutter: fields["gutter"]?.length(log) ?? 12,
            rowGap: fields["row-gap"]?.length(log) ?? 12,
            order: fields["order"]?.choice(log, of: Order.self) ?? .rank,
            choice: DataList(source: Template(text: folderName, location: folder?.location ?? fields.value.location,
                                              field: "staff.source"), name: "person", filter: filter, sort: sort),
            title: title.flatMap { title in titleStyle.map { StyledTemplate(template: title, style: $0) } }, card: card)
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
        let cardStyles = card.styles(at: folderLocation, binder: binder)
        let chosen = try choice.chosen(try files.map { try store.yaml("\(folder)/\($0)") }, store: store)
        var people = try collectingEvery(chosen.map { files[$0] }) { file in
            try StaffProfile.load("\(folder)/\(file)", store: store)
        }
        guard let cardStyles, !people.isEmpty else { return nil }
        if order == .rank {
            let ranks = StaffProfile.Rank.allCases
            people = people.enumerated().sorted {
                let left = ranks.firstIndex(of: $0.element.rank) ?? 0, right = ranks.firstIndex(of: $1.element.rank) ?? 0
                return (left, $0.offset) < (right, $1.offset)
            }.map(\.element)
        }
        // Rows of cards of equal height; a short last row keeps the others' card width.
        let cards = try collectingEvery(people) { person in
            try card.card(for: person, styles: cardStyles, origin: origin, spaceAfter: 0, binder: binder)
        }
        var rows: [any Block] = []
        for start in stride(from: 0, to: cards.count, by: columns) {
            let row = Array(cards[start..<min(start + columns, cards.count)])
            let isLast = start + columns >= cards.count
            rows.append(CardRowBlock(origin: origin, cards: row, places: columns, gutter: gutter,
                                     spaceAfter: isLast ? common.spaceAfter : rowGap))
        }
        if let title, let heading = try binder.line(title) {
            rows.insert(TextBlock(origin: origin, paragraphs: [binder.inline.heading(heading, level: 2)], spaceAfter: 0),
                        at: 0)
        }
        return StoryBlock(origin: origin, blocks: rows)
    }
}
