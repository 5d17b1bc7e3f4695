import Foundation

/// An ICC profile read at run time from a Debian package (not shipped with Folio).
public struct ICCProfile: Hashable, Sendable {
    public var path: String
    /// The Debian package that installs it, named in the error when it is missing.
    public var package: String
    /// Colour components: 3 for RGB, 4 for CMYK.
    public var components: Int
    /// For an output intent: the printing condition's name in the ICC's registry of
    /// characterisation data (ISO 15930-7 /OutputConditionIdentifier), and its description.
    public var conditionIdentifier: String
    public var condition: String

    public init(path: String, package: String, components: Int, conditionIdentifier: String, condition: String) {
        self.path = path
        self.package = package
        self.components = components
        self.conditionIdentifier = conditionIdentifier
        self.condition = condition
    }

    /// basICColor's ISO Coated v2 (300 % total ink), made from FOGRA39 — offset
    /// printing on coated paper, ISO 12647-2 — under the zlib licence, which lets
    /// anyone use and redistribute it, so it may be embedded in every PDF.
    public static let isoCoatedV2 = ICCProfile(
        path: "/usr/share/scribus/profiles/ISOcoated_v2_300_bas.icc", package: "scribus-data", components: 4,
        conditionIdentifier: "FOGRA39",
        condition: "Offset printing, according to ISO 12647-2:2004/Amd 1, OFCOM, paper type 1 or 2 = coated art, "
            + "115 g/m2, screen ruling 60/cm (ISO Coated v2 300% basICColor)")

    /// sRGB (IEC 61966-2-1) from icc-profiles-free, zlib licence.
    public static let sRGB = ICCProfile(
        path: "/usr/share/color/icc/sRGB.icc", package: "icc-profiles-free", components: 3,
        conditionIdentifier: "sRGB IEC61966-2.1", condition: "sRGB IEC61966-2.1")

    /// The profile's bytes; a missing file names the package that installs it.
    func data() throws -> [UInt8] {
        guard let data = FileManager.default.contents(atPath: path) else {
            throw FinishError("the ICC profile \(path) is missing: install the Debian package \(package) (make deps)")
        }
        return [UInt8](data)
    }
}
