import FolioCharts
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
    /// Named page designs; "default" always exists (made from `page`, `header` and `footer`).
    var masters: [String: MasterSpec]
    var styles: StyleSheet
    var blocks: [BlockSpec]
    /// Set when the layout is made for mail merge.
    var merge: MergeSpec?
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
    /// Heading levels numbered 1, 1.1, … (0: none).
    var numberedHeadingLevels: Int
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
    var location: SourceLocation
}

/// One entry of a layout's `blocks` list.
enum BlockSpec {
    case band(BandSpec)
    case heading(HeadingSpec)
    case text(TextSpec)
    case tiles(TilesSpec)
    case profile(ProfileSpec)
    case staff(StaffGridSpec)
    case contents(ContentsSpec)
    case table(TableSpec)
    case figure(FigureSpec)
    case chart(ChartSpec)
    case pageBreak(master: String?, origin: BlockOrigin)
    case columnBreak(origin: BlockOrigin)
    case spacer(height: Double, origin: BlockOrigin)
    case rule(Stroke, BlockCommon)
    /// Ruled lines to write on.
    case notes(lines: Int, spacing: Double, Stroke, BlockCommon)
    case box(BoxSpec)
    case sideBySide(SideBySideSpec)
}

/// Blocks in a box with a background, border and padding, kept together.
struct BoxSpec {
    var common: BlockCommon
    var blocks: [BlockSpec]
    var background: RGBColor?
    var border: Stroke?
    var padding: EdgeInsets
    var cornerRadius: Double
}

/// Columns of blocks side by side inside the frame.
struct SideBySideSpec {
    var common: BlockCommon
    var columns: [[BlockSpec]]
    var gutter: Double
}

/// An image from the data folder with its alternative text and caption.
struct FigureSpec {
    var common: BlockCommon
    var image: String
    var imageLocation: SourceLocation
    var alternativeText: String
    var caption: StyledTemplate?
    var width: FigureBlock.BoxWidth?
    var height: Double?
    var fit: FigureBlock.Fit
    var float: FloatPlacement?
}

/// A table written in the layout: columns, header and body rows of text.
struct TableSpec {
    struct Column {
        var width: TableBlock.Width
        var alignment: TableBlock.Alignment
        /// Paragraph style of the column's body cells, when not the table's.
        var style: String?
    }

    var common: BlockCommon
    var columns: [Column]
    var header: [[Template]]
    var rows: [[Template]]
    var style: String
    var headerStyle: String
    var appearance: TableBlock.Appearance
}

/// A table of contents: the document's headings down to `depth`, with pages.
struct ContentsSpec {
    var common: BlockCommon
    var title: StyledTemplate?
    var entryStyle: String
    var depth: Int
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
    /// 1 to 6: the heading's rank in the outline and the structure tree.
    var level: Int
    /// Listed in tables of contents (a cover's title is not).
    var inContents: Bool
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
    /// Style of the block's list items, when not the layout's `list-item`.
    var listStyle: String?
}

struct TileItemSpec {
    /// A data path to a figure group (value, unit, qualifier, label), or nil.
    var figure: Template?
    var value: Template?
    var label: Template?
    var qualifier: Template?
    var trend: Tile.Trend?
    var sparkline: SparklineSpec?
    var location: SourceLocation
    var field: String
}

/// A tile's sparkline: a column of a CSV file under Data/, or numbers written in the layout.
enum SparklineSpec {
    case csv(path: String, column: String, location: SourceLocation)
    case values([Double])
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

/// One staff member's card.
struct ProfileSpec {
    /// `card`: everything beside the avatar. `featured` (the director's page):
    /// a large avatar beside name and position, then roles as a list and the
    /// biography across the full width.
    enum Layout: String, CaseIterable { case card, featured }

    var common: BlockCommon
    var source: String
    var sourceLocation: SourceLocation
    var card: CardSpec
    var layout: Layout
    /// The featured biography's style (the card's role style when nil).
    var bioStyle: String?
}

/// Every staff member of a folder as a grid of cards, in rows kept whole.
struct StaffGridSpec {
    enum Order: String, CaseIterable { case rank, data }

    var common: BlockCommon
    var folder: String
    var folderLocation: SourceLocation
    var columns: Int
    var gutter: Double
    var rowGap: Double
    var order: Order
    var card: CardSpec
}

/// How a staff card looks.
struct CardSpec {
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
    /// Whether the card prints the person's biography.
    var showsBio: Bool
    /// A square avatar with rounded corners instead of a circle.
    var roundedAvatar: Bool
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
