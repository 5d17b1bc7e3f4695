/// Every limit the patient-material preflight applies, in one place, each with
/// where it comes from. `standard` is for leaflets, `largePrint` for the
/// large-print edition; a layout can only choose between them.
public struct PreflightThresholds: Sendable, Equatable {
    /// Smallest size of running text (paragraphs and list items), in points.
    /// 12 pt: CDC, "Simply Put" (2009, 3rd ed.), "use at least 12-point type";
    /// NIH, "Clear & Simple" (2021); RNIB, "See it Right: Clear print" (12 pt
    /// minimum, 14 pt preferred). Large print 16 pt: RNIB's large print (16–18 pt).
    public var bodySize: Double
    /// Smallest size of any text at all (notes, labels, footers), in points.
    /// 9 pt: below it even readers with good sight struggle (RNIB clear print
    /// puts nothing under 12 pt; 9 pt is Folio's hard floor for notes and
    /// chart labels). Large print: nothing under a standard leaflet's body, 12 pt.
    public var floorSize: Double
    /// WCAG 2.x, success criterion 1.4.3 (contrast, minimum): 4.5:1 for text.
    public var textContrast: Double
    /// WCAG 2.x, 1.4.3: 3:1 for large text, 18 pt and over or 14 pt bold and over.
    public var largeTextContrast: Double
    /// WCAG 2.1, 1.4.11 (non-text contrast): 3:1 for graphical objects a reader
    /// must see to understand the content (chart marks).
    public var graphicsContrast: Double
    /// Highest Flesch–Kincaid grade of an English text. Grade 8: the NIH and the
    /// AMA advise patient materials at grade 6–8 (Weiss, "Health Literacy and
    /// Patient Safety", AMA 2007; NIH "Clear & Simple").
    public var readingGrade: Double
    /// Longest English sentence, in words. Plain-English guidance keeps the
    /// average at 15–20 words (Cutts, "Oxford Guide to Plain English", ch. 1);
    /// 25 words is where Folio warns about one sentence.
    public var sentenceWords: Int
    /// Longest Chinese sentence, in characters (punctuation excluded). No
    /// published standard: Folio's default, about twice the 20–25-character
    /// sentences of Chinese primary-school readers.
    public var sentenceCharacters: Int
    /// Highest share of Chinese characters outside the 2,500 常用字 of the
    /// 现代汉语常用字表 (1988). Those 2,500 cover 97.97 % of the survey corpus
    /// behind the list, so ordinary text has about 2 % outside; a patient text
    /// should not be harder than that.
    public var uncommonShare: Double
    /// Least printed size of one QR code module, in points (0.4 mm): ISO/IEC
    /// 18004 leaves it to the application; phone cameras at reading distance
    /// decode 0.33 mm reliably (GS1 General Specifications, 5.12.3.1), so
    /// 0.4 mm keeps a margin.
    public var qrModuleSize: Double

    /// A leaflet for patients.
    public static let standard = PreflightThresholds(
        bodySize: 12, floorSize: 9, textContrast: 4.5, largeTextContrast: 3, graphicsContrast: 3,
        readingGrade: 8, sentenceWords: 25, sentenceCharacters: 50, uncommonShare: 0.02,
        qrModuleSize: 0.4 * 72 / 25.4)

    /// The large-print edition: 16 pt body, nothing under 12 pt.
    public static let largePrint: PreflightThresholds = {
        var thresholds = standard
        thresholds.bodySize = 16
        thresholds.floorSize = 12
        return thresholds
    }()

    /// Text at least this large counts as large for contrast (WCAG 2.x, "large scale").
    public static func isLargeText(size: Double, bold: Bool) -> Bool {
        size >= 18 || (bold && size >= 14)
    }
}
