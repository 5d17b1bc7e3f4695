import FolioCore
import FolioText

/// Stacks blocks top to bottom in one page's frame, with a footer below it.
/// Content that does not fit is an error naming each block that overflows and
/// by how much — never text drawn outside its page. (Flowing onto further
/// pages is the job of the pagination engine.)
public struct SinglePageComposer {
    public var pageSize: Size
    public var margins: EdgeInsets
    public var background: RGBColor?

    public init(pageSize: Size, margins: EdgeInsets, background: RGBColor? = nil) {
        self.pageSize = pageSize
        self.margins = margins
        self.background = background
    }

    /// The content frame: the page inside its margins.
    public var frame: Rect {
        Rect(x: 0, y: 0, width: pageSize.width, height: pageSize.height).inset(by: margins)
    }

    public func compose(_ blocks: [any Block], footer: PageFooter?, typesetter: Typesetter,
                        report: @escaping (Diagnostic) -> Void) throws -> Page {
        let frame = self.frame
        let context = LayoutContext(typesetter: typesetter, pageSize: pageSize, frame: frame, report: report)
        var items: [DisplayItem] = []
        if let background {
            items.append(.rectangle(Rect(x: 0, y: 0, width: pageSize.width, height: pageSize.height),
                                    fill: background, stroke: nil, cornerRadius: 0))
        }
        var problems: [Diagnostic] = []
        var y = frame.y
        for (index, block) in blocks.enumerated() {
            let fragment = try block.layout(width: frame.width, context: context)
            items += fragment.items.map { $0.offsetBy(dx: frame.x, dy: y) }
            y += fragment.height
            if y > frame.maxY + 0.01 {
                problems.append(.error(
                    "the \(block.origin) does not fit on the page: it ends \(Self.millimetres(y - frame.maxY)) "
                        + "below the bottom margin; shorten the content above it or reduce sizes or spacing",
                    at: block.origin.location, field: "blocks[\(index)]"))
            }
            if index < blocks.count - 1 { y += block.spaceAfter }
        }
        if let footer {
            let (footerItems, bottom) = try footer.layout(frame: frame, context: context)
            items += footerItems
            if bottom > pageSize.height + 0.01 {
                problems.append(.error("the footer runs \(Self.millimetres(bottom - pageSize.height)) off the page; "
                    + "increase the bottom margin or reduce the footer's distance", at: footer.origin.location,
                    field: "footer"))
            }
        }
        if !problems.isEmpty { throw DiagnosticError(problems) }
        return Page(size: pageSize, items: items)
    }

    static func millimetres(_ points: Double) -> String {
        let value = points * 25.4 / 72
        return value < 10 ? "\((value * 10).rounded() / 10) mm" : "\(Int(value.rounded())) mm"
    }
}
