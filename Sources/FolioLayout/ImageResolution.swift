import FolioCore
import FolioImages

extension ImageFile {
    /// A warning naming the file when the image, drawn `width` points wide,
    /// has fewer than `minimum` pixels per inch: raster images print soft
    /// below about 300 and look soft on screens below about 150. Nil for SVG.
    func resolutionWarning(drawnWidth width: Double, minimum: Double, at location: SourceLocation?) -> Diagnostic? {
        guard kind != .svg, width > 0 else { return nil }
        let resolution = displaySize.width / (width / 72)
        guard resolution < minimum else { return nil }
        return .warning("\(path) is \(Int(saturating: resolution.rounded())) pixels per inch at its placed size; "
            + "\(Int(saturating: minimum)) are needed here for sharp output", at: location)
    }
}
