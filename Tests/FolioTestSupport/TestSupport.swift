import FolioLayout
import FolioText
import Foundation

/// Paths and shared objects for Folio's tests.
public enum TestSupport {
    /// The package's root folder (this file is Tests/FolioTestSupport/TestSupport.swift).
    public static let packageRoot = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent().deletingLastPathComponent().deletingLastPathComponent()

    /// A valid minimal layout (A5, styles `body` and `h1`, a heading and a text); tests replace parts of it.
    public static let minimalLayout = """
        document:
          title: "{{department.name}}"
          author: Test
          language: en
        page:
          size: A5
          margins: {top: 15mm, bottom: 15mm, left: 15mm, right: 15mm}
        colors:
          brand: "#0b6e75"
        styles:
          body: {font: Noto Serif, size: 10pt, leading: 13pt, color: brand}
          h1: {based-on: body, weight: bold}
        blocks:
          - heading: {text: "{{department.name}}", style: h1}
          - text: {source: text/about.md, style: body}
        """

    /// The bundled fonts, loaded once for all tests (fonts are immutable and shareable).
    public static let fonts: FontLibrary = {
        do {
            return try FontLibrary(bundledDirectory: packageRoot.appendingPathComponent("Fonts"))
        } catch {
            fatalError("the bundled fonts in Fonts/ cannot be loaded: \(error)")
        }
    }()

    /// A typesetter over the bundled fonts.
    public static func typesetter() -> Typesetter { Typesetter(fonts: fonts) }

    /// A fresh empty folder under the system's temporary directory.
    public static func temporaryDirectory() throws -> URL {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-tests-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: url, withIntermediateDirectories: true)
        return url
    }

    /// The folder holding the test executable and the built products (`folio`).
    public static var productsDirectory: URL {
        URL(fileURLWithPath: CommandLine.arguments[0]).resolvingSymlinksInPath().deletingLastPathComponent()
    }
}

/// What a finished process printed and returned.
public struct ProcessResult {
    public var status: Int32
    public var stdout: String
    public var stderr: String
}

/// Runs a program found on PATH (or at an absolute path) and waits for it.
public func run(_ program: String, _ arguments: [String], in directory: URL? = nil,
                environment: [String: String] = [:]) throws -> ProcessResult {
    let process = Process()
    process.executableURL = URL(fileURLWithPath: program.hasPrefix("/") ? program : "/usr/bin/env")
    process.arguments = program.hasPrefix("/") ? arguments : [program] + arguments
    if let directory { process.currentDirectoryURL = directory }
    process.environment = ProcessInfo.processInfo.environment.merging(environment) { $1 }
    let out = Pipe(), err = Pipe()
    process.standardOutput = out
    process.standardError = err
    try process.run()
    // Read before waiting so that a full pipe cannot block the child.
    let outData = readToEnd(out.fileHandleForReading)
    let errData = readToEnd(err.fileHandleForReading)
    process.waitUntilExit()
    return ProcessResult(status: process.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
                         stderr: String(decoding: errData, as: UTF8.self))
}

extension [DisplayItem] {
    /// The structure elements of a display tree, indented by depth, with
    /// destinations as `@name`: artifacts, plain groups and painted items left out.
    public var structureOutline: [String] {
        var lines: [String] = []
        func visit(_ items: [DisplayItem], depth: Int) {
            for item in items {
                switch item {
                case let .group(group):
                    switch group.semantics {
                    case let .element(element):
                        lines.append(String(repeating: "  ", count: depth) + element.role.tagName)
                        visit(group.items, depth: depth + 1)
                    case .none: visit(group.items, depth: depth)
                    case .artifact: break
                    }
                case let .destination(name, _):
                    lines.append(String(repeating: "  ", count: depth) + "@\(name)")
                default: break
                }
            }
        }
        visit(self, depth: 0)
        return lines
    }
}

/// Everything left in `handle`. `FileHandle.readDataToEndOfFile` traps when a
/// signal interrupts its `read` (EINTR: a child of another test ending); this retries.
func readToEnd(_ handle: FileHandle) -> Data {
    var data = Data()
    var buffer = [UInt8](repeating: 0, count: 65_536)
    while true {
        let count = read(handle.fileDescriptor, &buffer, buffer.count)
        if count > 0 {
            data.append(contentsOf: buffer[0..<count])
        } else if count < 0, errno == EINTR {
            continue
        } else {
            return data
        }
    }
}
