import ArgumentParser
import Foundation

/// `folio init <folder>`: a new department's project from the bundled templates.
struct Init: ParsableCommand {
    static let configuration = CommandConfiguration(
        abstract: "Create a new department's project: the layouts, fonts and a Data/ skeleton to fill in.",
        discussion: """
            Copies Layouts/, Fonts/ and Languages/ from the Folio folder and writes a \
            Data/ skeleton (Templates/Data) with every field the layouts use, each \
            marked "TODO: …". `folio check` lists every placeholder left as a warning, \
            `folio check --strict` fails while any is left, so none is printed by accident.
            """)

    @Argument(help: "The new project's folder (created; it must not exist or be empty).")
    var folder: String

    @Option(help: "The Folio folder holding Layouts/, Fonts/, Languages/ and Templates/Data.")
    var from = "."

    /// What the new project gets: its folder name there, and where it comes from under `from`.
    static let parts = [("Layouts", "Layouts"), ("Fonts", "Fonts"), ("Languages", "Languages"), ("Data", "Templates/Data")]

    func run() throws {
        let files = FileManager.default
        let target = URL(fileURLWithPath: folder)
        if let existing = try? files.contentsOfDirectory(atPath: target.path), !existing.isEmpty {
            Console.error("\(folder): error: the folder exists and is not empty; give a new folder")
            throw ExitCode.failure
        }
        let source = URL(fileURLWithPath: from)
        let missing = Self.parts.map(\.1).filter { !files.fileExists(atPath: source.appendingPathComponent($0).path) }
        guard missing.isEmpty else {
            Console.error("\(from): error: not a Folio folder: it has no \(missing.joined(separator: ", ")) "
                + "(give it with --from)")
            throw ExitCode.failure
        }
        do {
            try files.createDirectory(at: target, withIntermediateDirectories: true)
            for (name, origin) in Self.parts {
                try files.copyItem(at: source.appendingPathComponent(origin), to: target.appendingPathComponent(name))
            }
        } catch {
            Console.error("\(folder): error: \((error as NSError).localizedDescription)")
            throw ExitCode.failure
        }
        Console.print("""
            created \(folder)/ with Layouts/, Fonts/, Languages/ and a Data/ skeleton.
            Next: fill in every "TODO: …" in \(folder)/Data, then in \(folder):
              folio check            # lists the placeholders left
              folio check --strict   # fails while any is left
              folio build            # every layout into out/
            """)
    }
}
