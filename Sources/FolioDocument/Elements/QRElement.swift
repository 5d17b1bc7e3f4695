import FolioCore
import FolioLayout
import FolioPreflight
import FolioQR

/// `qr: {url, size, color, space-after}`: a QR code of a URL from the data
/// (`url: "{{department.website}}"`), drawn as vector squares with its quiet
/// zone, tagged as a figure that says the URL.
struct QRElement: BlockElement {
    static let kind = "qr"
    var common: BlockCommon
    var url: Template
    var size: Double
    var color: RGBColor
    var origin: BlockOrigin { common.origin }

    static func read(_ value: YAMLValue, origin: BlockOrigin, loader: BlockLoader) -> QRElement? {
        let log = loader.log
        guard let fields = FieldReader(value, allowed: ["url", "size", "color", "space-after"], log: log) else { return nil }
        let url = fields.required("url", expected: "the address to encode, e.g. \"{{department.website}}\"")
            .flatMap { LayoutLoader.template($0, log: log) }
        guard let url else { return nil }
        return QRElement(common: loader.common(fields, origin: origin), url: url,
                         size: fields["size"]?.length(log) ?? 25 * 72 / 25.4,
                         color: fields["color"]?.color(log, palette: loader.palette) ?? .black)
    }

    func bind(_ binder: BlockBinder) throws -> (any Block)? {
        let text = try binder.store.interpolate(url).trimmingCharacters(in: .whitespacesAndNewlines)
        guard let matrix = QRMatrix(text) else {
            throw DiagnosticError(.error(text.isEmpty ? "the URL is empty, so there is nothing to encode"
                                                      : "\"\(text.prefix(40))…\" is too long for a QR code",
                                         at: url.location, field: url.field))
        }
        return QRCodeBlock(origin: origin, modules: matrix.size, dark: matrix.dark, text: text, width: size,
                           color: color, spaceAfter: common.spaceAfter,
                           minimumModule: PreflightThresholds.standard.qrModuleSize)
    }
}
