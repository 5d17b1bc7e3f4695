import FolioLayout
import FolioText

/// Fonts too big to hand to cairo whole (CJK): the glyphs a document draws in
/// each, for a subset made before cairo sees the font (see `Font.subset`).
enum LargeFontGlyphs {
    /// Fonts with more glyphs than this are subset before cairo sees them.
    static let glyphThreshold = 10_000

    /// Adds the glyphs each large font draws on `page` to `glyphs`.
    static func collect(in page: Page, into glyphs: inout [ObjectIdentifier: (font: Font, glyphs: Set<UInt32>)]) {
        for case let .text(run, _) in page.items.leaves().map(\.item) where run.font.glyphCount > glyphThreshold {
            glyphs[ObjectIdentifier(run.font), default: (run.font, [])].glyphs.formUnion(run.glyphs.map(\.id))
        }
    }
}
