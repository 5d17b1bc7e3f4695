import Foundation

/// The machine-checkable conditions of PDF/UA-1 (ISO 14289-1, as the Matterhorn
/// Protocol lists them) and the basics of PDF/X-4 (ISO 15930-7), checked on
/// what qpdf reads from a PDF. Each check returns its problems, each naming
/// the object at fault; no problems means the condition holds.
public enum PDFConformance {
    // MARK: PDF/UA-1

    /// Catalog /Lang (Matterhorn 11-001) and /MarkInfo /Marked true (01-002).
    public static func catalogLanguage(_ pdf: PDFReader) -> [String] {
        var problems: [String] = []
        if (pdf.text(pdf.catalog["/Lang"]) ?? "").isEmpty { problems.append("the catalog has no /Lang") }
        if pdf.dictionary(pdf.catalog["/MarkInfo"])?["/Marked"] as? Bool != true {
            problems.append("the catalog's /MarkInfo lacks /Marked true")
        }
        return problems
    }

    /// XMP metadata with a dc:title (06-003) and pdfuaid:part 1 (06-002).
    public static func xmpMetadata(_ pdf: PDFReader) -> [String] {
        guard let xmp = XMPProperties(pdf) else { return ["the catalog has no /Metadata stream"] }
        var problems: [String] = []
        if (xmp["dc:title"] ?? "").isEmpty { problems.append("XMP \(xmp.reference) has no dc:title") }
        if xmp["pdfuaid:part"] != "1" { problems.append("XMP \(xmp.reference) has pdfuaid:part \(xmp["pdfuaid:part"] ?? "missing"), not 1") }
        return problems
    }

    /// /ViewerPreferences /DisplayDocTitle true (07-001).
    public static func displayDocTitle(_ pdf: PDFReader) -> [String] {
        pdf.dictionary(pdf.catalog["/ViewerPreferences"])?["/DisplayDocTitle"] as? Bool == true
            ? [] : ["the catalog's /ViewerPreferences lacks /DisplayDocTitle true"]
    }

    /// /Alt (or /ActualText) on every Figure (13-004).
    public static func figureAlternatives(_ pdf: PDFReader) -> [String] {
        pdf.structureElements.filter { pdf.standardRole(of: $0.element) == "Figure" }.compactMap { figure in
            let text = pdf.text(figure.element["/Alt"]) ?? pdf.text(figure.element["/ActualText"]) ?? ""
            return text.isEmpty ? "Figure \(figure.reference) has no /Alt" : nil
        }
    }

    /// /Scope on every table header cell (15-003), in an attribute object owned by /Table.
    public static func headerScopes(_ pdf: PDFReader) -> [String] {
        pdf.structureElements.filter { pdf.standardRole(of: $0.element) == "TH" }.compactMap { header in
            let scopes = pdf.array(header.element["/A"]).compactMap { pdf.dictionary($0) }
                .filter { $0["/O"] as? String == "/Table" }.compactMap { $0["/Scope"] as? String }
            return scopes.contains(where: { ["/Row", "/Column", "/Both"].contains($0) }) ? nil
                : "TH \(header.reference) has no /Scope"
        }
    }

    /// /Contents on every link annotation (28-004) and /Tabs /S on every page with annotations (28-011).
    public static func linkDescriptions(_ pdf: PDFReader) -> [String] {
        var problems: [String] = []
        for (index, reference) in pdf.pages.enumerated() {
            let page = pdf.dictionary(reference) ?? [:]
            let annotations = pdf.array(page["/Annots"])
            guard !annotations.isEmpty else { continue }
            if page["/Tabs"] as? String != "/S" { problems.append("page \(index + 1) (\(reference)) has annotations but no /Tabs /S") }
            for annotation in annotations {
                guard let dictionary = pdf.dictionary(annotation), dictionary["/Subtype"] as? String == "/Link" else { continue }
                if (pdf.text(dictionary["/Contents"]) ?? "").isEmpty {
                    problems.append("link annotation \(annotation) on page \(index + 1) has no /Contents")
                }
            }
        }
        return problems
    }

    /// /CIDToGIDMap on every CIDFontType2 font (31-008).
    public static func cidToGIDMaps(_ pdf: PDFReader) -> [String] {
        pdf.allObjects.compactMap { object in
            guard let font = object.value as? [String: Any], font["/Subtype"] as? String == "/CIDFontType2" else { return nil }
            return font["/CIDToGIDMap"] == nil ? "CIDFontType2 font \(object.reference) has no /CIDToGIDMap" : nil
        }
    }

    /// Info dates in the form `D:YYYYMMDDHHmmSS` with a time zone (ISO 32000-1 7.9.4),
    /// and a trailer /ID of two strings (14.4).
    public static func datesAndID(_ pdf: PDFReader) -> [String] {
        var problems: [String] = []
        let pattern = #"^D:\d{14}(Z|[+-]\d{2}'\d{2}'?)$"#
        for key in ["/CreationDate", "/ModDate"] {
            guard let value = pdf.info[key] else { continue }
            let date = pdf.text(value) ?? ""
            if date.range(of: pattern, options: .regularExpression) == nil {
                problems.append("Info \(key) is \"\(date)\", not D:YYYYMMDDHHmmSS with a time zone")
            }
        }
        let id = pdf.trailer["/ID"] as? [Any] ?? []
        if id.count != 2 || id.contains(where: { pdf.text($0) == nil }) { problems.append("the trailer has no /ID of two strings") }
        return problems
    }

    /// No painting operator outside marked content (01-005: content is tagged or an artifact).
    public static func unmarkedPainting(_ pdf: PDFReader) -> [String] {
        pdf.pages.indices.flatMap { index in
            ContentScan.unmarkedPaintingOperators(in: pdf.content(ofPage: index)).map {
                "page \(index + 1) (\(pdf.pages[index])): \($0) outside marked content"
            }
        }
    }

    // MARK: PDF/X-4

    /// /TrimBox and /BleedBox on every page (ISO 15930-7 6.2.3), the trim inside the bleed inside the media box.
    public static func pageBoxes(_ pdf: PDFReader) -> [String] {
        pdf.pages.enumerated().compactMap { index, reference in
            let page = pdf.dictionary(reference) ?? [:]
            func box(_ key: String) -> [Double]? {
                let numbers = pdf.array(page[key]).compactMap { ($0 as? NSNumber)?.doubleValue }
                return numbers.count == 4 ? numbers : nil
            }
            guard let trim = box("/TrimBox"), let bleed = box("/BleedBox"), let media = box("/MediaBox") else {
                return "page \(index + 1) (\(reference)) lacks a /TrimBox, /BleedBox or /MediaBox"
            }
            func contains(_ outer: [Double], _ inner: [Double]) -> Bool {
                outer[0] <= inner[0] + 0.01 && outer[1] <= inner[1] + 0.01 && outer[2] >= inner[2] - 0.01 && outer[3] >= inner[3] - 0.01
            }
            return contains(bleed, trim) && contains(media, bleed) ? nil
                : "page \(index + 1) (\(reference)): trim \(trim) is not inside bleed \(bleed) inside media \(media)"
        }
    }

    /// An output intent /S /GTS_PDFX with an embedded ICC output profile (6.2.2).
    public static func outputIntent(_ pdf: PDFReader) -> [String] {
        let intents = pdf.array(pdf.catalog["/OutputIntents"]).compactMap { pdf.dictionary($0) }
        guard let intent = intents.first(where: { $0["/S"] as? String == "/GTS_PDFX" }) else {
            return ["the catalog has no /OutputIntents entry with /S /GTS_PDFX"]
        }
        guard let profile = pdf.streamData(intent["/DestOutputProfile"]) else {
            return ["the PDF/X output intent has no embedded /DestOutputProfile stream"]
        }
        return ICCHeader(profile)?.deviceClass == "prtr" ? []
            : ["the output intent's profile \(intent["/DestOutputProfile"] ?? "") is not an ICC output (prtr) profile"]
    }

    /// pdfxid:GTS_PDFXVersion PDF/X-4 in XMP (6.7.2).
    public static func pdfxIdentification(_ pdf: PDFReader) -> [String] {
        guard let xmp = XMPProperties(pdf) else { return ["the catalog has no /Metadata stream"] }
        return (xmp["pdfxid:GTS_PDFXVersion"] ?? "").hasPrefix("PDF/X-4") ? []
            : ["XMP \(xmp.reference) has pdfxid:GTS_PDFXVersion \(xmp["pdfxid:GTS_PDFXVersion"] ?? "missing")"]
    }

    /// /Trapped /False in Info and pdf:Trapped False in XMP (6.7.3, 6.7.2).
    public static func trapped(_ pdf: PDFReader) -> [String] {
        var problems: [String] = []
        if pdf.info["/Trapped"] as? String != "/False" { problems.append("Info /Trapped is \(pdf.info["/Trapped"] ?? "missing"), not /False") }
        if XMPProperties(pdf)?["pdf:Trapped"] != "False" { problems.append("XMP pdf:Trapped is not False") }
        return problems
    }

    /// DeviceRGB made device-independent: a /DefaultRGB ICC-based colour space in every page's resources (6.2.4.3).
    public static func defaultRGB(_ pdf: PDFReader) -> [String] {
        pdf.pages.enumerated().compactMap { index, reference in
            let resources = pdf.dictionary(pdf.dictionary(reference)?["/Resources"])
            let space = pdf.array(pdf.dictionary(resources?["/ColorSpace"])?["/DefaultRGB"])
            guard space.first as? String == "/ICCBased", space.count == 2, let profile = pdf.streamData(space[1]),
                  ICCHeader(profile)?.colorSpace == "RGB " else {
                return "page \(index + 1) (\(reference)) has no ICC-based /DefaultRGB"
            }
            return nil
        }
    }
}

/// The fields of an ICC profile's header that the checks need (ICC.1 7.2).
struct ICCHeader {
    var deviceClass: String
    var colorSpace: String

    init?(_ data: Data) {
        let bytes = [UInt8](data.prefix(40))
        guard bytes.count == 40, String(decoding: bytes[36..<40], as: UTF8.self) == "acsp" else { return nil }
        deviceClass = String(decoding: bytes[12..<16], as: UTF8.self)
        colorSpace = String(decoding: bytes[16..<20], as: UTF8.self)
    }
}
