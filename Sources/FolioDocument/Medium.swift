import FolioLayout

/// Who a document is made for. Every command lays a layout out for one of
/// them, so that `check` and `preview` see what `build` and `merge` write.
public enum Medium: Sendable {
    /// Screens: pages as designed, images need 150 pixels per inch where placed.
    case screen
    /// The print shop: 3 mm bleed and crop marks around each page (`PrintMarks`),
    /// images need 300 pixels per inch, the usual minimum for offset printing.
    case print

    /// Pixels per inch an image needs where it is placed; fewer is a warning.
    var minimumImageResolution: Double {
        switch self {
        case .screen: 150
        case .print: 300
        }
    }

    /// The bleed and crop marks of print sheets; nil for screens.
    public var printMarks: PrintMarks? {
        switch self {
        case .screen: nil
        case .print: PrintMarks()
        }
    }

    /// The page as it goes to the sink: unchanged for screens, on a larger
    /// sheet with bleed and crop marks for print.
    func prepare(_ page: Page) -> Page {
        printMarks?.prepare(page) ?? page
    }
}
