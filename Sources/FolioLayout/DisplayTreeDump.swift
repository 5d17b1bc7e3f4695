import FolioCore

extension Page {
    /// The page's display tree as indented text: one line per group (its
    /// semantics: structure role, language, alternative text, or artifact kind;
    /// and its offset) and per painted item (kind, position, text), numbers
    /// rounded to 0.1 pt. Stable across runs, so it serves as the golden
    /// format of layout tests, next to reference images.
    public var treeDump: String {
        var lines = ["page \(Self.number(size.width)) x \(Self.number(size.height))"]
        Self.dump(items, depth: 1, into: &lines)
        return lines.joined(separator: "\n")
    }

    private static func dump(_ items: [DisplayItem], depth: Int, into lines: inout [String]) {
        let indent = String(repeating: "  ", count: depth)
        for item in items {
            guard case let .group(group) = item else {
                lines.append(indent + describe(item))
                continue
            }
            var head: String = switch group.semantics {
            case .none: "group"
            case let .artifact(kind): "artifact \(kind.rawValue)"
            case let .element(element): element.role.tagName
                + (element.role == .headerCell(scope: .column) ? " scope=Column" : "")
                + (element.role == .headerCell(scope: .row) ? " scope=Row" : "")
                + (element.language.map { " lang=\($0)" } ?? "")
                + (element.alternativeText.map { " alt=\"\($0)\"" } ?? "")
            }
            if group.offset != Point(x: 0, y: 0) { head += " @\(point(group.offset))" }
            if let clip = group.clip { head += " clip \(rect(clip.rect))" }
            lines.append(indent + head)
            dump(group.items, depth: depth + 1, into: &lines)
        }
    }

    private static func describe(_ item: DisplayItem) -> String {
        switch item {
        case let .text(run, origin): "text \(point(origin)) \"\(run.text)\" \(number(run.size))pt"
            + (run.link.map { " link=\($0)" } ?? "")
        case let .rectangle(box, fill, stroke, _): "rect \(rect(box))" + paint(fill, stroke)
        case let .ellipse(box, fill, stroke): "ellipse \(rect(box))" + paint(fill, stroke)
        case let .line(from, to, _): "line \(point(from)) \(point(to))"
        case let .path(elements, fill, stroke): "path \(rect(elements.bounds))" + paint(fill, stroke)
        case let .hatch(elements, _): "hatch \(rect(elements.bounds))"
        case let .destination(name, at): "destination \(name) \(point(at))"
        case let .image(image, box, clip): "image \(image.path) \(rect(box))" + (clip.map { " clip \(rect($0.rect))" } ?? "")
        case .group: "group"
        }
    }

    private static func paint(_ fill: RGBColor?, _ stroke: Stroke?) -> String {
        (fill.map { " fill \($0.hex)" } ?? "") + (stroke.map { " stroke \($0.color.hex)" } ?? "")
    }

    private static func number(_ value: Double) -> String {
        let rounded = (value * 10).rounded() / 10
        return rounded == rounded.rounded() && abs(rounded) < 1e15 ? String(Int(rounded)) : String(rounded)
    }

    private static func point(_ point: Point) -> String { "\(number(point.x)),\(number(point.y))" }

    private static func rect(_ rect: Rect) -> String {
        "\(number(rect.x)),\(number(rect.y)) \(number(rect.width))x\(number(rect.height))"
    }
}
