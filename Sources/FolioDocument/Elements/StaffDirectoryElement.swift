import FolioCore
import FolioLayout

/// `staff-directory: {source, where, sort, columns, …card keys}`: every member
/// of staff (`Data/staff/` by default) as rows of cards of equal height, by
/// title (rank: director, chief, deputy chief, attending physicians, others)
/// and then by name unless `sort` says otherwise; photo or initials, name,
/// position, roles and (with `bio: true`) the biography; long names are set
/// smaller rather than broken between letters. It flows over as many pages as
/// it needs. The staff grid (`staff`) with a directory's defaults.
struct StaffDirectoryElement: BlockElement {
    static let kind = "staff-directory"
    static let ownControlKeys = StaffElement.ownControlKeys
    var grid: StaffElement
    var origin: BlockOrigin { grid.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> StaffDirectoryElement? {
        guard var grid = StaffElement.read(value, origin: origin, loader: loader) else { return nil }
        if grid.choice.sort.isEmpty { grid.choice.sort = [DataList.SortKey(field: "name", descending: false)] }
        if grid.order == .data {
            loader.log.report(value.error("a staff directory is ordered by title; \"order: data\" belongs to the "
                + "staff grid (use \"sort\" to order people of one title)"))
            return nil
        }
        return StaffDirectoryElement(grid: grid)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        try grid.bind(binder)
    }
}
