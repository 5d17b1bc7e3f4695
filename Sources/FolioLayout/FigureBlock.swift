import FolioCore
import FolioImages

/// An image with an optional caption, kept whole, tagged as a Figure with its
/// alternative text.
public struct FigureBlock: WholeBlock {
    /// How the image meets its box.
    public enum Fit: Sendable, Equatable {
        /// Whole image inside the box, aspect kept (the box shrinks to it).
        case fit
        /// Box covered, aspect kept, the overflow cropped around a focal point
        /// (0...1 across and down; 0.5, 0.5 is the centre).
        case fill(focusX: Double, focusY: Double)
        /// Box covered, aspect not kept.
        case stretch
    }

    /// The width of the image's box.
    public enum BoxWidth: Sendable, Equatable {
        case points(Double)
        /// A share of the frame's width, 0...1.
        case share(Double)
    }

    public var origin: BlockOrigin
    public var image: ImageFile
    /// Box width, or nil for the frame's width.
    public var width: BoxWidth?
    /// Box height in points, or nil for the height the image's aspect gives.
    public var height: Double?
    public var fit: Fit
    public var caption: Paragraph?
    /// What a screen reader says for the image (the Figure element's /Alt).
    public var alternativeText: String?
    public var spaceAfter: Double
    /// Floated to the top or bottom of the frame it comes in (or the next with room), text flowing on.
    public var float: FloatPlacement?

    public var role: StructureRole? { .figure }

    public func pieces(width: Double, context: LayoutContext) throws -> [FlowPiece] {
        let fragment = try layout(width: width, context: context)
        var piece = FlowPiece(height: fragment.height, items: fragment.items, spaceAfter: spaceAfter,
                              element: FlowElement(role: .figure, alternativeText: alternativeText, startsHere: true))
        piece.float = float
        return [piece]
    }

    public init(origin: BlockOrigin, image: ImageFile, width: BoxWidth?, height: Double?, fit: Fit, caption: Paragraph?,
                alternativeText: String, spaceAfter: Double) {
        self.origin = origin
        self.image = image
        self.width = width
        self.height = height
        self.fit = fit
        self.caption = caption
        self.alternativeText = alternativeText
        self.spaceAfter = spaceAfter
    }

    public func layout(width frameWidth: Double, context: LayoutContext) throws -> BlockFragment {
        let (imageWidth, imageHeight) = image.displaySize
        let boxWidth = switch width {
        case let .points(points): min(points, frameWidth)
        case let .share(share): frameWidth * share
        case nil: frameWidth
        }
        let boxHeight = height ?? boxWidth * imageHeight / imageWidth
        var box = Rect(x: 0, y: 0, width: boxWidth, height: boxHeight)
        var drawn = box
        var clip: ImageClip?
        switch fit {
        case .stretch:
            break
        case .fit:
            let scale = min(boxWidth / imageWidth, boxHeight / imageHeight)
            drawn = Rect(x: (boxWidth - imageWidth * scale) / 2, y: 0, width: imageWidth * scale,
                         height: imageHeight * scale)
            box.height = drawn.height
        case let .fill(focusX, focusY):
            drawn = image.rect(covering: box, focusX: focusX, focusY: focusY)
            clip = ImageClip(box)
        }
        // Its resolution where it lands is checked on the finished page (`PageAudit`).
        var items: [DisplayItem] = [.image(image, rect: drawn, clip: clip)]
        var total = box.height
        if let caption {
            let text = try [caption].composed(width: boxWidth, origin: origin, context: context)
            total += caption.spaceBefore
            items.append(.group(text.items, offset: Point(x: 0, y: total), .role(.caption)))
            total += text.height
        }
        return BlockFragment(height: total, items: items)
    }
}
