import FolioTestSupport
import Foundation
import Testing

/// The Containerfile's runtime image (`FROM …debian:bookworm-slim`) installs a
/// package for every shared library `folio` loads: those `ldd` lists (the Swift
/// runtime aside, which the release binary links statically) and librsvg, which
/// it opens when a document draws an SVG. Checked against Debian's package
/// database (`dpkg -S`, `apt-cache depends`), as no container runs here.
@Suite struct ContainerfileTests {
    let folio = TestSupport.productsDirectory.appendingPathComponent("folio").path

    /// The packages the last stage's `apt-get install` names.
    func runtimePackages() throws -> [String] {
        let text = try String(contentsOf: TestSupport.packageRoot.appendingPathComponent("Containerfile"), encoding: .utf8)
        let stage = try #require(text.components(separatedBy: "\nFROM ").last)
        let install = try #require(stage.components(separatedBy: "--no-install-recommends").dropFirst().first)
        let words = install.replacingOccurrences(of: "\\\n", with: " ").components(separatedBy: "&&")[0]
        return words.split(whereSeparator: \.isWhitespace).map(String.init)
    }

    /// The Debian package owning each file (merged /usr: a library ldd finds in /lib is owned under /usr/lib).
    func owners(of files: [String]) throws -> [String: String] {
        let listed = try run("dpkg", ["-S"] + files + files.map { "/usr" + $0 }).stdout
        var owner: [String: String] = [:]
        for line in listed.split(separator: "\n") {
            let parts = line.components(separatedBy: ": ")
            guard parts.count == 2 else { continue }
            let path = parts[1].hasPrefix("/usr/lib/") && !files.contains(parts[1]) ? String(parts[1].dropFirst(4)) : parts[1]
            owner[path] = parts[0].components(separatedBy: ":")[0]
        }
        return owner
    }

    @Test func theRuntimeImageHasEveryLibraryFolioLoads() throws {
        let packages = try runtimePackages()
        #expect(packages.contains("libcairo2") && packages.contains("librsvg2-2"), "\(packages)")
        let libraries = try run("ldd", [folio]).stdout.split(separator: "\n").compactMap { line -> String? in
            let parts = line.split(separator: " ")
            guard parts.count >= 3, parts[1] == "=>", parts[2].hasPrefix("/"), !parts[2].contains("swift") else { return nil }
            return String(parts[2])
        }
        #expect(libraries.count > 20, "\(libraries)")
        let owner = try owners(of: libraries)
        let closure = try run("apt-cache", ["depends", "--recurse", "--no-recommends", "--no-suggests", "--no-conflicts",
                                            "--no-breaks", "--no-replaces", "--no-enhances"] + packages).stdout
        let installed = Set(closure.split(separator: "\n").map {
            $0.trimmingCharacters(in: .whitespaces).components(separatedBy: ": ").last!
                .trimmingCharacters(in: CharacterSet(charactersIn: "<>")).components(separatedBy: ":")[0]
        })
        for library in libraries {
            let package = try #require(owner[library], "no package owns \(library)")
            let inImage = installed.contains(package)
            #expect(inImage, "\(library) (\(package)) is not in the runtime image")
        }
    }
}
