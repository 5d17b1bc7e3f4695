import FolioCore

/// The measured figures of a document (`folio check --verbose` prints them).
public struct PreflightFigures: Sendable {
    /// The size most running text is set in (by characters), in points.
    public var bodySize: Double?
    /// The smallest text anywhere, in points.
    public var smallestSize: Double?
    /// The lowest contrast of any text against what is behind it.
    public var lowestContrast: (ratio: Double, text: RGBColor, backdrop: RGBColor, page: Int)?
    /// The highest Flesch–Kincaid grade of an English text long enough to judge, and of all of them together.
    public var worstGrade: Double?
    public var overallGrade: Double?
    /// The longest English sentence, in words.
    public var longestSentence: Int?
    /// The longest Chinese sentence, in characters, and the share of uncommon characters.
    public var longestChineseSentence: Int?
    public var uncommonShare: Double?

    /// One line: "body 9.2 pt, smallest 6.5 pt, lowest contrast 1.00:1 (#0b6e75 on #0b6e75, page 2), …".
    public var summary: String {
        var parts: [String] = []
        parts.append("body " + (bodySize.map { points($0) } ?? "none"))
        parts.append("smallest " + (smallestSize.map { points($0) } ?? "none"))
        if let contrast = lowestContrast {
            parts.append("lowest contrast " + ratio(contrast.ratio)
                + " (\(contrast.text.hex) on \(contrast.backdrop.hex), page \(contrast.page))")
        }
        if let worstGrade {
            parts.append("reading grade " + decimal(worstGrade) + " (worst text), "
                + decimal(overallGrade ?? worstGrade) + " (all)")
        }
        if let longestSentence { parts.append("longest sentence \(longestSentence) words") }
        if let longestChineseSentence { parts.append("longest Chinese sentence \(longestChineseSentence) characters") }
        if let uncommonShare { parts.append("outside the 2,500 常用字 " + decimal(uncommonShare * 100) + " %") }
        return parts.joined(separator: ", ")
    }
}

func points(_ size: Double) -> String { decimal(size) + " pt" }

func ratio(_ value: Double) -> String {
    let hundredths = Int((value * 100).rounded(.down))
    return "\(hundredths / 100).\(hundredths % 100 < 10 ? "0" : "")\(hundredths % 100):1"
}

/// One decimal, no trailing ".0" (9.2, 12).
func decimal(_ value: Double) -> String {
    if value < 0 { return "-" + decimal(-value) }
    let tenths = Int((value * 10).rounded())
    return tenths % 10 == 0 ? "\(tenths / 10)" : "\(tenths / 10).\(abs(tenths % 10))"
}
