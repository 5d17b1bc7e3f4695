import FolioCore
@testable import FolioDocument
import Foundation
import Testing

/// Booleans are read from the text, as Yams's default resolver typed them
/// (YAML 1.1: true/false, yes/no, on/off in three cases), and only unquoted:
/// the YAML files are parsed with no implicit types (`YAMLValue.resolver`).
struct ScalarReadingTests {
    func value(_ yaml: String) throws -> YAMLValue {
        let url = FileManager.default.temporaryDirectory.appendingPathComponent("folio-scalar-\(UUID().uuidString).yaml")
        try yaml.write(to: url, atomically: true, encoding: .utf8)
        defer { try? FileManager.default.removeItem(at: url) }
        let root = try YAMLValue.load(url, displayPath: "t.yaml")
        guard case let .mapping(mapping) = root.node, let node = mapping["v"] else { throw DiagnosticError(.error("no v")) }
        return root.child(node, key: "v")
    }

    @Test(arguments: [("true", true), ("Yes", true), ("ON", true), ("false", false), ("no", false), ("Off", false)])
    func unquotedWordsAreBooleans(word: String, expected: Bool) throws {
        let log = DiagnosticLog()
        #expect(try value("v: \(word)\n").bool(log) == expected)
        #expect(log.diagnostics.isEmpty)
    }

    @Test(arguments: ["\"true\"", "'no'", "1", "tRue", "y"])
    func otherTextIsNotABoolean(text: String) throws {
        let log = DiagnosticLog()
        #expect(try value("v: \(text)\n").bool(log) == nil)
        #expect(log.diagnostics.first?.message.contains("expected true or false") == true)
    }

    @Test func numbersAndDatesStayText() throws {
        let log = DiagnosticLog()
        #expect(try value("v: 012\n").string(log) == "012")
        #expect(try value("v: 2026-11-30\n").string(log) == "2026-11-30")
        #expect(try value("v: 1.50\n").number(log) == 1.5)
    }
}
