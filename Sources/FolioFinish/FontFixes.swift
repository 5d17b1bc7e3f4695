/// `/CIDToGIDMap /Identity` on TrueType-based CID fonts that lack it: cairo
/// 1.16 leaves it out and relies on the default, but PDF/UA-1 7.21.3.2
/// (Matterhorn 31-008) wants it written for every embedded CIDFontType2.
enum FontFixes {
    static func apply(to fonts: [PDFObject], file: QPDFFile) {
        for font in fonts where font["Subtype"]?.name == "CIDFontType2" && !font.has("CIDToGIDMap") {
            font.set("CIDToGIDMap", file.parse("/Identity"))
        }
    }
}
