import FolioTestSupport
import Foundation
import Testing

/// Issue 16, point 3: a YAML file that would expand without bound (aliases of
/// aliases, nesting without end) is refused at once, with the limit named;
/// point 1: a font file linked from outside the fonts folder is refused.
@Suite(.serialized) struct HostileResourceTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// Builds the staff directory with its subtitle taken from `Data/hostile.yaml`, written as `yaml`.
    func build(hostile yaml: String) throws -> ProcessResult {
        let directory = try TestSupport.workspace()
        try yaml.write(to: directory.appendingPathComponent("Data/hostile.yaml"), atomically: true, encoding: .utf8)
        try TestSupport.edit(directory.appendingPathComponent("Layouts/staff-directory.yaml"),
                             "{{department.name}} · {{department.hospital}}", "{{hostile.a}}")
        return try run(folio, ["build", "Layouts/staff-directory.yaml"], in: directory)
    }

    /// Nine levels of nine aliases each: 9⁹ (387 million) values once expanded.
    @Test func aBillionLaughsFileIsRefusedWithTheLimitNamed() throws {
        var lines = ["a: &a [lol, lol, lol, lol, lol, lol, lol, lol, lol]"]
        for level in 1..<9 {
            let (name, previous) = (String(UnicodeScalar(UInt8(97 + level))), String(UnicodeScalar(UInt8(96 + level))))
            lines.append("\(name): &\(name) [" + Array(repeating: "*\(previous)", count: 9).joined(separator: ", ") + "]")
        }
        let result = try build(hostile: lines.joined(separator: "\n") + "\n")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Data/hostile.yaml:1:"), "\(result.stderr)")
        #expect(result.stderr.contains("error: this file holds more than 100000 values once its aliases (*name) "
            + "are expanded, the most one YAML file may hold (InputLimits.yamlValues)"), "\(result.stderr)")
    }

    @Test func nestingTooDeepIsRefusedWithTheLimitNamed() throws {
        let result = try build(hostile: "a: " + String(repeating: "[", count: 300) + String(repeating: "]", count: 300) + "\n")
        #expect(result.status == 1, "\(result.stderr)")
        #expect(result.stderr.contains("Data/hostile.yaml:1:67: error: lists and groups are nested more than 64 deep "
            + "here, the most one YAML file may have (InputLimits.yamlDepth)"), "\(result.stderr)")
    }

    @Test func aFontLinkedFromOutsideTheFontsFolderIsRefused() throws {
        // A fonts folder of its own (the workspace's Fonts/ is a link to the package's).
        let directory = try TestSupport.workspace()
        let fonts = directory.appendingPathComponent("MyFonts")
        try FileManager.default.createDirectory(at: fonts, withIntermediateDirectories: true)
        let packageFonts = TestSupport.packageRoot.appendingPathComponent("Fonts")
        let font = try #require(FileManager.default.enumerator(atPath: packageFonts.path)?
            .compactMap { $0 as? String }.first { $0.hasSuffix(".ttf") })
        let outside = directory.appendingPathComponent("Outside.ttf")
        try FileManager.default.copyItem(at: packageFonts.appendingPathComponent(font), to: outside)
        try FileManager.default.createSymbolicLink(at: fonts.appendingPathComponent("Linked.ttf"), withDestinationURL: outside)
        let result = try run(folio, ["build", "Layouts/staff-directory.yaml", "--fonts", "MyFonts"], in: directory)
        #expect(result.status != 0, "\(result.stderr)")
        #expect(result.stderr.contains("MyFonts: error: "), "\(result.stderr)")
        #expect(result.stderr.contains("MyFonts/Linked.ttf is a symbolic link to "), "\(result.stderr)")
        #expect(result.stderr.contains("Outside.ttf, outside the fonts folder"), "\(result.stderr)")
    }
}
