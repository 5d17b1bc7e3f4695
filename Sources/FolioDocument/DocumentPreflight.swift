import FolioCore
import FolioLayout
import FolioPreflight
import Foundation

/// When the patient-material preflight runs on a document: always for a
/// layout with `audience: patients`, on request (`--preflight`) for any other;
/// with the large-print thresholds for the large-print edition.
public struct PreflightRequest: Sendable {
    /// Run it even when the layout is not marked for patients.
    public var requested: Bool
    /// Judge by the large-print thresholds (16 pt body).
    public var largePrint: Bool

    public init(requested: Bool = false, largePrint: Bool = false) {
        self.requested = requested
        self.largePrint = largePrint
    }
}

/// The preflight of one document: what it is judged against, and (after the
/// layout session ran) the figures it measured.
public final class DocumentPreflight {
    let preflight: Preflight
    /// The measured figures of the last run (body size, smallest size, lowest contrast, reading grade).
    public private(set) var figures: PreflightFigures?

    init(spec: LayoutSpec, store: DataStore, thresholds: PreflightThresholds) {
        let language = spec.document.language
        let issuer = ["{{department.name}}", "{{department.short-name}}"].compactMap { field in
            try? store.interpolate(Template(text: field, location: SourceLocation(file: spec.file), field: "document"))
        }.filter { !$0.isEmpty }
        let subject = PreflightSubject(
            language: language, thresholds: thresholds, issuer: issuer,
            illustrativeMarkers: ["illustrative sample data", "示例数据"])
        preflight = Preflight(subject: subject, locator: LayoutLocator(spec: spec, store: store))
    }

    /// Findings for the pages a session wrote; keeps their figures.
    func evaluate(_ pages: [PageContent]) -> [Diagnostic] {
        let result = preflight.evaluate(pages)
        figures = result.figures
        return result.findings
    }

    /// The preflight a layout gets for `request`, or nil when it gets none.
    static func make(for spec: LayoutSpec, store: DataStore, request: PreflightRequest) -> DocumentPreflight? {
        guard request.requested || spec.document.audience == .patients else { return nil }
        return DocumentPreflight(spec: spec, store: store, thresholds: request.largePrint ? .largePrint : .standard)
    }
}

extension LayoutSession {
    /// Lays the document out into `sink` as `run(into:)` does, reading each
    /// written page for the preflight when there is one; its findings follow the
    /// session's warnings.
    public func runChecked(into sink: PageSink) throws -> [Diagnostic] {
        guard let preflight else { return try run(into: sink) }
        let reader = PreflightSink(passingTo: sink, language: info.language)
        return try run(into: reader) + preflight.evaluate(reader.content)
    }
}
