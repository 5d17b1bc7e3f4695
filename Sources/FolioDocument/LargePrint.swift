import FolioCore
import FolioLayout

/// The large-print edition of a layout (`folio build --large-print`): every
/// type size scaled from one base — the `body` style, else the most used size —
/// to `bodySize`, and the pages reflowed onto A4 portrait in one column. The
/// blocks, their order and their tags stay; breaks between columns or panels
/// go, so that the text runs on (RNIB, "See it Right": large print is 16 pt
/// and over, on ordinary-sized pages rather than a scaled-up leaflet).
enum LargePrint {
    /// Body text size of the large-print edition (RNIB large print: 16–18 pt).
    static let bodySize = 16.0
    /// A4 portrait with 20 mm margins.
    static let pageSize = Size(width: 595.28, height: 841.89)
    static let margin = 20 * 72 / 25.4

    static func edition(of spec: LayoutSpec) -> LayoutSpec {
        var result = spec
        let base = spec.styles.styles["body"]?.text.size
            ?? spec.styles.styles.values.map(\.text.size).sorted()[spec.styles.styles.count / 2]
        let factor = max(bodySize / base, 1)
        result.styles.styles = spec.styles.styles.mapValues { style in
            var scaled = style
            scaled.text.size *= factor
            scaled.text.letterSpacing *= factor
            scaled.paragraph.leading *= factor
            scaled.paragraph.firstLineIndent *= factor
            scaled.paragraph.leftIndent *= factor
            scaled.spaceBefore *= factor
            scaled.spaceAfter *= factor
            return scaled
        }
        result.styles.characterStyles = spec.styles.characterStyles.mapValues { style in
            var scaled = style
            scaled.size = style.size.map { $0 * factor }
            scaled.letterSpacing = style.letterSpacing.map { $0 * factor }
            return scaled
        }
        result.masters = spec.masters.mapValues { master in
            var page = master
            page.size = pageSize
            page.margins = EdgeInsets(top: margin, left: margin, bottom: margin, right: margin)
            page.columns = 1
            page.frames = nil
            return page
        }
        result.page.maxPages = nil
        result.blocks = spec.blocks.filter { !($0 is ColumnBreakElement) }
        return result
    }
}

extension LoadedLayout {
    /// The large-print edition of this layout (see `LargePrint`).
    public var largePrint: LoadedLayout { LoadedLayout(spec: LargePrint.edition(of: spec)) }
}
