/// URLs and domain names in running text: never hyphenated (a hyphen added to
/// a URL changes it, so a reader could not type it back), and breakable after
/// each `/` and `.` inside them, with no hyphen (issue 14's rule). UAX #14
/// alone does not break "tmucih.com/index" at all, so a long URL would
/// otherwise stretch its line or be cut between letters.
enum URLBreaks {
    /// Ranges of the space-delimited tokens that are URLs: with a scheme
    /// ("https://…"), starting "www.", or a domain name ("tmucih.com",
    /// "example.org/path"). Trailing sentence punctuation is not part of them.
    static func tokens(in string: String) -> [Range<String.Index>] {
        // Scans bytes and looks closer only at tokens with a "." before an ASCII
        // letter or a "/" before a letter or digit: this runs on every paragraph.
        // A dot before a digit alone ("582.1", "3.5 mm") makes no URL: a domain
        // ends in letters, and a numeric host needs a scheme, whose "//" counts.
        var ranges: [Range<String.Index>] = []
        let utf8 = string.utf8
        var tokenStart = utf8.startIndex
        var candidate = false
        var previous: UInt8 = 0
        var index = utf8.startIndex
        while true {
            let byte = index < utf8.endIndex ? utf8[index] : 0x20
            if byte == 0x20 || byte == 0x0A || byte == 0x09 {
                if candidate, let url = url(in: string[tokenStart..<index]) { ranges.append(url) }
                candidate = false
                if index == utf8.endIndex { break }
                tokenStart = utf8.index(after: index)
            } else if previous == 0x2E, (0x61...0x7A).contains(byte | 0x20) {
                candidate = true
            } else if previous == 0x2F, (0x61...0x7A).contains(byte | 0x20) || (0x30...0x39).contains(byte) {
                candidate = true
            }
            previous = byte
            index = utf8.index(after: index)
        }
        return ranges
    }

    /// Where a line may break inside the URLs of `string`: after every `/`
    /// and `.` that is followed by more of the URL (not after "https:/" whose
    /// next character is the second slash).
    static func opportunities(in string: String, urls: [Range<String.Index>]) -> [String.Index] {
        var result: [String.Index] = []
        for url in urls {
            let scalars = string.unicodeScalars[url]
            var index = scalars.startIndex
            while index < scalars.endIndex {
                let next = scalars.index(after: index)
                if (scalars[index] == "/" || scalars[index] == "."), next < scalars.endIndex, scalars[next] != "/" {
                    result.append(next)
                }
                index = next
            }
        }
        return result
    }

    /// The URL part of a token: the token less its trailing punctuation, when
    /// it has a scheme, starts with "www." or is a dotted name ending in a
    /// top-level domain of letters.
    private static func url(in token: Substring) -> Range<String.Index>? {
        var end = token.endIndex
        while end > token.startIndex, ".,;:!?)]}\"'’”".unicodeScalars.contains(token.unicodeScalars[token.unicodeScalars.index(before: end)]) {
            end = token.unicodeScalars.index(before: end)
        }
        var start = token.startIndex
        while start < end, "([{\"'‘“".unicodeScalars.contains(token.unicodeScalars[start]) {
            start = token.unicodeScalars.index(after: start)
        }
        let candidate = token[start..<end]
        guard !candidate.isEmpty else { return nil }
        if candidate.contains("://") || candidate.lowercased().hasPrefix("www.") { return start..<end }
        // A domain name: dot-separated labels of ASCII letters, digits and
        // hyphens, the last (before any path) two or more letters.
        let host = candidate.split(separator: "/", maxSplits: 1, omittingEmptySubsequences: false)[0]
        let labels = host.split(separator: ".", omittingEmptySubsequences: false)
        guard labels.count >= 2, let top = labels.last, top.count >= 2,
              top.unicodeScalars.allSatisfy({ $0.isASCII && $0.properties.isAlphabetic }),
              labels.allSatisfy({ !$0.isEmpty && $0.unicodeScalars.allSatisfy { $0.isASCII
                  && ($0.properties.isAlphabetic || ("0"..."9").contains($0) || $0 == "-") } }),
              labels[0].count >= 2 // not "e.g" or "i.e"
        else { return nil }
        return start..<end
    }
}
