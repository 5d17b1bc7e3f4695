import FolioCore

/// Finds where in the user's files something placed on a page comes from, so
/// that each finding names a file, a line and a field. The document module
/// implements it from the layout's styles and palette and the data files read.
public protocol PreflightLocator {
    /// The layout file, for findings about the whole document.
    var layout: SourceLocation { get }
    /// The paragraph or character style that gave a run its size and colour.
    func style(of text: PlacedText) -> (location: SourceLocation, field: String)?
    /// Where the layout names a colour (its palette entry).
    func color(_ color: RGBColor) -> (location: SourceLocation, field: String)?
    /// The data file and line a placed text was read from (found by its words).
    func source(of text: String) -> SourceLocation?
}

/// What the preflight needs to know of the document beyond its pages.
public struct PreflightSubject: Sendable {
    /// The document's language (BCP 47), for text without a language of its own.
    public var language: String
    public var thresholds: PreflightThresholds
    /// Names of the issuing department, any of which must be printed.
    public var issuer: [String]
    /// Words that mark made-up data in a chart's description or note.
    public var illustrativeMarkers: [String]

    public init(language: String, thresholds: PreflightThresholds, issuer: [String], illustrativeMarkers: [String]) {
        self.language = language
        self.thresholds = thresholds
        self.issuer = issuer
        self.illustrativeMarkers = illustrativeMarkers
    }
}
