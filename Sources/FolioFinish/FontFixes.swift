/// `/CIDToGIDMap /Identity` on TrueType-based CID fonts that lack it: cairo
/// 1.16 leaves it out and relies on the default, but PDF/UA-1 7.21.3.2
/// (Matterhorn 31-008) wants it written for every embedded CIDFontType2.
enum FontFixes {
    static func apply(to objects: [PDFObject], file: QPDFFile) {
        for object in objects where object.isDictionary && object["Type"]?.name == "Font"
            && object["Subtype"]?.name == "CIDFontType2" && !object.has("CIDToGIDMap") {
            object.set("CIDToGIDMap", file.parse("/Identity"))
        }
    }
}
