import FolioLayout
import FolioText

/// What a document draws in one large font: its glyphs, and the characters
/// of the runs they were shaped from.
struct LargeFontUse {
    let font: Font
    var glyphs: Set<UInt32> = []
    var characters: Set<UInt32> = []

    /// Notes what `run` draws.
    mutating func add(_ run: GlyphRun) {
        glyphs.formUnion(run.glyphs.map(\.id))
        characters.formUnion(run.text.unicodeScalars.map(\.value))
    }
}

/// Fonts too big to hand to cairo whole (CJK): what a document draws in each,
/// for a subset made before cairo sees the font (see `Font.subset`).
enum LargeFontGlyphs {
    /// Fonts with more glyphs than this are subset before cairo sees them.
    static let glyphThreshold = 10_000

    /// Adds what each large font draws on `page` to `uses`.
    static func collect(in page: Page, into uses: inout [ObjectIdentifier: LargeFontUse]) {
        page.items.forEachLeaf { item, _ in
            guard case let .text(run, _) = item, run.font.glyphCount > glyphThreshold else { return }
            // Changed in place (the dictionary's default subscript): the sets are not copied.
            uses[ObjectIdentifier(run.font), default: LargeFontUse(font: run.font)].add(run)
        }
    }
}
