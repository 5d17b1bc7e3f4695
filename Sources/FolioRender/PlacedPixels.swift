import FolioCore

/// How many pixels of an image go into the PDF where it is placed: what
/// `resolution` pixels per inch of its printed size need. A photo with far
/// more (a 20000-pixel scan as a 16 mm avatar) is reduced, so the PDF and the
/// memory of the build do not carry pixels no printer can show; one near the
/// need keeps its own pixels (and a JPEG its own bytes).
struct PlacedPixels: Hashable {
    /// 300 pixels per inch: the usual need of offset printing (as `Medium.print` warns below).
    static let resolution = 300.0
    /// Images up to this factor above the need are kept as they are: reducing
    /// them would lose a JPEG's own compressed bytes for little gain.
    static let slack = 2.0

    /// Pixels of the stored (unrotated) image to keep.
    let width: Int
    let height: Int

    /// What an image of `pixelWidth` × `pixelHeight` stored pixels needs when
    /// drawn upright at `placedWidth` × `placedHeight` points (`displayed`
    /// says whether a quarter turn swaps the sides); nil when it is kept whole.
    static func reduced(pixelWidth: Double, pixelHeight: Double, quarterTurned: Bool,
                        placedWidth: Double, placedHeight: Double) -> PlacedPixels? {
        let (shownWidth, shownHeight) = quarterTurned ? (pixelHeight, pixelWidth) : (pixelWidth, pixelHeight)
        let neededWidth = placedWidth / 72 * resolution, neededHeight = placedHeight / 72 * resolution
        guard neededWidth.isFinite, neededHeight.isFinite, neededWidth > 0, neededHeight > 0 else { return nil }
        let scale = max(neededWidth / shownWidth, neededHeight / shownHeight)
        guard scale * slack < 1 else { return nil }
        // Rounded up, but not for a rounding error's sake (3000 × 250/3000 is 250.00000000000003).
        let pixels = { (side: Double) in max(1, Int(saturating: (side * scale - 1e-6).rounded(.up))) }
        return PlacedPixels(width: pixels(pixelWidth), height: pixels(pixelHeight))
    }

    /// libjpeg's scaled decoding (1/2, 1/4, 1/8): the largest reduction that
    /// still leaves at least these pixels of `pixelWidth`, to be finished by `reduce`.
    func jpegScaleDenominator(pixelWidth: Double) -> Int {
        [8, 4, 2].first { pixelWidth / Double($0) >= Double(width) } ?? 1
    }
}
