import FolioCore

/// A QR code drawn as vector squares: one path of every dark module over a
/// light square that keeps the quiet zone (ISO/IEC 18004, 4 modules on each
/// side) even on a coloured band. Tagged as a figure whose alternative text is
/// what the code holds, so a screen reader says the address.
public struct QRCodeBlock: WholeBlock {
    public var origin: BlockOrigin
    /// Modules per side and, row by row, which are dark.
    public var modules: Int
    public var dark: [Bool]
    /// What the code holds (the URL), said instead of the picture.
    public var text: String
    /// The printed width, quiet zone included (capped at the frame's width).
    public var width: Double
    public var color: RGBColor
    public var spaceAfter: Double
    /// Below this module size a warning is given (0.4 mm; `PreflightThresholds.qrModuleSize`).
    public var minimumModule: Double

    /// Modules of light margin on each side (ISO/IEC 18004: at least 4).
    public static let quietZone = 4

    public init(origin: BlockOrigin, modules: Int, dark: [Bool], text: String, width: Double, color: RGBColor,
                spaceAfter: Double, minimumModule: Double) {
        self.origin = origin
        self.modules = modules
        self.dark = dark
        self.text = text
        self.width = width
        self.color = color
        self.spaceAfter = spaceAfter
        self.minimumModule = minimumModule
    }

    public var role: StructureRole? { .figure }
    public var alternativeText: String? { text }

    public func layout(width available: Double, context: LayoutContext) throws -> BlockFragment {
        let side = min(width, available)
        let module = side / Double(modules + 2 * Self.quietZone)
        if module < minimumModule - 1e-9 {
            context.report(.warning(String(format: "the QR code's modules print at %.2f mm, below %.1f mm that phone "
                + "cameras read reliably; make it at least %.0f mm wide", module * 25.4 / 72, minimumModule * 25.4 / 72,
                (minimumModule * Double(modules + 2 * Self.quietZone) * 25.4 / 72).rounded(.up)),
                at: origin.location, field: "qr.size"))
        }
        var path: [PathElement] = []
        let inset = Double(Self.quietZone) * module
        for row in 0..<modules {
            for column in 0..<modules where dark[row * modules + column] {
                let x = inset + Double(column) * module, y = inset + Double(row) * module
                path += [.move(Point(x: x, y: y)), .line(Point(x: x + module, y: y)),
                         .line(Point(x: x + module, y: y + module)), .line(Point(x: x, y: y + module)), .close]
            }
        }
        let square = Rect(x: 0, y: 0, width: side, height: side)
        return BlockFragment(height: side, items: [
            .group([.rectangle(square, fill: .white, stroke: nil, cornerRadius: 0)], .artifact(.background)),
            .path(path, fill: color, stroke: nil),
        ])
    }
}
