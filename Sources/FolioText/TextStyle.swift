import FolioCore

/// How a run of characters looks: the inputs of font selection and shaping.
public struct TextStyle: Hashable, Sendable {
    /// Family name, bundled (e.g. "Noto Serif") or known to Fontconfig.
    public var family: String
    public var variant: FontLibrary.Variant
    /// Font size in points.
    public var size: Double
    public var color: RGBColor
    /// OpenType features, kerning and ligatures by default.
    public var features: [FontFeature]
    /// Extra space after every character (tracking), in points.
    public var letterSpacing: Double
    /// Families tried, in order, for characters the main family lacks
    /// (e.g. "Noto Sans CJK SC" for Chinese).
    public var fallbackFamilies: [String]
    /// BCP 47 language of the text, which guides Fontconfig's choice of CJK faces.
    public var language: String?

    public init(family: String, variant: FontLibrary.Variant = .init(), size: Double, color: RGBColor = .black,
                features: [FontFeature] = FontFeature.defaults, letterSpacing: Double = 0,
                fallbackFamilies: [String] = [], language: String? = nil) {
        self.family = family
        self.variant = variant
        self.size = size
        self.color = color
        self.features = features
        self.letterSpacing = letterSpacing
        self.fallbackFamilies = fallbackFamilies
        self.language = language
    }
}

/// A piece of inline text in one style, with the place it came from.
public struct StyledText: Sendable {
    public var text: String
    public var style: TextStyle
    /// Link target (URL) when the text is a link.
    public var link: String?
    /// Where the text was written, for reports about it.
    public var location: SourceLocation?

    public init(_ text: String, style: TextStyle, link: String? = nil, location: SourceLocation? = nil) {
        self.text = text
        self.style = style
        self.link = link
        self.location = location
    }
}
