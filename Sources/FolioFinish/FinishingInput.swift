import Foundation

/// What the finishing stage needs to know that the PDF cairo wrote does not say.
public struct FinishingInput: Sendable {
    public var title: String
    public var author: String
    public var subject: String?
    public var keywords: [String]
    /// BCP 47 language of the document (catalog /Lang, dc:language).
    public var language: String
    /// The tool that made the document (Info /Creator, xmp:CreatorTool).
    public var creator: String
    /// Creation and modification date (the same SOURCE_DATE_EPOCH-derived date cairo got).
    public var date: Date
    /// One note per structure element the renderer opened, in the order it
    /// opened them: the order of the structure tree's elements in document order.
    public var elements: [StructureElementNote]
    /// Per page, per run of content painted outside structure elements, in
    /// order: its artifact type ("Pagination", "Layout", "Background"), or nil
    /// when unknown. Empty: every artifact untyped.
    public var artifacts: [[String?]]
    /// Print-shop conditions (PDF/X-4); nil for screen output.
    public var print: PrintConditions?

    public init(title: String, author: String, subject: String? = nil, keywords: [String] = [], language: String,
                creator: String = "Folio", date: Date, elements: [StructureElementNote] = [],
                artifacts: [[String?]] = [], print: PrintConditions? = nil) {
        self.title = title
        self.author = author
        self.subject = subject
        self.keywords = keywords
        self.language = language
        self.creator = creator
        self.date = date
        self.elements = elements
        self.artifacts = artifacts
        self.print = print
    }
}

/// What the renderer knows about one structure element that cairo cannot write.
public struct StructureElementNote: Hashable, Sendable {
    /// The structure type, e.g. "Figure", "Link", "P"; checked against the PDF's element.
    public var role: String
    /// A Figure's /Alt; a Link's annotation /Contents.
    public var alternativeText: String?
    /// BCP 47 language of the element's text when it differs from its parent's (its /Lang).
    public var language: String?
    /// A table header cell's /Scope: "Column" or "Row" (ISO 32000-1 table 349).
    public var scope: String?

    public init(role: String, alternativeText: String? = nil, language: String? = nil, scope: String? = nil) {
        self.role = role
        self.alternativeText = alternativeText
        self.language = language
        self.scope = scope
    }
}

/// A rectangle in PDF user space (points, origin at the bottom left of the sheet).
public struct PageBox: Hashable, Sendable {
    public var x: Double, y: Double, width: Double, height: Double

    public init(x: Double, y: Double, width: Double, height: Double) {
        self.x = x
        self.y = y
        self.width = width
        self.height = height
    }

    /// The box grown by `amount` on every side.
    func grown(by amount: Double) -> PageBox {
        PageBox(x: x - amount, y: y - amount, width: width + 2 * amount, height: height + 2 * amount)
    }

    /// `[x0 y0 x1 y1]` in PDF syntax.
    var pdfArray: String {
        "[\(PDFNumber.format(x)) \(PDFNumber.format(y)) \(PDFNumber.format(x + width)) \(PDFNumber.format(y + height))]"
    }
}

/// PDF/X-4 conditions for the print shop.
public struct PrintConditions: Sendable {
    /// The finished (trimmed) size of each page, in page order.
    public var trimBoxes: [PageBox]
    /// How far the artwork runs past the trim (ISO 15930: the /BleedBox).
    public var bleed: Double
    /// The printing condition the file is made for (the output intent).
    public var outputProfile: ICCProfile
    /// The profile that makes DeviceRGB device-independent (/DefaultRGB).
    public var rgbProfile: ICCProfile

    public init(trimBoxes: [PageBox], bleed: Double, outputProfile: ICCProfile = .isoCoatedV2,
                rgbProfile: ICCProfile = .sRGB) {
        self.trimBoxes = trimBoxes
        self.bleed = bleed
        self.outputProfile = outputProfile
        self.rgbProfile = rgbProfile
    }
}

/// Numbers written into PDF syntax: at most four decimals, no exponent, no trailing zeros.
enum PDFNumber {
    static func format(_ value: Double) -> String {
        var text = String(format: "%.4f", value)
        while text.hasSuffix("0") { text.removeLast() }
        if text.hasSuffix(".") { text.removeLast() }
        return text == "-0" ? "0" : text
    }
}
