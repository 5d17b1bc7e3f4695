import FolioCore
import FolioImages
import FolioText

/// How a shape's outline is drawn.
public struct Stroke: Hashable, Sendable {
    public var color: RGBColor
    public var width: Double

    public init(color: RGBColor, width: Double) {
        self.color = color
        self.width = width
    }
}

/// The part of an image shown: a rectangle (corners optionally rounded), or
/// the oval inscribed in it (a round portrait).
public struct ImageClip: Hashable, Sendable {
    public var rect: Rect
    public var oval: Bool
    public var cornerRadius: Double

    public init(_ rect: Rect, oval: Bool = false, cornerRadius: Double = 0) {
        self.rect = rect
        self.oval = oval
        self.cornerRadius = cornerRadius
    }

    /// The same clip over another rectangle.
    public func with(_ rect: Rect) -> ImageClip {
        ImageClip(rect, oval: oval, cornerRadius: cornerRadius)
    }
}

/// One step of a vector path.
public enum PathElement: Hashable, Sendable {
    case move(Point)
    case line(Point)
    /// A circular arc around `center` from `start` to `end` (radians, clockwise on the page, y down).
    case arc(center: Point, radius: Double, start: Double, end: Double)
    /// The same arc drawn the other way (counter-clockwise on the page).
    case arcBack(center: Point, radius: Double, start: Double, end: Double)
    case close
}

extension [PathElement] {
    /// The path moved by `dx`, `dy`.
    public func offsetBy(dx: Double, dy: Double) -> [PathElement] {
        func moved(_ point: Point) -> Point { Point(x: point.x + dx, y: point.y + dy) }
        return map { element in
            switch element {
            case let .move(point): .move(moved(point))
            case let .line(point): .line(moved(point))
            case let .arc(center, radius, start, end): .arc(center: moved(center), radius: radius, start: start, end: end)
            case let .arcBack(center, radius, start, end):
                .arcBack(center: moved(center), radius: radius, start: start, end: end)
            case .close: .close
            }
        }
    }

    /// The box around the path's points and arcs.
    public var bounds: Rect {
        var points: [Point] = []
        for element in self {
            switch element {
            case let .move(point), let .line(point): points.append(point)
            case let .arc(center, radius, _, _), let .arcBack(center, radius, _, _):
                points += [Point(x: center.x - radius, y: center.y - radius),
                           Point(x: center.x + radius, y: center.y + radius)]
            case .close: break
            }
        }
        let minX = points.map(\.x).min() ?? 0, minY = points.map(\.y).min() ?? 0
        return Rect(x: minX, y: minY, width: (points.map(\.x).max() ?? 0) - minX,
                    height: (points.map(\.y).max() ?? 0) - minY)
    }
}

/// Parallel lines across a shape: the redundant cue that tells chart series
/// apart where colour alone fails (greyscale print, colour-vision deficiency).
public struct Hatch: Hashable, Sendable {
    /// Direction of the lines in degrees from the horizontal.
    public var angle: Double
    /// Distance between neighbouring lines.
    public var spacing: Double
    public var stroke: Stroke
    /// A second set of lines at right angles to the first.
    public var crossed: Bool

    public init(angle: Double, spacing: Double, stroke: Stroke, crossed: Bool = false) {
        self.angle = angle
        self.spacing = spacing
        self.stroke = stroke
        self.crossed = crossed
    }
}
