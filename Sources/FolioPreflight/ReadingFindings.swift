import FolioCore

/// The reading rules: each text (the running paragraphs read from one data
/// file, or the layout's own) is measured as a whole — Flesch–Kincaid grade
/// and longest sentence for English, longest sentence and uncommon characters
/// for Chinese.
struct ReadingFindings {
    /// Below this many words the Flesch–Kincaid grade swings with one word
    /// (two short sentences can score grade 0 or 15); such texts are not graded.
    static let gradedWords = 30
    /// Below this many Han characters a share of uncommon ones means little.
    static let measuredCharacters = 50

    var findings: [Diagnostic] = []
    var figures = PreflightFigures()

    init(paragraphs: [PlacedParagraph], subject: PreflightSubject, locator: PreflightLocator) {
        let limits = subject.thresholds
        // Texts in order of first appearance, keyed by the file they come from.
        var order: [String] = []
        var texts: [String: (location: SourceLocation, language: String, paragraphs: [String])] = [:]
        for paragraph in paragraphs where paragraph.use == .body {
            let location = locator.source(of: paragraph.text) ?? locator.layout
            let key = "\(location.file)|\(paragraph.language)"
            if texts[key] == nil {
                order.append(key)
                texts[key] = (location, paragraph.language, [])
            }
            texts[key]?.paragraphs.append(paragraph.text)
        }
        var english: [String] = [], chinese: [String] = []
        for key in order {
            guard let text = texts[key] else { continue }
            // The layout's own lines (names, addresses, labels) are not prose: only
            // their sentences' length is judged, and only prose counts in the figures.
            let prose = text.location.file != locator.layout.file
            if text.language.hasPrefix("en") {
                if prose { english += text.paragraphs }
                judgeEnglish(text.paragraphs, at: text.location, prose: prose, limits: limits, locator: locator)
            } else if text.language.hasPrefix("zh") {
                if prose { chinese += text.paragraphs }
                judgeChinese(text.paragraphs, at: text.location, prose: prose, limits: limits, locator: locator)
            }
        }
        if !english.isEmpty {
            let all = ReadingLevel(paragraphs: english)
            figures.overallGrade = all.words >= Self.gradedWords ? all.grade : nil
            figures.longestSentence = all.longestSentence
        }
        if !chinese.isEmpty {
            let all = ChineseReadability(paragraphs: chinese)
            figures.longestChineseSentence = all.longestSentence
            figures.uncommonShare = all.uncommonShare
        }
    }

    private mutating func judgeEnglish(_ paragraphs: [String], at location: SourceLocation, prose: Bool,
                                       limits: PreflightThresholds, locator: PreflightLocator) {
        let level = ReadingLevel(paragraphs: paragraphs)
        if prose, level.words >= Self.gradedWords {
            figures.worstGrade = max(figures.worstGrade ?? level.grade, level.grade)
            if level.grade > limits.readingGrade {
                findings.append(.warning("the text reads at Flesch–Kincaid grade \(decimal(level.grade)), above the "
                    + "grade \(decimal(limits.readingGrade)) patient materials aim for (\(level.words) words in "
                    + "\(level.sentences) sentences, \(decimal(Double(level.syllables) / Double(level.words))) "
                    + "syllables a word): use shorter sentences and everyday words, and explain medical terms",
                    at: location))
            }
        }
        if level.longestSentence > limits.sentenceWords {
            findings.append(.warning("a sentence of \(level.longestSentence) words, more than "
                + "\(limits.sentenceWords): \"\(Preflight.quote(level.longestSentenceText, limit: 60))\"; split it",
                at: locator.source(of: level.longestSentenceText) ?? location))
        }
    }

    private mutating func judgeChinese(_ paragraphs: [String], at location: SourceLocation, prose: Bool,
                                       limits: PreflightThresholds, locator: PreflightLocator) {
        let reading = ChineseReadability(paragraphs: paragraphs)
        if reading.longestSentence > limits.sentenceCharacters {
            findings.append(.warning("a sentence of \(reading.longestSentence) characters, more than "
                + "\(limits.sentenceCharacters): \"\(Preflight.quote(reading.longestSentenceText, limit: 30))\"; split it",
                at: locator.source(of: reading.longestSentenceText) ?? location))
        }
        if prose, reading.characters >= Self.measuredCharacters, reading.uncommonShare > limits.uncommonShare {
            findings.append(.warning("\(decimal(reading.uncommonShare * 100)) % of the characters are outside the "
                + "2,500 常用字 (more than \(decimal(limits.uncommonShare * 100)) %): "
                + String(reading.uncommon.prefix(20)) + "; use common words or explain them", at: location))
        }
    }
}
