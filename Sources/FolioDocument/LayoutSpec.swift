import FolioCharts
import FolioCore
import FolioLayout
import FolioText
import Foundation

/// Text from a layout that may contain `{{data.path}}` fields, with its place.
struct Template {
    var text: String
    var location: SourceLocation
    var field: String
}

/// A validated layout file: everything the builder needs, nothing bound to data yet.
struct LayoutSpec {
    var file: String
    var document: DocumentSpec
    var page: PageSpec
    /// Named page designs; "default" always exists (made from `page`, `header` and `footer`).
    var masters: [String: MasterSpec]
    var styles: StyleSheet
    var blocks: [any BlockElement]
    /// Set when the layout is made for mail merge.
    var merge: MergeSpec?
    /// Where the layout file is (`file` is how messages name it).
    var url: URL?
}

/// A layout's mail-merge settings: the name records take in data fields
/// (`{{attendee.last_name}}`) and a sample record for building it alone.
struct MergeSpec {
    var name: String
    var sample: [(String, String)]
    var location: SourceLocation
}

struct DocumentSpec {
    var title: Template
    var author: Template
    var subject: Template?
    var keywords: [Template]
    /// BCP 47 language; also picks `en:`/`zh:` variants of data fields.
    var language: String
    /// Every language the layout is made in (`languages: [en, zh]`), the first the main one.
    var languages: [String]
    /// Heading levels numbered 1, 1.1, … (0: none).
    var numberedHeadingLevels: Int
    /// Who reads it: patients' documents get the patient-material preflight.
    var audience: Audience = .general
}

/// Who a document is for (`document.audience`).
enum Audience: String, CaseIterable {
    case general
    case patients
}

struct PageSpec {
    /// Master of the first page ("default" unless set).
    var firstMaster: String
    /// Most pages the document may take (a one-page handout), or nil.
    var maxPages: Int?
}

/// A page design as the layout states it.
struct MasterSpec {
    var name: String
    var size: Size
    var margins: EdgeInsets
    var facing: Bool
    var columns: Int
    var gutter: Double
    var columnRule: Stroke?
    var background: RGBColor?
    var header: RunningTextSpec?
    var footer: RunningTextSpec?
    var evenHeader: RunningTextSpec?
    var evenFooter: RunningTextSpec?
    /// A full-page image under the page (a file under Data/).
    var backgroundImage: (path: String, location: SourceLocation)?
    /// Frames placed by the layout (tri-fold panels) instead of columns.
    var frames: [Rect]?
    /// Where a folded sheet folds (tri-fold), from the left edge.
    var folds: [Double] = []
    /// Step of the baseline grid body lines sit on (`baseline-grid`), or nil.
    var baselineGrid: Double?
    var location: SourceLocation
}

struct StyledTemplate {
    var template: Template
    var style: String
}

/// A header or footer: text on the left, centre and right, repeated per page.
struct RunningTextSpec {
    var origin: BlockOrigin
    var left: Template?
    var center: Template?
    var right: Template?
    var style: String
    var rule: Stroke?
    var distance: Double
}
