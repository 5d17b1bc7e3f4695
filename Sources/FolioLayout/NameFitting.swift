import FolioText

extension Paragraph {
    /// The paragraph with its type made smaller, by up to `minimumScale`, until its
    /// longest word fits `width` (a long name on a narrow card: "Papadopoulos-Konstantinidis"),
    /// so that it is not broken between arbitrary letters; a word still too wide
    /// after that is left to hyphenation at its proper places.
    func shrunkToFit(width: Double, minimumScale: Double = 0.7, context: LayoutContext) throws -> Paragraph {
        guard width > 0 else { return self }
        var widest = 0.0
        for span in spans {
            for word in Self.unbreakableParts(span.text) {
                var alone = style
                alone.hyphenation = nil
                alone.alignment = .left
                let set = try context.typesetter.typeset([StyledText(String(word), style: span.style)], width: 1e6,
                                                         style: alone, report: { _ in })
                widest = max(widest, set.lines.map(\.width).max() ?? 0)
            }
        }
        guard widest > width else { return self }
        let scale = max(minimumScale, width / widest * 0.995)
        var smaller = self
        smaller.spans = spans.map { span in
            var span = span
            span.style.size *= scale
            return span
        }
        smaller.style.leading *= scale
        return smaller
    }

    /// The parts a line may not break inside: words, cut after their hyphens
    /// ("Papadopoulos-" and "Konstantinidis"), as UAX #14 allows.
    static func unbreakableParts(_ text: String) -> [String] {
        text.split(whereSeparator: \.isWhitespace).flatMap { word -> [String] in
            var parts: [String] = [], current = ""
            for character in word {
                current.append(character)
                if character == "-" || character == "\u{2010}" {
                    parts.append(current)
                    current = ""
                }
            }
            return current.isEmpty ? parts : parts + [current]
        }
    }
}
