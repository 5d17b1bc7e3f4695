import FolioCore
import FolioTestSupport
import FolioText
import Foundation
import Testing

@Suite struct KnuthPlassTests {
    let typesetter = TestSupport.typesetter()
    let body = TextStyle(family: "Noto Serif", size: 10, fallbackFamilies: ["Noto Sans CJK SC"], language: "en")
    let justified = ParagraphStyle(alignment: .justify, leading: 13, hyphenation: HyphenationSettings())

    /// Measures in points: a 45 mm tri-fold panel, an 80 mm column, a 160 mm full width.
    static let measures = [45.0, 80.0, 160.0].map { $0 * 72 / 25.4 }

    static func paragraphs(_ language: String) throws -> [String] {
        try ["about", "approach"].flatMap { name in
            try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Data/text/\(language)/\(name).md"),
                       encoding: .utf8)
                .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
                .filter { !$0.isEmpty }
        }
    }

    func items(_ text: String, width: Double, style: ParagraphStyle? = nil) throws -> [ParagraphItem] {
        try typesetter.items([StyledText(text, style: body)], width: width, style: style ?? justified) { _ in }
    }

    /// Total-fit is never worse than first-fit, and better on the whole text at
    /// every measure. Where the greedy breaks already are the best ones (a few
    /// paragraphs at the wide measure), both give the same breaks and demerits.
    @Test(arguments: measures) func totalFitBeatsFirstFit(width: Double) throws {
        var totals = (best: 0.0, greedy: 0.0), ties = 0
        for text in try Self.paragraphs("en") {
            let items = try items(text, width: width)
            let widths = typesetter.lineWidths(width, justified)
            let totalFit = KnuthPlassBreaker.breaks(items, width: widths, fill: .justified)
            let firstFit = FirstFitBreaker.breaks(items, width: widths)
            let best = KnuthPlassBreaker.demerits(of: totalFit, items: items, width: widths, fill: .justified)
            let greedy = KnuthPlassBreaker.demerits(of: firstFit, items: items, width: widths, fill: .justified)
            #expect(best <= greedy, "\(Int(width)) pt, \"\(text.prefix(30))…\": total-fit \(best), first-fit \(greedy)")
            if best == greedy {
                ties += 1
                #expect(totalFit == firstFit, "equal demerits come from the same breaks")
            }
            totals.best += best
            totals.greedy += greedy
        }
        print("demerits at \(Int(width)) pt: total-fit \(totals.best), first-fit \(totals.greedy), \(ties) ties")
        #expect(totals.best < totals.greedy)
    }

    @Test(arguments: measures) func noLooseLineWhereATighterSetExists(width: Double) throws {
        for text in try Self.paragraphs("en") {
            let items = try items(text, width: width)
            let widths = typesetter.lineWidths(width, justified)
            // Is there a set of breaks with every ratio at most 1?
            guard KnuthPlassBreaker.breaks(items, width: widths, fill: .justified, tolerance: 1) != nil else { continue }
            let paragraph = try typesetter.typeset([StyledText(text, style: body)], width: width, style: justified) { _ in }
            for line in paragraph.lines.dropLast() {
                #expect(line.adjustmentRatio <= 1 + 1e-9, "ratio \(line.adjustmentRatio) at \(Int(width)) pt")
            }
        }
    }

    @Test(arguments: measures) func justifiedLinesFillTheMeasureAndHyphensStayFew(width: Double) throws {
        for text in try Self.paragraphs("en") {
            let paragraph = try typesetter.typeset([StyledText(text, style: body)], width: width, style: justified) { _ in }
            var run = 0
            for line in paragraph.lines.dropLast() {
                #expect(abs(line.width - width) < 0.01 || !line.runs.map(\.text).joined().contains(" "),
                        "a line of \(line.width) pt in \(width) pt")
                run = line.endsWithHyphen ? run + 1 : 0
                #expect(run <= 2, "more than two hyphenated lines in a row")
                if line.endsWithHyphen { #expect(line.runs.last?.text.hasSuffix("-") == true) }
            }
        }
    }

    @Test func raggedLinesStayWithinTheMeasureAndKeepNaturalSpaces() throws {
        let ragged = ParagraphStyle(alignment: .left, leading: 13, hyphenation: HyphenationSettings())
        for text in try Self.paragraphs("en") {
            let paragraph = try typesetter.typeset([StyledText(text, style: body)], width: Self.measures[1],
                                                   style: ragged) { _ in }
            for line in paragraph.lines {
                #expect(line.width <= Self.measures[1] + 0.01)
                #expect(line.adjustmentRatio <= 0)
            }
        }
    }

    @Test func softHyphenIsTheOnlyPlaceAWordBreaks() throws {
        // "Ultra­thoracoscopic": the author allows one break, after "Ultra".
        let text = "Ultra\u{00AD}thoracoscopic oesophagectomy"
        let items = try items(text, width: 60)
        let hyphens = items.filter { if case let .penalty(p) = $0 { p.hyphen != nil } else { false } }.count
        let oesophagectomy = try #require(typesetter.items([StyledText("oesophagectomy", style: body)], width: 60,
                                                         style: justified) { _ in }.count)
        #expect(hyphens >= 1)
        // The soft-hyphenated word gets no pattern breaks of its own: one hyphen for it,
        // the others all belong to "oesophagectomy".
        let patternBreaks = (oesophagectomy - 3) / 2
        #expect(hyphens == 1 + patternBreaks)
    }

    @Test func noHyphenationOfCapitalsDigitsOrAddresses() throws {
        for word in ["THORACOSCOPIC", "thoracoscopic2026", "surgery@example.org", "https://example.org/thoracoscopic"] {
            let items = try items(word, width: 400)
            let hyphens = items.filter { if case let .penalty(p) = $0 { p.hyphen != nil } else { false } }
            #expect(hyphens.isEmpty, "\(word) was hyphenated")
        }
        let hyphenated = try items("thoracoscopic", width: 400)
        #expect(hyphenated.contains { if case let .penalty(p) = $0 { p.hyphen != nil } else { false } })
    }

    @Test func pageBreakPenaltiesGuardWidowsAndOrphans() throws {
        let text = try Self.paragraphs("en")[0]
        let paragraph = try typesetter.typeset([StyledText(text, style: body)], width: Self.measures[0],
                                               style: justified) { _ in }
        let penalties = paragraph.lines.map(\.pageBreakPenalty)
        #expect(penalties.count > 5)
        #expect(penalties.first == 10_000, "no break after the first line (orphan)")
        #expect(penalties[penalties.count - 2] == 10_000, "no break before the last line (widow)")
        #expect(penalties.last == 0)
        #expect(penalties[2..<(penalties.count - 2)].allSatisfy { $0 < 10_000 })
    }
}
