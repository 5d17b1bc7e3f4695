/// Sets broken lines: distributes each line's glue (justification) or places
/// the line (left, right, centre), adds the hyphen of a hyphenated line, and
/// turns boxes into glyph runs.
struct LineSetter {
    let style: ParagraphStyle
    /// Baseline offset from the top of a line box: half of the leading beyond the
    /// main font's ascent plus descent sits above the text (CSS's half-leading).
    let baseline: Double

    func lines(_ items: [ParagraphItem], measure: LineMeasure, breaks: [Int], width: (Int) -> Double,
               linesBefore: Int = 0) -> [TypesetLine] {
        var lines: [TypesetLine] = []
        var start = 0
        for (number, end) in breaks.enumerated() {
            let isLast = number == breaks.count - 1 || measure.breaks[end].isForced
            let indent = style.leftIndent + (number == 0 ? style.firstLineIndent : 0)
            let ratio = measure.ratio(from: start, to: end, width: width(number))
            var line = line(items, start..<end, breakItem: items[end], measure: width(number), indent: indent,
                            ratio: ratio, isLast: isLast) {
                measure.adjustment(from: start, to: end, ratio: $0, width: width(number))
            }
            start = measure.lineStarts[end]
            line.nextItem = start
            lines.append(line)
        }
        return withPageBreakPenalties(lines, linesBefore: linesBefore)
    }

    private func line(_ items: [ParagraphItem], _ range: Range<Int>, breakItem: ParagraphItem, measure: Double,
                      indent: Double, ratio rawRatio: Double, isLast: Bool,
                      adjust: (Double) -> LineAdjustment) -> TypesetLine {
        // Justified lines use their ratio; others keep natural spacing unless they
        // only fit with shrunk spaces. No line stretches beyond what it reports.
        var ratio = rawRatio.isFinite ? rawRatio : 0
        if style.alignment != .justify || isLast { ratio = min(ratio, 0) }
        ratio = max(ratio, -1)
        let adjustment = adjust(ratio)
        // The width the line takes in the measure: marks hanging into the margins do not count.
        let width = adjustment.width - adjustment.protrusion.left - adjustment.protrusion.right
        var offset = indent - adjustment.protrusion.left
        switch style.alignment {
        case .right: offset += max(measure - width, 0)
        case .center: offset += max(measure - width, 0) / 2
        case .left, .justify: break
        }
        let scale = adjustment.scale, glueRatio = adjustment.glueRatio, letterSpacing = adjustment.letterSpacing
        var runs = RunMerger()
        var x = offset
        for index in range {
            if letterSpacing != 0 { x += JustificationLetterSpacing.gaps(of: items, at: index).joining * letterSpacing }
            switch items[index] {
            case let .box(box):
                let tracking = box.facts.isCJK ? 0 : letterSpacing * box.content.run.size
                runs.append(box.content, at: x, scale: scale, tracking: tracking)
                x += box.width * scale + Double(box.facts.clusterGaps) * tracking
            case let .glue(glue):
                let adjust = glue.stretch.isFinite ? (glueRatio >= 0 ? glueRatio * glue.stretch : glueRatio * glue.shrink) : 0
                if let space = glue.space { runs.append(space, at: x, scale: scale, tracking: 0) }
                x += glue.width + adjust
            case .penalty:
                break
            }
        }
        var endsWithHyphen = false
        if case let .penalty(penalty) = breakItem, let hyphen = penalty.hyphen {
            runs.append(hyphen, at: x, scale: scale, tracking: 0)
            endsWithHyphen = true
        }
        return TypesetLine(runs: runs.runs, baseline: baseline, height: style.leading,
                           width: offset + adjustment.protrusion.left + width, adjustmentRatio: ratio,
                           endsWithHyphen: endsWithHyphen, pageBreakPenalty: 0, nextItem: 0,
                           expansion: scale, letterSpacing: letterSpacing, protrusion: adjustment.protrusion)
    }

    /// Marks where a page may break after a line: never inside the orphan zone
    /// (the first lines) or the widow zone (the last lines), at a cost after a hyphen.
    private func withPageBreakPenalties(_ lines: [TypesetLine], linesBefore before: Int) -> [TypesetLine] {
        lines.enumerated().map { index, line in
            var line = line
            let linesBefore = before + index + 1, linesAfter = lines.count - index - 1
            if linesAfter == 0 {
                line.pageBreakPenalty = 0
            } else if linesBefore < style.orphans || linesAfter < style.widows {
                line.pageBreakPenalty = ParagraphItem.Penalty.forbidden.cost
            } else if line.endsWithHyphen {
                line.pageBreakPenalty = 100 // TeX's \brokenpenalty
            }
            return line
        }
    }
}

/// Joins consecutive pieces of the same font, size, colour and link into one
/// glyph run, so that a line is drawn with few text operators.
private struct RunMerger {
    var runs: [GlyphRun] = []

    /// Appends `piece` at pen position `x`, its glyphs scaled horizontally by
    /// `scale` (font expansion; positions already in points on the line) and
    /// each cluster after the first moved on by `tracking` points more than the one before.
    mutating func append(_ piece: StyledRun, at x: Double, scale: Double, tracking: Double) {
        let run = piece.run
        let offset: Int
        // Compared in place: a copy of the last run (`runs.last`) would retain its
        // text and glyphs, and cost a retain and release of each per word.
        let last = runs.count - 1
        if last >= 0, runs[last].font === run.font, runs[last].size == run.size, runs[last].color == piece.color,
           runs[last].link == piece.link, runs[last].horizontalScale == scale {
            offset = runs[last].text.utf8.count
            runs[last].text += run.text
        } else {
            offset = 0
            runs.append(GlyphRun(font: run.font, size: run.size, color: piece.color, link: piece.link,
                                 text: run.text, glyphs: [], horizontalScale: scale))
        }
        // A stretched space keeps its glyph at the glue's start; only the pen moves.
        // Appended one by one, straight into the run: no array between.
        var gaps = 0, previousCluster = run.glyphs.first?.cluster
        for glyph in run.glyphs {
            if glyph.cluster != previousCluster { gaps += 1 }
            previousCluster = glyph.cluster
            runs[runs.count - 1].glyphs.append(PositionedGlyph(id: glyph.id, x: x + glyph.x * scale + Double(gaps) * tracking,
                                                               y: -glyph.y, cluster: offset + glyph.cluster))
        }
    }
}
