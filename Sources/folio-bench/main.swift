import FolioText
import Foundation

// Typesetting benchmark: shaping, hyphenation and line breaking (no PDF).
// Run with `make bench` (release build). Prints medians of several runs.
//
// 1. Throughput on the department's own English and Chinese text, set again
//    and again at an 80 mm justified measure: cold (a new shape cache each
//    run) and warm (the cache kept).
//    Warm again with the annual report's justification letter spacing.
// 2. Scaling: one synthetic paragraph of 1,000 to 10,000 words (the
//    department's words repeated; clearly synthetic) broken with Knuth–Plass,
//    to show that the time per word stays flat.

let root = URL(fileURLWithPath: CommandLine.arguments.count > 1 ? CommandLine.arguments[1] : ".")
let fonts = try FontLibrary(bundledDirectory: root.appendingPathComponent("Fonts"))

func paragraphs(_ language: String) throws -> [String] {
    try ["about", "approach"].flatMap { name in
        try String(contentsOf: root.appendingPathComponent("Data/text/\(language)/\(name).md"), encoding: .utf8)
            .components(separatedBy: "\n\n").map { $0.trimmingCharacters(in: .whitespacesAndNewlines) }
            .filter { !$0.isEmpty }
    }
}

let english = TextStyle(family: "Noto Serif", size: 10, fallbackFamilies: ["Noto Sans CJK SC"], language: "en")
let chinese = TextStyle(family: "Noto Serif CJK SC", size: 10, language: "zh")
let justified = ParagraphStyle(alignment: .justify, leading: 13, hyphenation: HyphenationSettings())
let measure = 80 * 72 / 25.4
let corpus = try paragraphs("en").map { ($0, english) } + paragraphs("zh").map { ($0, chinese) }
let corpusCharacters = corpus.reduce(0) { $0 + $1.0.count }

func seconds(_ body: () throws -> Void) rethrows -> Double {
    let start = DispatchTime.now().uptimeNanoseconds
    try body()
    return Double(DispatchTime.now().uptimeNanoseconds - start) / 1e9
}

func median(_ values: [Double]) -> Double {
    let sorted = values.sorted()
    return sorted.count % 2 == 1 ? sorted[sorted.count / 2] : (sorted[sorted.count / 2 - 1] + sorted[sorted.count / 2]) / 2
}

func setCorpus(_ typesetter: Typesetter, times: Int, paragraph: ParagraphStyle = justified) throws {
    for _ in 0..<times {
        for (text, style) in corpus {
            _ = try typesetter.typeset([StyledText(text, style: style)], width: measure, style: paragraph) { _ in }
        }
    }
}

let repeats = 100
var cold: [Double] = []
var warm: [Double] = []
for _ in 0..<11 {
    // Cold: a fresh cache, so every word is shaped once per run of the corpus.
    // No paragraph memo: the same corpus set again would be a lookup, not typesetting.
    cold.append(try seconds { try setCorpus(Typesetter(fonts: fonts, memoCapacity: 0), times: 1) })
    let typesetter = Typesetter(fonts: fonts, memoCapacity: 0)
    try setCorpus(typesetter, times: 1)
    warm.append(try seconds { try setCorpus(typesetter, times: repeats) } / Double(repeats))
}
print("corpus: \(corpus.count) paragraphs, \(corpusCharacters) characters (English and Chinese), 80 mm justified")
print(String(format: "cold cache: %.2f M characters/s (median of 11: %.2f ms per corpus)",
             Double(corpusCharacters) / median(cold) / 1e6, median(cold) * 1000))
print(String(format: "warm cache: %.2f M characters/s (median of 11: %.3f ms per corpus)",
             Double(corpusCharacters) / median(warm) / 1e6, median(warm) * 1000))
// The annual report's body also letter-spaces justified lines (justify-letter-spacing: 1%).
var letterSpaced = justified
letterSpaced.letterSpacing = JustificationLetterSpacing(stretch: 0.01, shrink: 0.01)
let spacedTypesetter = Typesetter(fonts: fonts, memoCapacity: 0)
try setCorpus(spacedTypesetter, times: 1, paragraph: letterSpaced)
let spaced = try (0..<11).map { _ in
    try seconds { try setCorpus(spacedTypesetter, times: repeats, paragraph: letterSpaced) } / Double(repeats)
}
print(String(format: "warm cache, letter spacing ±1 %% as in the report: %.2f M characters/s (median of 11: %.3f ms)",
             Double(corpusCharacters) / median(spaced) / 1e6, median(spaced) * 1000))

let words = try paragraphs("en").joined(separator: " ").split(separator: " ")
print("\nsynthetic paragraph (department words repeated), Knuth–Plass at 80 mm, warm cache:")
print("words   | items   | median ms | µs per word")
let scaling = Typesetter(fonts: fonts, memoCapacity: 0)
for count in [1_000, 2_000, 5_000, 10_000] {
    let text = (0..<count).map { words[$0 % words.count] }.joined(separator: " ")
    let items = try scaling.items([StyledText(text, style: english)], width: measure, style: justified) { _ in }
    let widths = scaling.lineWidths(measure, justified)
    let times = (0..<5).map { _ in seconds { _ = KnuthPlassBreaker.breaks(items, width: widths, fill: .justified) } }
    print(String(format: "%7d | %7d | %9.2f | %6.2f", count, items.count, median(times) * 1000,
                 median(times) * 1e6 / Double(count)))
}

// 3. Where the warm time goes: building items (break opportunities, cached
//    words, glue), of which ICU's break iterator alone, and line breaking.
let phases = Typesetter(fonts: fonts, memoCapacity: 0)
try setCorpus(phases, times: 1)
let widths = phases.lineWidths(measure, justified)
var itemTimes: [Double] = [], icuTimes: [Double] = [], breakTimes: [Double] = []
let corpusItems = try corpus.map { text, style in
    try phases.items([StyledText(text, style: style)], width: measure, style: justified) { _ in }
}
for _ in 0..<7 {
    itemTimes.append(try seconds {
        for _ in 0..<repeats {
            for (text, style) in corpus {
                _ = try phases.items([StyledText(text, style: style)], width: measure, style: justified) { _ in }
            }
        }
    } / Double(repeats))
    icuTimes.append(seconds {
        for _ in 0..<repeats { for (text, style) in corpus { _ = LineBreakOpportunities.find(in: text, locale: style.language ?? "en") } }
    } / Double(repeats))
    breakTimes.append(seconds {
        for _ in 0..<repeats { for items in corpusItems { _ = KnuthPlassBreaker.breaks(items, width: widths, fill: .justified) } }
    } / Double(repeats))
}
print(String(format: "\nphases per corpus (medians): items %.3f ms (ICU break iterator %.3f ms), Knuth–Plass %.3f ms; "
    + "the rest of the warm time is setting lines into glyph runs", median(itemTimes) * 1000, median(icuTimes) * 1000,
    median(breakTimes) * 1000))
