import FolioCore
import FolioLayout

/// `timeline: {source, where, sort, date-style, text-style, …}`: dated milestones
/// from a list in the data (`source: department.milestones`), each `{date, text}`,
/// filtered and sorted as a repeated block's items (`DataList`);
/// `date` is optional (a milestone the department has not dated stays undated,
/// never guessed) and `text` may come in several languages.
struct TimelineElement: BlockElement {
    static let kind = "timeline"
    static let ownControlKeys = ["where", "sort"]
    var common: BlockCommon
    /// The milestones: a data path to a list, with optional `where` and `sort`.
    var source: DataList
    var dateStyle: String
    var textStyle: String
    var dateWidth: Double
    var gap: Double
    var lineColor: RGBColor
    var markerColor: RGBColor
    var entryGap: Double
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> TimelineElement? {
        let log = loader.log, palette = loader.palette
        let keys = ["source", "date-style", "text-style", "date-width", "gap", "line-color", "marker-color",
                    "entry-gap", "where", "sort", "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let source = fields.required("source", expected: "a data path to a list of {date, text}, "
            + "e.g. department.milestones").flatMap { LayoutLoader.template($0, log: log) }
        let dateStyle = fields.required("date-style", expected: "a paragraph style")?.string(log)
        let textStyle = fields.required("text-style", expected: "a paragraph style")?.string(log)
        let lineColor = fields.required("line-color", expected: "a colour")?.color(log, palette: palette)
        let filter = DataList.readFilter(fields, log: log), sort = DataList.readSort(fields, log: log)
        guard let source, let dateStyle, let textStyle, let lineColor, let filter, let sort else { return nil }
        return TimelineElement(
            common: loader.common(fields, origin: origin),
            source: DataList(source: source, name: "milestone", filter: filter, sort: sort), dateStyle: dateStyle, textStyle: textStyle,
            dateWidth: fields["date-width"]?.length(log) ?? 20 * 72 / 25.4, gap: fields["gap"]?.length(log) ?? 8,
            lineColor: lineColor, markerColor: fields["marker-color"]?.color(log, palette: palette) ?? lineColor,
            entryGap: fields["entry-gap"]?.length(log) ?? 8)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let (store, styles, log) = (binder.store, binder.styles, binder.log)
        let location = origin.location ?? SourceLocation(file: "")
        let date = styles.style(dateStyle, at: location, field: "timeline.date-style", log: log),
            text = styles.style(textStyle, at: location, field: "timeline.text-style", log: log)
        let milestones = try source.items(store)
        guard let date, let text, !milestones.isEmpty else { return nil }
        var entries: [TimelineBlock.Entry] = []
        for milestone in milestones {
            guard let fields = FieldReader(milestone, allowed: ["date", "text"], log: log),
                  let words = fields.required("text", expected: "what happened")
                      .flatMap({ store.localized($0).string(log) }) else { continue }
            let when = fields["date"].flatMap { store.localized($0).string(log) }
            entries.append(TimelineBlock.Entry(
                date: when.map { binder.inline.paragraph($0, style: date, location: milestone.location) },
                text: [binder.inline.paragraph(words, style: text, location: milestone.location)]))
        }
        guard entries.count == milestones.count else { return nil }
        return TimelineBlock(origin: origin, entries: entries, dateWidth: dateWidth, gap: gap, lineColor: lineColor,
                             markerColor: markerColor, entryGap: entryGap, spaceAfter: common.spaceAfter)
    }
}
