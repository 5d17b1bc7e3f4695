import FolioCore
import FolioText

/// A page being made: its master, its number and the story's items on it.
struct PageDraft {
    var master: MasterPage
    var number: Int
    /// The frames' content, each a group at its frame's place.
    var items: [DisplayItem] = []
    /// Height of the columns when they are balanced (shorter than the frames).
    var columnHeight: Double?
    /// How far down each frame its content reaches (for balancing).
    var frameFills: [Double] = []

    /// The page with its background, column rules and running text, now that
    /// the number of pages and the headings' pages are known.
    func finished(total: Int, headings: [PlacedHeading], typesetter: Typesetter,
                  report: @escaping (Diagnostic) -> Void) throws -> Page {
        var page: [DisplayItem] = []
        let sheet = Rect(x: 0, y: 0, width: master.size.width, height: master.size.height)
        var background: [DisplayItem] = []
        if let color = master.background {
            background.append(.rectangle(sheet, fill: color, stroke: nil, cornerRadius: 0))
        }
        if let image = master.backgroundImage {
            background.append(.image(image, rect: image.rect(covering: sheet, focusX: 0.5, focusY: 0.5),
                                     clip: ImageClip(sheet)))
        }
        if !background.isEmpty { page.append(.group(background, .artifact(.background))) }
        let frames = master.frames(page: number)
        if let rule = master.columnRule {
            let rules = zip(frames, frames.dropFirst()).map { left, right -> DisplayItem in
                let x = (left.maxX + right.x) / 2
                let bottom = left.y + (columnHeight ?? left.height)
                return .line(from: Point(x: x, y: left.y), to: Point(x: x, y: bottom), stroke: rule)
            }
            page.append(.group(rules, .artifact(.layout)))
        }
        // A link on a coloured page (a back cover) takes a shade that stands out there.
        page += master.backgroundImage == nil ? LinkContrast.legible(items, on: master.background) : items
        // The section the page begins in: one starting at the top of the page, else
        // the last one begun before it, else the first on it.
        let sections = headings.filter { $0.anchor.level == 1 }
        let current = sections.first { $0.page == number && $0.startsPage }
            ?? sections.last { $0.page < number } ?? sections.first { $0.page == number }
        let section = current?.anchor.title ?? ""
        let values = ["page": "\(number)", "pages": "\(total)", "section": section]
        let area = master.textArea(page: number)
        let context = LayoutContext(typesetter: typesetter, pageSize: master.size, frame: area, report: report)
        for running in master.runningText(page: number) {
            let (runningItem, fits) = try running.layout(area: area, values: values, context: context)
            guard fits else {
                throw DiagnosticError(.error("the \(running.position == .header ? "header" : "footer") of master "
                    + "\"\(master.name)\" runs off the page; make the margin larger or the distance smaller",
                    at: running.origin.location))
            }
            page.append(runningItem)
        }
        return Page(size: master.size, items: page, folds: master.folds)
    }
}
