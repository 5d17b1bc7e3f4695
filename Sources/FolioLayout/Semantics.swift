/// The role of content in the PDF's structure tree (ISO 32000-1, 14.8.4): what
/// a screen reader announces and how it navigates.
public enum StructureRole: Hashable, Sendable {
    /// A level-1 heading and everything up to the next one (`Sect`).
    case section
    case heading(level: Int)
    case paragraph
    /// A list (`L`) around its items.
    case list
    /// One list item (`LI`) around its label and body.
    case listItem
    /// A list item's bullet or number (`Lbl`).
    case listLabel
    /// A list item's content (`LBody`).
    case listBody
    /// A table of contents (`TOC`) around its entries.
    case tableOfContents
    /// One entry of a table of contents (`TOCI`).
    case tableOfContentsItem
    case table
    case tableRow
    /// A header cell; `scope` says which cells it heads (PDF/UA-1, 7.5).
    case headerCell(scope: HeaderScope)
    case dataCell
    case figure
    case caption
    case blockQuote
    /// A generic grouping (cards, tiles, bands, boxes).
    case division

    /// The standard structure type written for it.
    public var tagName: String {
        switch self {
        case .section: "Sect"
        case let .heading(level): "H\(min(max(level, 1), 6))"
        case .paragraph: "P"
        case .list: "L"
        case .listItem: "LI"
        case .listLabel: "Lbl"
        case .listBody: "LBody"
        case .tableOfContents: "TOC"
        case .tableOfContentsItem: "TOCI"
        case .table: "Table"
        case .tableRow: "TR"
        case .headerCell: "TH"
        case .dataCell: "TD"
        case .figure: "Figure"
        case .caption: "Caption"
        case .blockQuote: "BlockQuote"
        case .division: "Div"
        }
    }
}

extension StructureRole {
    /// The /Scope of a header cell ("Column" or "Row"); nil for other roles.
    public var headerScope: String? {
        if case let .headerCell(scope) = self { scope.rawValue } else { nil }
    }

    /// The element consecutive items of this role are grouped in: a list's
    /// items in L, a contents' entries in TOC.
    public var container: StructureRole? {
        switch self {
        case .listItem: .list
        case .tableOfContentsItem: .tableOfContents
        default: nil
        }
    }
}

/// The cells a table header cell heads.
public enum HeaderScope: String, Hashable, Sendable {
    case column = "Column"
    case row = "Row"
}

/// Content that is not part of the document's story (ISO 32000-1, 14.8.2.2):
/// a screen reader skips it.
public enum ArtifactKind: String, Hashable, Sendable {
    /// Running heads, footers and page numbers.
    case pagination = "Pagination"
    /// Rules, frames and decoration that only arrange the page.
    case layout = "Layout"
    /// Page and panel backgrounds.
    case background = "Background"
}

/// A structure element: its role, and what a reader needs beyond the text.
public struct StructureElement: Hashable, Sendable {
    public var role: StructureRole
    /// BCP 47 language of the element's text when it differs from its parent's.
    public var language: String?
    /// What a screen reader says instead of the content (a chart's description, a photo's subject).
    public var alternativeText: String?
    /// Groups that are parts of one element (a paragraph continued in the next
    /// column, a section running over pages) share an id; nil for an element in one part.
    public var id: Int?

    public init(_ role: StructureRole, language: String? = nil, alternativeText: String? = nil, id: Int? = nil) {
        self.role = role
        self.language = language
        self.alternativeText = alternativeText
        self.id = id
    }
}

/// What a group of display items means.
public enum Semantics: Hashable, Sendable {
    /// Only a move (and maybe a clip): no meaning of its own.
    case none
    case element(StructureElement)
    case artifact(ArtifactKind)

    /// Shorthand for an element with just a role.
    public static func role(_ role: StructureRole) -> Semantics { .element(StructureElement(role)) }
}
