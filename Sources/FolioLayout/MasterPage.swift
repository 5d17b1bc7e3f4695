import FolioCore
import FolioImages

/// A page design: size, margins, the frames (columns) the story flows through,
/// a background and running text (header, footer).
public struct MasterPage: Sendable {
    public var name: String
    public var size: Size
    /// Margins of a right-hand (odd) page; `inside` is `left` there.
    public var margins: EdgeInsets
    /// Facing pages: even pages mirror the margins (inside/outside).
    public var facing: Bool
    public var columns: Int
    public var gutter: Double
    /// A rule drawn in the middle of each gutter.
    public var columnRule: Stroke?
    public var background: RGBColor?
    public var header: RunningText?
    public var footer: RunningText?
    /// Running text of even (left-hand) pages, when it differs from odd pages'.
    public var evenHeader: RunningText?
    public var evenFooter: RunningText?
    /// An image covering the whole page (cropped to fill it), under everything else.
    public var backgroundImage: ImageFile?
    /// Frames placed by hand (tri-fold panels, side bars), in page coordinates
    /// and reading order; they replace the columns.
    public var frames: [Rect]?
    /// Where the sheet folds, from its left edge (a tri-fold's panels): print marks show them.
    public var folds: [Double] = []
    /// Body lines on a baseline grid, so that columns' lines align (nil: none).
    public var baselineGrid: BaselineGrid?

    public init(name: String, size: Size, margins: EdgeInsets, facing: Bool = false, columns: Int = 1,
                gutter: Double = 12, columnRule: Stroke? = nil, background: RGBColor? = nil,
                header: RunningText? = nil, footer: RunningText? = nil, frames: [Rect]? = nil) {
        self.name = name
        self.size = size
        self.margins = margins
        self.facing = facing
        self.columns = max(columns, 1)
        self.gutter = gutter
        self.columnRule = columnRule
        self.background = background
        self.header = header
        self.footer = footer
        self.frames = frames
    }

    /// The running text of page `number`: the even-page variant on even pages when there is one.
    func runningText(page number: Int) -> [RunningText] {
        let even = number % 2 == 0
        return [even ? evenHeader ?? header : header, even ? evenFooter ?? footer : footer].compactMap { $0 }
    }

    /// The text area of page `number` (1-based): the page inside its margins,
    /// mirrored on even pages of a facing design.
    public func textArea(page number: Int) -> Rect {
        var margins = self.margins
        if facing && number % 2 == 0 { swap(&margins.left, &margins.right) }
        return Rect(x: 0, y: 0, width: size.width, height: size.height).inset(by: margins)
    }

    /// The frames of page `number`, in reading order: its own, or its columns.
    public func frames(page number: Int) -> [Rect] {
        if let frames { return frames }
        let area = textArea(page: number)
        let count = Double(columns)
        let width = (area.width - gutter * (count - 1)) / count
        return (0..<columns).map { column in
            Rect(x: area.x + Double(column) * (width + gutter), y: area.y, width: width, height: area.height)
        }
    }
}

/// Text repeated on every page of a master: left, centre and right parts and
/// an optional rule between it and the text area. `{{page}}`, `{{pages}}` and
/// `{{section}}` (the latest level-1 heading) are filled in per page.
public struct RunningText: Sendable {
    public enum Position: Sendable {
        case header, footer
    }

    public var position: Position
    public var left: Paragraph?
    public var center: Paragraph?
    public var right: Paragraph?
    public var rule: Stroke?
    /// Distance between the text area and the rule (or the text).
    public var distance: Double
    /// Where the layout declares it, for messages.
    public var origin: BlockOrigin

    public init(position: Position, left: Paragraph?, center: Paragraph?, right: Paragraph?, rule: Stroke?,
                distance: Double, origin: BlockOrigin) {
        self.position = position
        self.left = left
        self.center = center
        self.right = right
        self.rule = rule
        self.distance = distance
        self.origin = origin
    }
}
