import FolioCore
import FolioLayout
import FolioText

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
    var styles: StyleSheet
    var blocks: [BlockSpec]
    var footer: FooterSpec?
}

struct DocumentSpec {
    var title: Template
    var author: Template
    var subject: Template?
    var keywords: [Template]
    /// BCP 47 language; also picks `en:`/`zh:` variants of data fields.
    var language: String
}

struct PageSpec {
    var size: Size
    var margins: EdgeInsets
    var background: RGBColor?
}

/// One entry of a layout's `blocks` list.
enum BlockSpec {
    case band(BandSpec)
    case heading(HeadingSpec)
    case text(TextSpec)
    case tiles(TilesSpec)
    case profile(ProfileSpec)
}

struct BlockCommon {
    var origin: BlockOrigin
    var spaceAfter: Double
}

struct StyledTemplate {
    var template: Template
    var style: String
}

struct BandSpec {
    var common: BlockCommon
    var lines: [StyledTemplate]
    var background: RGBColor
    var padding: EdgeInsets
    var bleed: Bool
}

struct HeadingSpec {
    var common: BlockCommon
    var line: StyledTemplate
}

/// Markdown prose from a file under Data/ (or written inline).
struct TextSpec {
    enum Source {
        case file(path: String, location: SourceLocation)
        case inline(Template)
    }
    var common: BlockCommon
    var source: Source
    var style: String
}

struct TileItemSpec {
    /// A data path to a figure group (value, unit, qualifier, label), or nil.
    var figure: Template?
    var value: Template?
    var label: Template?
    var qualifier: Template?
    var location: SourceLocation
    var field: String
}

struct TilesSpec {
    var common: BlockCommon
    var items: [TileItemSpec]
    var valueStyle: String
    var labelStyle: String
    var qualifierStyle: String
    var background: RGBColor?
    var accent: RGBColor?
    var gutter: Double
    var padding: EdgeInsets
    var cornerRadius: Double
}

struct ProfileSpec {
    var common: BlockCommon
    var source: String
    var sourceLocation: SourceLocation
    var nameStyle: String
    var detailStyle: String
    var roleStyle: String
    var initialsStyle: String
    var avatarDiameter: Double
    var avatarColor: RGBColor
    var background: RGBColor?
    var border: Stroke?
    var cornerRadius: Double
    var padding: EdgeInsets
    var gap: Double
}

struct FooterSpec {
    var origin: BlockOrigin
    var left: Template?
    var right: Template?
    var style: String
    var rule: Stroke?
    var distance: Double
}
