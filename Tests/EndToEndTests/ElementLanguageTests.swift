import FolioTestSupport
import Foundation
import Testing

/// Text in another language than the document's is read with its own voice:
/// its structure element carries /Lang (PDF/UA-1 7.2; ISO 32000-1 14.9.2).
/// Read back from the samples: the text through poppler, /Lang through qpdf.
@Suite struct ElementLanguageTests {
    func languages(_ sample: String) throws -> [(text: String, language: String?)] {
        let pdf = try ConformanceSamples.pdf(sample)
        return try pdf.elementsWithText().filter { !$0.text.isEmpty }.map { ($0.text, pdf.text($0.element["/Lang"])) }
    }

    @Test func handoutsChineseHospitalLineIsChinese() throws {
        let elements = try languages("handout")
        let chinese = try #require(elements.first { $0.text.hasPrefix("天津医科大学肿瘤医院") })
        #expect(chinese.language == "zh")
        // English paragraphs inherit the catalog's en.
        let speaker = try #require(elements.first { $0.text.hasPrefix("Hongjing Jiang") })
        #expect(speaker.language == nil)
    }

    @Test func chineseBrochuresEnglishNamesAreEnglish() throws {
        let elements = try languages("brochure-zh")
        let english = elements.filter { $0.text.hasPrefix("Tianjin Medical University") || $0.text.hasPrefix("Department of") }
        #expect(english.count >= 2)
        #expect(english.allSatisfy { $0.language == "en" }, "\(english.filter { $0.language != "en" }.map(\.text))")
        // Chinese paragraphs inherit the catalog's zh.
        let chinese = elements.filter { $0.text.hasPrefix("天津医科大学") }
        #expect(!chinese.isEmpty && chinese.allSatisfy { $0.language == nil })
    }

    /// The English brochure names the hospital in Chinese too.
    @Test func noEnglishParagraphOfTheEnglishSamplesIsMarkedChinese() throws {
        for sample in ["handout", "brochure", "annual-report"] {
            let wrong = try languages(sample).filter { $0.language == "zh" && !$0.text.unicodeScalars.contains { $0.value >= 0x4E00 && $0.value <= 0x9FFF } }
            #expect(wrong.isEmpty, "\(sample): \(wrong.map(\.text))")
        }
    }
}
