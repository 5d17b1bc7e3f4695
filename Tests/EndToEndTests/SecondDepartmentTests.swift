import FolioTestSupport
import Foundation
import Testing

/// A second, clearly fictional department (Tests/SampleDepartments/northbay-paediatric-cardiology:
/// another specialty, 25 staff, some without photos, some with only an English
/// or only a Chinese name, other figures and charts, no foreword) built with the
/// project's Layouts/ unchanged: every document builds, everyone is in the staff
/// directory, and nothing of the Tianjin department appears in its PDFs.
@Suite(.serialized) struct SecondDepartmentTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path
    static let sample = TestSupport.packageRoot.appendingPathComponent("Tests/SampleDepartments/northbay-paediatric-cardiology")

    /// Names, places, figures and sentences of the first department, as its PDFs print them.
    static let tianjin = [
        "Tianjin", "天津", "Esophag", "esophag", "食管", "Hongjing", "Jiang", "姜宏景", "tmucih", "thoracic", "Thoracic",
        "胸外科", "胸腔镜", "almost 400", "more than 98", "more than 80", "32 beds", "Da Vinci", "recurrent laryngeal",
        "Three ways into the chest", "lymphadenectomy", "Minimally invasive · Precise", "ERAS", "mediastin",
        "Endoscopy and biopsy", "Draft foreword", "26 years",
    ]

    /// The sample department's data beside a copy of the project's layouts, with placeholder photos.
    func workspace() throws -> URL {
        let directory = try TestSupport.temporaryDirectory()
        let root = TestSupport.packageRoot
        try FileManager.default.copyItem(at: root.appendingPathComponent("Layouts"),
                                         to: directory.appendingPathComponent("Layouts"))
        try FileManager.default.copyItem(at: Self.sample.appendingPathComponent("Data"),
                                         to: directory.appendingPathComponent("Data"))
        for folder in ["Fonts", "Languages"] {
            try FileManager.default.createSymbolicLink(at: directory.appendingPathComponent(folder),
                                                       withDestinationURL: root.appendingPathComponent(folder))
        }
        for (index, person) in try people().enumerated() {
            guard let photo = person.photo else { continue }
            let url = directory.appendingPathComponent("Data").appendingPathComponent(photo)
            try FileManager.default.createDirectory(at: url.deletingLastPathComponent(), withIntermediateDirectories: true)
            try PlaceholderPNG.data(width: 200, height: 200, red: UInt8(60 + index * 7), green: 110, blue: 150)
                .write(to: url)
        }
        return directory
    }

    /// Each staff file's English and Chinese name and photo, read from its lines.
    func people() throws -> [(file: String, english: String?, chinese: String?, photo: String?)] {
        let folder = Self.sample.appendingPathComponent("Data/staff")
        return try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }.sorted()
            .map { file in
                let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8)
                func field(_ pattern: String) -> String? {
                    text.range(of: pattern, options: .regularExpression).map { String(text[$0]) }
                        .map { $0.split(separator: ":", maxSplits: 1)[1].trimmingCharacters(in: .whitespaces) }
                }
                let nameLine = text.split(separator: "\n").first { $0.hasPrefix("name:") }.map(String.init) ?? ""
                func variant(_ language: String) -> String? {
                    nameLine.range(of: "\(language): [^,}]+", options: .regularExpression)
                        .map { String(nameLine[$0].dropFirst(language.count + 2)) }
                }
                return (file, variant("en"), variant("zh"), field("photo: \\S+"))
            }
    }

    func text(_ pdf: URL) throws -> String {
        try run("pdftotext", [pdf.path, "-"]).stdout
    }

    /// Without spaces, line ends and hyphens, so that a name broken across lines is found.
    func squashed(_ text: String) -> String {
        text.filter { !$0.isWhitespace && $0 != "-" && $0 != "\u{00AD}" }
    }

    @Test func everyDocumentBuildsWithEveryoneAndNothingOfTheFirstDepartment() throws {
        let directory = try workspace()
        let people = try people()
        #expect(people.count == 25)
        #expect(people.filter { $0.photo == nil }.count >= 5 && people.contains { $0.english == nil }
                && people.contains { $0.chinese == nil })
        let build = try run(folio, ["build"], in: directory)
        #expect(build.status == 0, "\(build.stderr)")
        // Nothing overflows, runs into the next panel or is cut: the only warnings are translations to add.
        let warnings = build.stderr.split(separator: "\n").filter { !$0.contains("text is used (add") && !$0.hasPrefix("wrote ") }
        #expect(warnings.isEmpty, "\(warnings)")
        let out = directory.appendingPathComponent("out")
        let written = try FileManager.default.contentsOfDirectory(atPath: out.path).sorted()
        #expect(written == ["annual-report.pdf", "brochure-zh.pdf", "brochure.pdf", "charts.pdf", "handout.pdf",
                            "staff-directory-zh.pdf", "staff-directory.pdf"], "\(written)")

        // Everyone in the directory: in the document's language, else in the other.
        let english = squashed(try text(out.appendingPathComponent("staff-directory.pdf")))
        let chinese = squashed(try text(out.appendingPathComponent("staff-directory-zh.pdf")))
        for person in people {
            let inEnglish = try #require(person.english ?? person.chinese), inChinese = try #require(person.chinese ?? person.english)
            #expect(english.contains(squashed(inEnglish)), "\(person.file): \(inEnglish) not in the English directory")
            #expect(chinese.contains(squashed(inChinese)), "\(person.file): \(inChinese) not in the Chinese directory")
        }

        // None of the Tianjin department's texts, names or figures in any PDF.
        for file in written {
            let words = try text(out.appendingPathComponent(file))
            let found = Self.tianjin.filter { words.contains($0) }
            #expect(found.isEmpty, "\(file) prints \(found)")
            #expect(try run("qpdf", ["--check", out.appendingPathComponent(file).path]).status == 0, "\(file)")
        }

        // Its own content is there, and what it lacks is left out: no foreword.
        let report = try text(out.appendingPathComponent("annual-report.pdf"))
        for own in ["Department of Paediatric Cardiology", "Northbay Children", "5100", "Heart repairs by approach",
                    "Common conditions", "A day on the ward", "Everyone in the department"] {
            #expect(report.contains(own), "the report lacks \(own)")
        }
        #expect(!report.contains("foreword"), "a department without a foreword gets none")
        #expect(try text(out.appendingPathComponent("brochure-zh.pdf")).contains("小儿心脏科"))
    }
}
