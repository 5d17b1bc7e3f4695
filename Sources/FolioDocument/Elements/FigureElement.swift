import FolioCore
import FolioLayout

/// `figure: {image, alt, caption, caption-style, width, height, fit, focus, float}`:
/// an image from the data folder, tagged as a Figure with its alternative text.
struct FigureElement: BlockElement {
    static let kind = "figure"
    enum FitMode: String, CaseIterable { case fit, fill, stretch }

    var common: BlockCommon
    var image: String
    var imageLocation: SourceLocation
    var alternativeText: String
    var caption: StyledTemplate?
    var width: FigureBlock.BoxWidth?
    var height: Double?
    var fit: FigureBlock.Fit
    var float: FloatPlacement?
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> FigureElement? {
        let log = loader.log
        let keys = ["image", "alt", "caption", "caption-style", "width", "height", "fit", "focus", "float",
                    "space-after"]
        guard let fields = FieldReader(value, allowed: keys, log: log) else { return nil }
        let image = fields.required("image", expected: "a PNG, JPEG or SVG file under Data/")
        let alt = fields.required("alt", expected: "what the image shows, for screen readers (\"\" if decorative)", allowsEmpty: true)?
            .string(log)
        var caption: StyledTemplate?
        if let text = fields["caption"].flatMap({ LayoutLoader.template($0, log: log) }),
           let style = fields.required("caption-style", expected: "the paragraph style of the caption")?.string(log) {
            caption = StyledTemplate(template: text, style: style)
        }
        var width: FigureBlock.BoxWidth?
        if let widthValue = fields["width"], let text = widthValue.string(log) {
            if text.hasSuffix("%"), let percent = Double(text.dropLast()), percent > 0, percent <= 100 {
                width = .share(percent / 100)
            } else if let points = Units.points(text) {
                width = .points(points)
            } else {
                log.report(widthValue.error("expected a width such as 60mm or 50%, found \"\(text)\""))
            }
        }
        var fit = FigureBlock.Fit.fit
        switch fields["fit"]?.choice(log, of: FitMode.self) {
        case .fill:
            let focus = fields["focus"]?.list(log)?.compactMap { $0.number(log) } ?? [0.5, 0.5]
            if focus.count != 2 || focus.contains(where: { $0 < 0 || $0 > 1 }), let focusValue = fields["focus"] {
                log.report(focusValue.error("expected [x, y] between 0 and 1, e.g. [0.5, 0.3]"))
            }
            fit = .fill(focusX: focus.first ?? 0.5, focusY: focus.count > 1 ? focus[1] : 0.5)
        case .stretch: fit = .stretch
        case .fit, nil: break
        }
        guard let image, let path = image.string(log), let alt else { return nil }
        return FigureElement(common: loader.common(fields, origin: origin), image: path, imageLocation: image.location,
                             alternativeText: alt, caption: caption, width: width,
                             height: fields["height"]?.length(log), fit: fit,
                             float: fields["float"]?.choice(log, of: FloatPlacement.self))
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        // The image and the caption are checked both, so that each problem is reported.
        var problems = Problems()
        let file = try problems.attempt { try binder.image(image, at: imageLocation, field: "figure.image") }
        let captionLine = try problems.attempt { try caption.flatMap { try binder.line($0) } }
        try problems.throwIfAny()
        guard let file, let captionLine else { return nil }
        var figure = FigureBlock(
            origin: origin, image: file, width: width, height: height, fit: fit,
            caption: captionLine, alternativeText: alternativeText, spaceAfter: common.spaceAfter)
        figure.float = float
        return figure
    }
}
