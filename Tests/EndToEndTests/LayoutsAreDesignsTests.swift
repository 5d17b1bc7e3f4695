import FolioTestSupport
import Foundation
import Testing

/// The project's layouts are designs: none of the Tianjin department's names,
/// figures, sentences, table rows, chart titles or data files is written in
/// them; all of it comes from Data/ (issue 12, "Layouts are designs").
@Suite struct LayoutsAreDesignsTests {
    /// What the first department says or is, as its data and texts write it.
    static let departmentContent = [
        // Names of the department, its hospital, city and director.
        "Tianjin", "天津", "Esophageal", "食管", "Hongjing", "hongjing-jiang", "姜宏景", "tmucih",
        // Its figures, as the documents print them.
        "32 beds", "almost 400", "more than 98", "more than 80", "more than 60", "26 years",
        "independent-since", "professional-and-technical-personnel", "figures.beds", "staff.chief-physicians",
        // Its sentences, headings and table rows.
        "Minimally invasive · Precise · Comprehensive", "Three ways into the chest", "Da Vinci",
        "recurrent laryngeal", "lymphadenectomy", "Endoscopy and biopsy", "ERAS", "The patient’s pathway",
        "Draft foreword", "Before publication", "Illustrative sample data, not",
        // Its chart titles, data files and columns, and the years of its series.
        "Thoracic surgical procedures", "Operations by tumor site", "Where patients come from",
        "procedures-per-year", "procedures-by-month", "case-mix", "patients-by-region", "team-by-title",
        "minimally-invasive", "2019", "2026",
    ]

    @Test func noLayoutNamesTheDepartmentsContent() throws {
        let folder = TestSupport.packageRoot.appendingPathComponent("Layouts")
        let files = try FileManager.default.contentsOfDirectory(atPath: folder.path).filter { $0.hasSuffix(".yaml") }
        #expect(files.count >= 4)
        var found: [String] = []
        for file in files.sorted() {
            let text = try String(contentsOf: folder.appendingPathComponent(file), encoding: .utf8).lowercased()
            for phrase in Self.departmentContent where text.contains(phrase.lowercased()) {
                found.append("\(file): \(phrase)")
            }
        }
        #expect(found.isEmpty, "department content in Layouts/: \(found)")
    }

    @Test func theCheckCanFail() throws {
        // The list finds what the old layouts wrote inline (a signature, a chart title).
        let old = "- text: {markdown: \"Hongjing Jiang, M.D.\"}\n      title: Thoracic surgical procedures per year"
        #expect(Self.departmentContent.filter { old.lowercased().contains($0.lowercased()) }.count == 2)
    }
}
