import FolioCore
import Foundation

/// The patient-material preflight: reads what is placed on a document's pages
/// and reports what would keep a patient from reading it — type too small,
/// colours too close, sentences too long or words too hard, a missing date,
/// issuer or contact, made-up data, a placeholder. Each problem is one
/// warning, located in the layout or data file it comes from (the same
/// problem on many pages is reported once, with its first page). Thresholds:
/// `PreflightThresholds`.
public struct Preflight {
    public let subject: PreflightSubject
    public let locator: PreflightLocator

    public init(subject: PreflightSubject, locator: PreflightLocator) {
        self.subject = subject
        self.locator = locator
    }

    /// The findings and the measured figures for `pages` (in page order).
    public func evaluate(_ pages: [PageContent]) -> (findings: [Diagnostic], figures: PreflightFigures) {
        let texts = pages.flatMap(\.texts).filter { $0.text.contains { !$0.isWhitespace } }
        let paragraphs = pages.flatMap(\.paragraphs)
        var findings = sizes(texts) + contrast(texts) + marks(pages.flatMap(\.marks))
        let reading = ReadingFindings(paragraphs: paragraphs, subject: subject, locator: locator)
        findings += reading.findings
        findings += RequiredParts(paragraphs: paragraphs, texts: texts, figures: pages.flatMap(\.figureDescriptions),
                                  subject: subject, locator: locator).findings
        var figures = reading.figures
        figures.bodySize = Self.bodySize(texts)
        figures.smallestSize = texts.map(\.size).min()
        figures.lowestContrast = texts.compactMap { text -> (Double, RGBColor, RGBColor, Int)? in
            guard case let .color(backdrop) = text.backdrop else { return nil }
            return (Contrast.ratio(text.color, backdrop), text.color, backdrop, text.page)
        }.min { $0.0 < $1.0 }
        return (findings, figures)
    }

    /// The size most running text is set in, counted by characters.
    static func bodySize(_ texts: [PlacedText]) -> Double? {
        var characters: [Double: Int] = [:]
        for text in texts where text.use == .body { characters[text.size, default: 0] += text.text.count }
        return characters.max { ($0.value, -$0.key) < ($1.value, -$1.key) }?.key
    }

    // MARK: Sizes

    private func sizes(_ texts: [PlacedText]) -> [Diagnostic] {
        let limits = subject.thresholds
        var findings: [Diagnostic] = []
        var reported = Set<String>()
        for text in texts {
            let floor = text.size < limits.floorSize - 0.01
            let body = text.use == .body && text.size < limits.bodySize - 0.01
            guard floor || body else { continue }
            let style = locator.style(of: text)
            // One finding per style and size: a style used on every panel is one fix.
            guard reported.insert("\(style?.field ?? "")|\(text.size)").inserted else { continue }
            let what = floor
                ? "text is \(points(text.size)), below the \(points(limits.floorSize)) that any text in a patient document needs"
                : "running text is \(points(text.size)), below the \(points(limits.bodySize)) patient information asks for"
            findings.append(.warning(what + " (page \(text.page): \"\(Self.quote(text.text))\")",
                                     at: style?.location ?? locator.layout, field: style.map { "\($0.field).size" }))
        }
        return findings
    }

    // MARK: Contrast

    private func contrast(_ texts: [PlacedText]) -> [Diagnostic] {
        let limits = subject.thresholds
        var findings: [Diagnostic] = []
        var reported = Set<String>()
        for text in texts {
            guard case let .color(backdrop) = text.backdrop else { continue }
            let large = PreflightThresholds.isLargeText(size: text.size, bold: text.bold)
            let needed = large ? limits.largeTextContrast : limits.textContrast
            let ratio = Contrast.ratio(text.color, backdrop)
            guard ratio < needed else { continue }
            guard reported.insert("\(text.color.hex)|\(backdrop.hex)|\(large)").inserted else { continue }
            let style = locator.style(of: text)
            findings.append(.warning("\(text.link == nil ? "text" : "a link") in \(text.color.hex) on \(backdrop.hex) "
                + "has a contrast of \(FolioPreflight.ratio(ratio)), below the \(FolioPreflight.ratio(needed)) WCAG 2.x "
                + "asks for \(large ? "large" : "normal") text (page \(text.page): \"\(Self.quote(text.text))\")",
                at: style?.location ?? locator.layout, field: style.map { "\($0.field).color" }))
        }
        return findings
    }

    private func marks(_ marks: [PlacedMark]) -> [Diagnostic] {
        var findings: [Diagnostic] = []
        var reported = Set<String>()
        for mark in marks {
            guard case let .color(backdrop) = mark.backdrop, mark.color != backdrop else { continue }
            let ratio = Contrast.ratio(mark.color, backdrop)
            guard ratio < subject.thresholds.graphicsContrast,
                  reported.insert("\(mark.color.hex)|\(backdrop.hex)").inserted else { continue }
            let named = locator.color(mark.color)
            findings.append(.warning("a chart mark in \(mark.color.hex) on \(backdrop.hex) has a contrast of "
                + "\(FolioPreflight.ratio(ratio)), below the \(FolioPreflight.ratio(subject.thresholds.graphicsContrast)) "
                + "WCAG 2.1 (1.4.11) asks for graphics (page \(mark.page)); choose a darker colour and keep its hatching",
                at: named?.location ?? locator.layout, field: named?.field))
        }
        return findings
    }

    /// The first words of a text, for a message.
    static func quote(_ text: String, limit: Int = 48) -> String {
        let trimmed = text.trimmingCharacters(in: .whitespacesAndNewlines)
        return trimmed.count <= limit ? trimmed : String(trimmed.prefix(limit)) + "…"
    }
}
