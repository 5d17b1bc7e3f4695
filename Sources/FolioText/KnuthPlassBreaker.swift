/// Demerits and limits of total-fit line breaking, with TeX's names and defaults.
public struct LineBreakingParameters: Sendable {
    /// Added to every line's badness before squaring (\linepenalty): favours fewer lines.
    public var linePenalty = 10.0
    /// For two hyphenated lines in a row (\doublehyphendemerits).
    public var doubleHyphenDemerits = 10_000.0
    /// For a hyphen on the paragraph's second-to-last line (\finalhyphendemerits).
    /// Only the emergency pass (unbounded tolerance) breaks so at all: in the
    /// others such a break is not feasible, so no last full line ends in a hyphen.
    public var finalHyphenDemerits = 5_000.0
    /// For adjacent lines of fitness classes more than one apart (\adjdemerits):
    /// a tight line next to a loose one.
    public var adjacentDemerits = 10_000.0
    /// Longest run of consecutive hyphenated lines allowed; breaks with a longer
    /// run are not feasible (and count as infinitely bad when compared).
    public var maxConsecutiveHyphens = 2
    /// Shortest natural width of a paragraph's last line, in points, when the
    /// paragraph has more than one line (0: any). Like \finalhyphendemerits'
    /// penultimate hyphen, a shorter last line is allowed only in the emergency pass.
    public var minLastLine = 0.0
    /// The passes tried in order until one finds breaks, as TeX does: first
    /// without hyphenation at a strict tolerance (\pretolerance), then with it,
    /// then looser (\tolerance), then unbounded (the emergency pass), which
    /// always finds breaks.
    public var passes: [Pass] = [
        Pass(tolerance: 1, hyphenate: false), Pass(tolerance: 1, hyphenate: true),
        Pass(tolerance: 2, hyphenate: true), Pass(tolerance: .infinity, hyphenate: true),
    ]

    /// One attempt: the largest adjustment ratio allowed on a line, and whether
    /// hyphenation points may be used.
    public struct Pass: Sendable {
        public var tolerance: Double
        public var hyphenate: Bool

        public init(tolerance: Double, hyphenate: Bool) {
            self.tolerance = tolerance
            self.hyphenate = hyphenate
        }
    }

    public init() {}
}

/// How lines are filled.
public enum LineFill: Sendable {
    /// Interword glue stretches and shrinks so lines fill the measure.
    case justified
    /// Interword glue keeps its width; each line end may fall short by up to
    /// `stretch` points at badness 100 (TeX's ragged-right \rightskip).
    case ragged(stretch: Double)
}

/// Knuth and Plass's total-fit line breaking ("Breaking Paragraphs into Lines",
/// Software—Practice and Experience 11, 1981): the breaks that minimise the sum
/// of the lines' demerits over the whole paragraph. Active nodes that can no
/// longer start a feasible line are dropped, so the cost grows about linearly
/// with the paragraph's length.
public enum KnuthPlassBreaker {
    /// The best breaks (indices of the break items; the last is the paragraph's
    /// end) found by the first pass whose tolerance admits a solution.
    public static func breaks(_ items: [ParagraphItem], width: (Int) -> Double, fill: LineFill,
                              parameters: LineBreakingParameters = .init()) -> [Int] {
        breaks(LineMeasure(items: items, fill: fill), width: width, parameters: parameters)
    }

    static func breaks(_ measure: LineMeasure, width: (Int) -> Double, parameters: LineBreakingParameters) -> [Int] {
        for pass in parameters.passes {
            if let found = breaks(measure, width: width, tolerance: pass.tolerance, hyphenate: pass.hyphenate,
                                  parameters: parameters) {
                return found
            }
        }
        return FirstFitBreaker.breaks(measure, width: width)
    }

    /// The best breaks with no line's adjustment ratio above `tolerance`, or nil
    /// when no such set of breaks exists.
    public static func breaks(_ items: [ParagraphItem], width: (Int) -> Double, fill: LineFill, tolerance: Double,
                              hyphenate: Bool = true, parameters: LineBreakingParameters = .init()) -> [Int]? {
        breaks(LineMeasure(items: items, fill: fill), width: width, tolerance: tolerance, hyphenate: hyphenate,
               parameters: parameters)
    }

    static func breaks(_ measure: LineMeasure, width: (Int) -> Double, tolerance: Double, hyphenate: Bool,
                       parameters: LineBreakingParameters) -> [Int]? {
        var nodes = [Node(position: -1, start: 0, line: 0, fitness: .decent, hyphens: 0, total: 0, previous: nil)]
        var active = [0]
        // The best candidate per fitness class and hyphen run, reused at every break.
        let slots = 4 * (parameters.maxConsecutiveHyphens + 1)
        var best = [Candidate?](repeating: nil, count: slots)
        for position in 0..<measure.count {
            let info = measure.breaks[position]
            guard info.isLegal, hyphenate || !info.isHyphenation else { continue }
            var stillActive: [Int] = []
            stillActive.reserveCapacity(active.count)
            for nodeIndex in active {
                let node = nodes[nodeIndex]
                let ratio = measure.ratio(from: node.start, to: position, width: width(node.line))
                if ratio >= -1 && !info.isForced { stillActive.append(nodeIndex) }
                let lastLineAcceptable = position != measure.count - 1
                    || acceptableLastLine(after: node, at: position, measure: measure, parameters: parameters)
                guard ratio >= -1, ratio <= tolerance, lastLineAcceptable || tolerance.isInfinite,
                      var candidate = candidate(after: node, index: nodeIndex, at: position, ratio: ratio,
                                                info: info, isLast: position == measure.count - 1,
                                                parameters: parameters) else { continue }
                if !lastLineAcceptable { candidate.total += Self.brokenRuleDemerits }
                let slot = candidate.fitness.rawValue * (parameters.maxConsecutiveHyphens + 1) + candidate.hyphens
                if best[slot].map({ candidate.total < $0.total }) ?? true { best[slot] = candidate }
            }
            active = stillActive
            for slot in 0..<slots {
                guard let candidate = best[slot] else { continue }
                best[slot] = nil
                nodes.append(Node(position: position, start: measure.lineStarts[position],
                                  line: nodes[candidate.previous].line + 1, fitness: candidate.fitness,
                                  hyphens: candidate.hyphens, total: candidate.total, previous: candidate.previous))
                active.append(nodes.count - 1)
            }
            if active.isEmpty { return nil }
        }
        let last = measure.count - 1
        guard let end = active.filter({ nodes[$0].position == last }).min(by: { nodes[$0].total < nodes[$1].total })
        else { return nil }
        var result: [Int] = []
        var cursor: Int? = end
        while let index = cursor, nodes[index].position >= 0 {
            result.append(nodes[index].position)
            cursor = nodes[index].previous
        }
        return result.reversed()
    }

    /// Total demerits of a given set of breaks (from any breaker), by the same
    /// rules, so that breakers can be compared; infinite when the breaks hyphenate
    /// more lines in a row than allowed.
    public static func demerits(of breaks: [Int], items: [ParagraphItem], width: (Int) -> Double, fill: LineFill,
                                parameters: LineBreakingParameters = .init()) -> Double {
        demerits(of: breaks, measure: LineMeasure(items: items, fill: fill), width: width, parameters: parameters)
    }

    static func demerits(of breaks: [Int], measure: LineMeasure, width: (Int) -> Double,
                         parameters: LineBreakingParameters) -> Double {
        var node = Node(position: -1, start: 0, line: 0, fitness: .decent, hyphens: 0, total: 0, previous: nil)
        for position in breaks {
            let ratio = max(measure.ratio(from: node.start, to: position, width: width(node.line)), -1)
            let isLast = position == measure.count - 1
            guard var next = candidate(after: node, index: 0, at: position, ratio: ratio,
                                       info: measure.breaks[position], isLast: isLast,
                                       parameters: parameters) else { return .infinity }
            if isLast, !acceptableLastLine(after: node, at: position, measure: measure, parameters: parameters) {
                next.total += brokenRuleDemerits
            }
            node = Node(position: position, start: measure.lineStarts[position], line: node.line + 1,
                        fitness: next.fitness, hyphens: next.hyphens, total: next.total, previous: nil)
        }
        return node.total
    }

    /// The last line may follow neither a hyphen (TeX's \finalhyphendemerits
    /// made absolute) nor be shorter than `minLastLine`: not at all before the
    /// emergency pass, and there at the cost of `brokenRuleDemerits`. Nor may
    /// it be empty: a break just before the paragraph's end would otherwise
    /// dodge the hyphen rule with a blank line ("Papadopoulos-/Konstantinidis/").
    static func acceptableLastLine(after node: Node, at position: Int, measure: LineMeasure,
                                   parameters: LineBreakingParameters) -> Bool {
        guard node.position >= 0 else { return true }
        let width = measure.naturalWidth(from: node.start, to: position)
        return node.hyphens == 0 && width > 0 && width >= parameters.minLastLine
    }

    // MARK: - Nodes and demerits

    /// TeX's fitness classes: adjacent lines should not differ by more than one.
    enum Fitness: Int, Comparable {
        case tight, decent, loose, veryLoose

        init(ratio: Double) {
            switch ratio {
            case ..<(-0.5): self = .tight
            case ...0.5: self = .decent
            case ...1: self = .loose
            default: self = .veryLoose
            }
        }

        static func < (lhs: Fitness, rhs: Fitness) -> Bool { lhs.rawValue < rhs.rawValue }
    }

    /// A feasible break: where it is, which line starts after it, and the best
    /// path of breaks that reaches it.
    struct Node {
        var position: Int
        var start: Int
        var line: Int
        var fitness: Fitness
        /// Consecutive hyphenated lines ending here.
        var hyphens: Int
        var total: Double
        var previous: Int?
    }

    struct Candidate {
        var fitness: Fitness
        var hyphens: Int
        var total: Double
        var previous: Int
    }

    /// The line from `node` to a break at `position` with adjustment `ratio`,
    /// with TeX's demerits; nil when it would make too many hyphens in a row.
    static func candidate(after node: Node, index: Int, at position: Int, ratio: Double, info: LineMeasure.Break,
                          isLast: Bool, parameters: LineBreakingParameters) -> Candidate? {
        let cost = info.cost, flagged = info.isFlagged
        let hyphens = flagged ? node.hyphens + 1 : 0
        guard hyphens <= parameters.maxConsecutiveHyphens else { return nil }
        // TeX caps badness at 10,000; uncapped, the emergency pass still prefers
        // a line stretched 3 times to one stretched 50 times.
        let badness = ratio.isFinite ? 100 * pow3(abs(ratio)) : Self.infiniteBadness
        var demerits = (parameters.linePenalty + badness) * (parameters.linePenalty + badness)
        if cost > ParagraphItem.Penalty.forced.cost { demerits += cost >= 0 ? cost * cost : -cost * cost }
        if flagged && node.hyphens > 0 { demerits += parameters.doubleHyphenDemerits }
        if isLast && node.hyphens > 0 { demerits += parameters.finalHyphenDemerits }
        let fitness = Fitness(ratio: ratio)
        if abs(fitness.rawValue - node.fitness.rawValue) > 1 { demerits += parameters.adjacentDemerits }
        return Candidate(fitness: fitness, hyphens: hyphens, total: node.total + demerits, previous: index)
    }

    private static func pow3(_ value: Double) -> Double { value * value * value }

    /// Demerits of breaking a last-line rule in the emergency pass: more than any
    /// line short of a ratio of about 20, less than a line that cannot fill at all.
    static let brokenRuleDemerits = 1e12

    /// Badness of a line with no stretch at all that is short of the measure.
    static let infiniteBadness = 1e12
}
