/// Sets broken lines: distributes each line's glue (justification) or places
/// the line (left, right, centre), and turns its boxes into glyph runs.
struct LineSetter {
    let alignment: TextAlignment
    let leading: Double
    let firstLineIndent: Double
    /// Baseline offset from the top of a line box: half of the leading beyond the
    /// main font's ascent plus descent sits above the text (CSS's half-leading).
    let baseline: Double

    func lines(_ items: [ParagraphItem], breaks: [Int], width: Double) -> [TypesetLine] {
        var lines: [TypesetLine] = []
        var start = 0
        for (number, end) in breaks.enumerated() {
            let isLast = number == breaks.count - 1
                || Self.isForced(items[end]) && !isParagraphEnd(items, end)
            let indent = number == 0 ? firstLineIndent : 0
            let lineItems = Array(items[start..<end])
            lines.append(line(lineItems, measure: width - indent, indent: indent, isLast: isLast))
            start = FirstFitBreaker.nextLineStart(after: end, in: items)
        }
        return lines
    }

    private func isParagraphEnd(_ items: [ParagraphItem], _ index: Int) -> Bool { index == items.count - 1 }

    private static func isForced(_ item: ParagraphItem) -> Bool {
        if case let .penalty(_, cost, _) = item { return cost <= ParagraphItem.forcedBreak }
        return false
    }

    private func line(_ items: [ParagraphItem], measure: Double, indent: Double, isLast: Bool) -> TypesetLine {
        var natural = 0.0, stretch = 0.0, shrink = 0.0
        for item in items {
            natural += item.width
            if case let .glue(_, glueStretch, glueShrink, _) = item, glueStretch.isFinite {
                stretch += glueStretch
                shrink += glueShrink
            }
        }
        var ratio = 0.0
        if alignment == .justify && !isLast {
            if natural < measure, stretch > 0 { ratio = (measure - natural) / stretch }
            if natural > measure, shrink > 0 { ratio = max(-1, (measure - natural) / shrink) }
        } else if natural > measure, shrink > 0 {
            // A ragged line that only fits with shrunk spaces (first-fit allows it).
            ratio = max(-1, (measure - natural) / shrink)
        }
        let setWidth = natural + (ratio >= 0 ? ratio * stretch : ratio * shrink)
        var x = indent
        switch alignment {
        case .right: x += max(measure - setWidth, 0)
        case .center: x += max(measure - setWidth, 0) / 2
        case .left, .justify: break
        }
        var runs = RunMerger()
        for item in items {
            switch item {
            case let .box(width, content):
                runs.append(content, at: x)
                x += width
            case let .glue(width, glueStretch, glueShrink, space):
                let adjust = glueStretch.isFinite ? (ratio >= 0 ? ratio * glueStretch : ratio * glueShrink) : 0
                let setGlue = width + adjust
                if let space { runs.append(space, at: x) }
                x += setGlue
            case .penalty:
                break
            }
        }
        return TypesetLine(runs: runs.runs, baseline: baseline, height: leading, width: setWidth,
                           adjustmentRatio: ratio)
    }
}

/// Joins consecutive pieces of the same font, size, colour and link into one
/// glyph run, so that a line is drawn with few text operators.
private struct RunMerger {
    var runs: [GlyphRun] = []

    mutating func append(_ piece: StyledRun, at x: Double) {
        let run = piece.run
        let offset: Int
        if let last = runs.last, last.font === run.font, last.size == run.size, last.color == piece.color,
           last.link == piece.link {
            offset = last.text.utf8.count
            runs[runs.count - 1].text += run.text
        } else {
            offset = 0
            runs.append(GlyphRun(font: run.font, size: run.size, color: piece.color, link: piece.link,
                                 text: run.text, glyphs: []))
        }
        // A stretched space keeps its glyph at the glue's start; only the pen moves.
        let glyphs = run.glyphs.map {
            PositionedGlyph(id: $0.id, x: x + $0.x, y: -$0.y, cluster: offset + $0.cluster)
        }
        runs[runs.count - 1].glyphs.append(contentsOf: glyphs)
    }
}
