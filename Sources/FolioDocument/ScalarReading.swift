import FolioCore
import FolioLayout
import Foundation
import Yams

/// Typed readings of scalar values; each reports a clear message and returns
/// nil when the value is not of the expected kind.
extension YAMLValue {
    func string(_ log: DiagnosticLog) -> String? {
        guard case let .scalar(scalar) = node else {
            log.report(error("expected text, found \(written)"))
            return nil
        }
        return scalar.string
    }

    func number(_ log: DiagnosticLog) -> Double? {
        guard case let .scalar(scalar) = node, let number = Double(scalar.string), number.isFinite else {
            log.report(error("expected a number, found \(written)"))
            return nil
        }
        guard abs(number) <= Limits.largestNumber else {
            log.report(error("expected a number from -1e15 to 1e15, found \(written)"))
            return nil
        }
        return number
    }

    /// A number in `range`, e.g. years of experience.
    func number(_ log: DiagnosticLog, in range: ClosedRange<Double>) -> Double? {
        guard case let .scalar(scalar) = node, let value = Double(scalar.string), value.isFinite else {
            log.report(error("expected a number, found \(written)"))
            return nil
        }
        guard range.contains(value) else {
            log.report(error("expected a number from \(Limits.format(range.lowerBound)) to "
                + "\(Limits.format(range.upperBound)), found \(written)"))
            return nil
        }
        return value
    }

    /// A whole number in `range`.
    func count(_ log: DiagnosticLog, in range: ClosedRange<Int>) -> Int? {
        guard case let .scalar(scalar) = node, let value = Int(scalar.string), range.contains(value) else {
            log.report(error("expected a whole number from \(range.lowerBound) to \(range.upperBound), found \(written)"))
            return nil
        }
        return value
    }

    /// YAML 1.1's booleans, as Yams's default resolver typed them: true/false,
    /// yes/no and on/off, in lower, title or upper case, not quoted.
    private static let booleans: [String: Bool] = Dictionary(uniqueKeysWithValues: [
        ("true", true), ("yes", true), ("on", true), ("false", false), ("no", false), ("off", false),
    ].flatMap { word, value in [(word, value), (word.capitalized, value), (word.uppercased(), value)] })

    func bool(_ log: DiagnosticLog) -> Bool? {
        guard case let .scalar(scalar) = node, scalar.tag.rawValue != Tag.Name.str.rawValue,
              let value = Self.booleans[scalar.string] else {
            log.report(error("expected true or false, found \(written)"))
            return nil
        }
        return value
    }

    func list(_ log: DiagnosticLog) -> [YAMLValue]? {
        guard case let .sequence(sequence) = node else {
            log.report(error("expected a list (lines starting with \"- \"), found \(written)"))
            return nil
        }
        return sequence.enumerated().map { element($1, index: $0) }
    }

    /// One of a fixed set of words.
    func choice<T: RawRepresentable & CaseIterable>(_ log: DiagnosticLog, of type: T.Type) -> T? where T.RawValue == String {
        guard let word = string(log) else { return nil }
        if let value = T(rawValue: word) { return value }
        log.report(error("expected one of \(T.allCases.map(\.rawValue).joined(separator: ", ")), found \"\(word)\""))
        return nil
    }

    /// A length with a unit: `12pt`, `3.5mm`, `1cm`, `0.5in`, or `0`; in points.
    func length(_ log: DiagnosticLog) -> Double? {
        guard case let .scalar(scalar) = node, let points = Units.points(scalar.string) else {
            log.report(error("expected a length with a unit such as 10pt, 3.5mm, 1cm or 0.5in, found \(written)"))
            return nil
        }
        guard points <= Limits.longestLength else {
            log.report(error("expected a length of at most 5 m (the largest page side), found \(written)"))
            return nil
        }
        return points
    }

    /// A length in `range` (points), e.g. a font size of 1–1,000 pt.
    func length(_ log: DiagnosticLog, in range: ClosedRange<Double>, unit: String = "pt") -> Double? {
        guard let points = length(log) else { return nil }
        guard range.contains(points) else {
            let factor = Units.pointsPerUnit[unit] ?? 1
            log.report(error("expected a length from \(Limits.format(range.lowerBound / factor))\(unit) to "
                + "\(Limits.format(range.upperBound / factor))\(unit), found \(written)"))
            return nil
        }
        return points
    }

    /// A colour: `#rrggbb`, `#rgb`, a name from the layout's `colors`, `white` or `black`.
    func color(_ log: DiagnosticLog, palette: [String: RGBColor]) -> RGBColor? {
        guard case let .scalar(scalar) = node else {
            log.report(error("expected a colour, found \(written)"))
            return nil
        }
        let text = scalar.string
        if let color = RGBColor(hex: text) ?? palette[text] ?? Units.namedColors[text] { return color }
        let names = (palette.keys.sorted() + Units.namedColors.keys.sorted()).joined(separator: ", ")
        log.report(error("expected a colour as #rrggbb or one of \(names), found \"\(text)\""))
        return nil
    }

    /// Insets: one length for all sides, or `{top, bottom, left, right}`.
    func insets(_ log: DiagnosticLog) -> EdgeInsets? {
        if case .scalar = node { return length(log).map { EdgeInsets(all: $0) } }
        guard let fields = FieldReader(self, allowed: ["top", "bottom", "left", "right"], log: log) else { return nil }
        func side(_ key: String) -> Double { fields[key].flatMap { $0.length(log) } ?? 0 }
        return EdgeInsets(top: side("top"), left: side("left"), bottom: side("bottom"), right: side("right"))
    }
}

/// Units and named values of the layout format.
enum Units {
    static let pointsPerUnit: [String: Double] = ["pt": 1, "mm": 72 / 25.4, "cm": 72 / 2.54, "in": 72]

    /// Points for a length such as `3.5mm`; nil when malformed or negative.
    static func points(_ text: String) -> Double? {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        if trimmed == "0" { return 0 }
        guard trimmed.count > 2 else { return nil }
        let unit = String(trimmed.suffix(2))
        guard let factor = pointsPerUnit[unit],
              let number = Double(trimmed.dropLast(2).trimmingCharacters(in: .whitespaces)),
              number.isFinite, number >= 0 else { return nil }
        return number * factor
    }

    /// ISO 216 and North American paper sizes, portrait, in points.
    static let pageSizes: [String: Size] = [
        "A3": Size(width: 841.89, height: 1190.55),
        "A4": Size(width: 595.28, height: 841.89),
        "A5": Size(width: 419.53, height: 595.28),
        "Letter": Size(width: 612, height: 792),
        "Legal": Size(width: 612, height: 1008),
    ]

    static let namedColors: [String: RGBColor] = ["white": .white, "black": .black]
}
