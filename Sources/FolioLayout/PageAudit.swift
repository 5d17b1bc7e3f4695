import FolioCore
import FolioImages

/// Checks a finished page for what its blocks cannot see on their own, because
/// only the page knows where everything landed: raster images placed at fewer
/// pixels per inch than the medium needs (figures, staff photos, covers,
/// master-page backgrounds alike), and text that is not on the page at all
/// (below it, beside it, or too small to read), which would be lost silently.
public struct PageAudit {
    /// Pixels per inch an image needs where it is placed (150 screen, 300 print).
    public var minimumImageResolution: Double
    /// Text smaller than this is not text a reader can see (points).
    public static let smallestTextSize = 1.0

    public init(minimumImageResolution: Double) {
        self.minimumImageResolution = minimumImageResolution
    }

    /// What is wrong on `page`, page `number` of the document (its size, before
    /// any print sheet is added): warnings for soft images, errors for text off
    /// the page; `file` locates problems whose item does not know its source (the layout).
    public func problems(on page: Page, number: Int, file: String) -> [Diagnostic] {
        var problems: [Diagnostic] = []
        var lost: [String] = []
        var lostCount = 0
        let area = Rect(x: 0, y: 0, width: page.size.width, height: page.size.height)
        page.items.forEachLeaf { item, offset in
            switch item {
            case let .image(image, rect, _):
                if let problem = softImage(image, rect) { problems.append(problem) }
            case let .text(run, origin):
                let x = offset.x + origin.x, y = offset.y + origin.y
                var outside = 0
                for glyph in run.glyphs where !area.contains(Rect(x: x + glyph.x, y: y + glyph.y, width: 0, height: 0)) {
                    outside += 1
                }
                if run.size < Self.smallestTextSize || outside == run.glyphs.count, !run.text.isEmpty {
                    lostCount += run.text.count
                    lost.append(run.text)
                } else if outside > 0 {
                    lostCount += outside
                    lost.append(run.text)
                }
            default:
                break
            }
        }
        if lostCount > 0 {
            let sample = lost.joined(separator: " ").prefix(60)
            problems.append(.error("\(lostCount) characters of text would not be on page \(number) (“\(sample)…”): "
                + "a style (size, indent, spacing) or a frame puts them below, beside or above it, or too small to see; "
                + "fix the style or the page so that everything fits", at: SourceLocation(file: file)))
        }
        return problems
    }

    /// A warning when `image` is drawn into `rect` with fewer pixels per inch than needed.
    /// (Said once per image and size, not per page: a background on every page is one problem.)
    private func softImage(_ image: ImageFile, _ rect: Rect) -> Diagnostic? {
        guard image.kind != .svg, rect.width > 0, rect.height > 0 else { return nil }
        let (width, height) = image.displaySize
        let resolution = min(width / (rect.width / 72), height / (rect.height / 72))
        guard resolution < minimumImageResolution else { return nil }
        let millimetres = { (points: Double) in Int(saturating: (points / 72 * 25.4).rounded()) }
        return .warning("\(image.path) is \(Int(saturating: resolution.rounded())) pixels per inch where it is placed "
            + "(\(millimetres(rect.width)) × \(millimetres(rect.height)) mm); "
            + "\(Int(saturating: minimumImageResolution)) are needed here for sharp output: use a larger image",
            at: image.citedAt, field: image.citedField)
    }
}
