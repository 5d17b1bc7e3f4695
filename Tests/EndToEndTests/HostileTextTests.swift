import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 4: text files that are not what they seem each get their
/// own located message, and what cannot be printed is removed with a warning.
@Suite(.serialized) struct HostileTextTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// Puts `file` in place of Data/text/en/about.md (or `target`), builds the handout.
    func build(_ file: HostileTextFile, target: String = "Data/text/en/about.md") throws -> (ProcessResult, URL) {
        let directory = try TestSupport.workspace()
        let url = directory.appendingPathComponent(target)
        try FileManager.default.removeItem(at: url)
        try file.make(at: url)
        return (try run(folio, ["build", "Layouts/handout.yaml"], in: directory), directory)
    }

    @Test(arguments: HostileTextFile.refused)
    func aFileThatIsNotUTF8TextHasItsOwnMessage(file: HostileTextFile) throws {
        let (result, _) = try build(file)
        #expect(result.status == 1, "\(file.name): \(result.stderr)")
        #expect(result.stderr.contains(file.expected), "\(file.name): \(result.stderr)")
    }

    @Test func aLatin1YAMLFileNamesTheByteItsLineAndTheFix() throws {
        let text = "# A talk\nevent: \"Caf\u{E9}\"\n"
        let (result, _) = try build(HostileTextFile(name: "Latin-1 YAML", expected: "", bytes: Array(text.data(using: .isoLatin1)!)),
                                    target: "Data/talk.yaml")
        #expect(result.status == 1)
        #expect(result.stderr.contains("Data/talk.yaml:2:12: error: the file is not UTF-8 text: byte 0xE9"), "\(result.stderr)")
        #expect(result.stderr.contains("(in Latin-1 or Windows-1252, \"é\"); save it as UTF-8"))
    }

    /// Control characters and stacked marks are removed with a warning; every word still reaches the PDF's text.
    @Test func unprintableCharactersAreRemovedWithAWarningAndEveryWordArrives() throws {
        // Twelve marks from U+0301 (U+0300 stacks: `everyWordOfAHostileTextReachesThePDFText`).
        let marks = String(String.UnicodeScalarView((0x301..<0x30D).compactMap(Unicode.Scalar.init)))
        let text = "Hello\u{7} world\u{0} and Z\(marks)algo, \u{FFFE}caf\u{E9} right.\n"
        let (result, directory) = try build(HostileTextFile(name: "controls", expected: "", bytes: Array(text.utf8)))
        #expect(result.status == 0, "\(result.stderr)")
        #expect(result.stderr.contains("Data/text/en/about.md:1:6: warning: removed 3 control characters (the first is U+0007)"),
                "\(result.stderr)")
        #expect(result.stderr.contains("Data/text/en/about.md:1:28: warning: removed 4 combining marks stacked beyond 8"))
        let pdf = directory.appendingPathComponent("out/handout.pdf").path
        let extracted = try run("pdftotext", [pdf, "-"]).stdout
        // Base letters of every word, marks aside (PDF text extraction keeps fewer marks than were drawn).
        let letters = String(String.UnicodeScalarView(extracted.unicodeScalars.filter { $0.properties.generalCategory != .nonspacingMark }))
        for word in ["Hello", "world", "Zalgo", "café", "right."] { #expect(letters.contains(word), "\(word): \(extracted)") }
    }
}

/// Words that shaping turns into glyphs a PDF reader must still read as the
/// same words: stacked marks (U+0300 raised one above another came back as
/// "Z algo" while each mark was its own cluster), decomposed Vietnamese,
/// Greek, Cyrillic and Chinese, mixed in one paragraph.
extension HostileTextTests {
    static let hostileWords: [[String]] = [
        ["Z\u{300}\u{300}\u{300}algo", "plain", "words"],
        ["Z\u{300}\u{301}\u{302}\u{303}\u{304}\u{306}\u{307}\u{308}algo", "stacked", "eight"],
        ["Tie\u{302}\u{301}ng", "Vie\u{323}\u{302}t", "co\u{301}", "da\u{302}\u{301}u"],
        ["Ελληνικά", "Кириллица", "e\u{300}", "na\u{308}ive", "中文文本"],
    ]

    @Test(arguments: hostileWords)
    func everyWordOfAHostileTextReachesThePDFText(words: [String]) throws {
        let text = "Start " + words.joined(separator: " ") + " end.\n"
        let (result, directory) = try build(HostileTextFile(name: "words", expected: "", bytes: Array(text.utf8)))
        #expect(result.status == 0, "\(result.stderr)")
        let pdf = directory.appendingPathComponent("out/handout.pdf").path
        let extracted = try run("pdftotext", [pdf, "-"]).stdout.precomposedStringWithCanonicalMapping
        let spaced = " " + extracted.split(whereSeparator: \.isWhitespace).joined(separator: " ") + " "
        for word in words {
            #expect(spaced.contains(" \(word.precomposedStringWithCanonicalMapping) "), "\(word): \(extracted.prefix(400))")
        }
    }
}

/// A hostile stand-in for a text file: bytes, or a file-system object that is not a file.
struct HostileTextFile: Sendable, CustomTestStringConvertible {
    enum Kind: Sendable { case bytes, fifo, folder, loop }
    var name: String
    var expected: String
    var bytes: [UInt8] = []
    var kind = Kind.bytes

    var testDescription: String { name }

    func make(at url: URL) throws {
        switch kind {
        case .bytes: try Data(bytes).write(to: url)
        case .fifo: #expect(mkfifo(url.path, 0o644) == 0)
        case .folder: try FileManager.default.createDirectory(at: url, withIntermediateDirectories: false)
        case .loop: try FileManager.default.createSymbolicLink(atPath: url.path, withDestinationPath: url.lastPathComponent)
        }
    }

    static let refused: [HostileTextFile] = [
        .init(name: "Windows-1252", expected: "Data/text/en/about.md:1:5: error: the file is not UTF-8 text: byte 0x93",
              bytes: Array("The ".utf8) + [0x93] + Array("quoted".utf8) + [0x94, 0x0A]),
        .init(name: "truncated UTF-8", expected: "Data/text/en/about.md:2:3: error: the file is not UTF-8 text: byte 0xE4",
              bytes: Array("ok\nab".utf8) + [0xE4, 0xB8]),
        .init(name: "UTF-16", expected: "Data/text/en/about.md: error: the file is saved as UTF-16; save it as UTF-8",
              bytes: [0xFF, 0xFE, 0x48, 0x00, 0x69, 0x00]),
        .init(name: "FIFO", expected: "Data/text/en/about.md: error: this is a named pipe (FIFO), not a file", kind: .fifo),
        .init(name: "folder", expected: "Data/text/en/about.md: error: this is a folder, where a file is expected", kind: .folder),
        .init(name: "symlink loop", expected: "Data/text/en/about.md: error: this path is a loop of symbolic links", kind: .loop),
    ]
}
