import FolioCore
import Foundation
import Yams

/// The department's data folder. A data path's first part names a YAML file
/// (`department.name.en` reads `name.en` from `department.yaml`); files are
/// loaded once, on first use.
final class DataStore {
    let directory: URL
    /// The folder as the user named it, for messages.
    let displayPath: String
    /// Picks `en:`/`zh:` variants of fields that come in several languages.
    let language: String
    /// Files read so far; shared by the builds of a mail merge.
    private let cache: DataFiles
    /// Where warnings about the files read go (control characters removed, …).
    var log: DiagnosticLog?
    /// Where warnings about fields without the document's language go (`languageFallback`).
    let fallbacks = LanguageFallbacks()
    /// Data that comes from no file: a mail-merge record, under its name.
    private var records: [String: YAMLValue] = [:]
    /// Text files read for this document, as messages name them (the preflight finds paragraphs in them).
    private(set) var textsRead: [(file: String, text: String)] = []
    /// The mail-merge record's name (`add`), and how often a field was read
    /// under it: a block bound without reading it is the same for every record (`BoundBlockCache`).
    private(set) var recordName: String?
    private(set) var recordReads = 0

    init(directory: URL, displayPath: String, language: String, cache: DataFiles = DataFiles()) {
        self.directory = directory
        self.displayPath = displayPath
        self.language = language
        self.cache = cache
    }

    /// Makes `record`'s fields readable as `{{name.field}}`.
    func add(_ record: MergeRecord, as name: String) {
        recordName = name
        records[name] = YAMLValue(node: FieldNodes.mapping(record.fields), file: record.file, path: "",
                                  origin: SourceLocation(file: record.file, line: record.line))
    }

    /// Makes `value` readable as `{{name…}}` while `body` runs (an item of a
    /// repeated block, see `DataList`); the name's earlier meaning comes back after.
    func scoped<T>(_ name: String, as value: YAMLValue, _ body: () throws -> T) rethrows -> T {
        let earlier = records[name]
        records[name] = value
        defer { records[name] = earlier }
        return try body()
    }

    /// Whether `name` is a record or a repeated item rather than a file.
    func isScoped(_ name: String) -> Bool { records[name] != nil }

    /// The user-facing path of a file in the data folder.
    func displayPath(of relative: String) -> String {
        displayPath.isEmpty ? relative : "\(displayPath)/\(relative)"
    }

    /// A YAML file of the data folder, e.g. `staff/hongjing-jiang.yaml`.
    func yaml(_ relative: String) throws -> YAMLValue {
        let value = try cache.yaml(relative) {
            try YAMLValue.load(url(of: relative, at: SourceLocation(file: displayPath(of: relative)), field: nil),
                               displayPath: displayPath(of: relative))
        }
        value.warnings.forEach { log?.report($0) }
        return value
    }

    /// The text of a file in the data folder.
    func text(_ relative: String, requestedAt location: SourceLocation, field: String) throws -> String {
        let url = try url(of: relative, at: location, field: field)
        var entry = stat()
        if lstat(url.path, &entry) != 0 {
            throw DiagnosticError(.error("there is no file \(displayPath(of: relative))", at: location, field: field))
        }
        let contents = try cache.text(relative) { try TextFile.read(url, displayPath: displayPath(of: relative)) }
        contents.warnings.forEach { log?.report($0) }
        noteRead([(displayPath(of: relative), contents.text)])
        return contents.text
    }

    /// Notes text files as read for this document (also those a reused block read when it was bound).
    func noteRead(_ texts: [(file: String, text: String)]) {
        for text in texts where !textsRead.contains(where: { $0.file == text.file }) { textsRead.append(text) }
    }

    /// A CSV file of the data folder, parsed once for every document of a mail merge.
    func csv(_ relative: String, requestedAt location: SourceLocation, field: String) throws -> CSVTable {
        let text = try text(relative, requestedAt: location, field: field)
        return try cache.csv(relative) { try CSVTable(text: text, file: displayPath(of: relative)) }
    }

    /// The value at a dotted data path; a field that comes in several languages
    /// resolves to the document's language. Throws a message for `template`'s place.
    func value(at dataPath: String, for template: Template) throws -> YAMLValue {
        let parts = dataPath.split(separator: ".").map(String.init)
        guard let fileName = parts.first else {
            throw DiagnosticError(.error("empty data field {{}}", at: template.location, field: template.field))
        }
        let relative = "\(fileName).yaml"
        var current: YAMLValue
        if let record = records[fileName] {
            if fileName == recordName { recordReads += 1 }
            current = record
        } else if let file = cache.loadedYAML(relative) {
            current = file
        } else if FileManager.default.fileExists(atPath: directory.appendingPathComponent(relative).path) {
            current = try yaml(relative)
        } else {
            throw DiagnosticError(.error("data field {{\(dataPath)}}: there is no file \(displayPath(of: relative))",
                                         at: template.location, field: template.field))
        }
        for part in parts.dropFirst() {
            guard case let .mapping(mapping) = current.node else {
                throw DiagnosticError(.error("data field {{\(dataPath)}}: \(current.path) in \(current.file) "
                    + "is \(current.written), not a group of fields", at: template.location, field: template.field))
            }
            guard let next = mapping.first(where: { $0.key.string == part }) else {
                let known = mapping.keys.compactMap(\.string).joined(separator: ", ")
                let parent = current.path.isEmpty ? current.file : "\(current.path) in \(current.file)"
                throw DiagnosticError(.error("data field {{\(dataPath)}} does not exist: \(parent) has no \"\(part)\" "
                    + "(it has: \(known))", at: template.location, field: template.field))
            }
            current = current.child(next.value, key: part)
        }
        return localized(current)
    }

    /// The document-language variant of a `{en: …, zh: …}` group (another
    /// language's, with a warning, when it has none); the value itself otherwise.
    func localized(_ value: YAMLValue) -> YAMLValue {
        guard case let .mapping(mapping) = value.node else { return value }
        guard let variant = mapping.first(where: { $0.key.string == language }) else {
            return languageFallback(value, mapping: mapping)
        }
        return value.child(variant.value, key: language)
    }

    /// Fields filled in per page by the page layout, left as they are here.
    static let pageFields: Set<String> = ["page", "pages", "section"]

    /// `template` with every `{{data.path}}` replaced by its value (page fields
    /// stay); every bad field of the template is reported, not only the first.
    func interpolate(_ template: Template) throws -> String {
        // Most texts hold no field: they come back as they are.
        guard template.text.utf8.contains(UInt8(ascii: "{")) else { return template.text }
        var result = "", problems = Problems()
        var rest = Substring(template.text)
        while let open = rest.firstFieldOpening {
            result += rest[..<open.lowerBound]
            guard let close = rest[open.upperBound...].firstFieldClosing else {
                problems.add(.error("\"{{\" without a closing \"}}\"", at: template.location, field: template.field))
                rest = ""
                break
            }
            let dataPath = rest[open.upperBound..<close.lowerBound].fieldPath
            result += try problems.attempt { try fieldText(dataPath, for: template) } ?? ""
            rest = rest[close.upperBound...]
        }
        try problems.throwIfAny()
        return result + rest
    }

    /// What one `{{dataPath}}` of `template` prints.
    private func fieldText(_ dataPath: String, for template: Template) throws -> String {
        if Self.pageFields.contains(dataPath) { return "{{\(dataPath)}}" }
        // `{{lang}}`: the document's language; `{{field?}}`: empty when the field does not exist.
        if let special = try optionalField(dataPath, for: template) { return special }
        let value = try value(at: dataPath, for: template)
        guard case let .scalar(scalar) = value.node else {
            throw DiagnosticError(.error("data field {{\(dataPath)}} is \(value.written) in \(value.file), "
                + "not a single value; name one of its fields", at: template.location, field: template.field))
        }
        // An empty field would print as nothing: an error, as a missing one is.
        // White_Space is the set `.whitespacesAndNewlines` holds (Z* and U+0009–000D, U+0085), without Foundation.
        guard !scalar.string.unicodeScalars.allSatisfy(\.properties.isWhitespace) else {
            throw DiagnosticError(.error("data field {{\(dataPath)}} is empty (\(template.location) prints it); fill it in, "
                + "or take it out of the layout", at: value.location))
        }
        return scalar.string
    }
}

/// The data folder's files as read: parsed YAML, text and CSV tables by relative path.
/// Thread-safe, so that the builds of a mail merge read each file once.
public final class DataFiles: @unchecked Sendable {
    private var yamlFiles: [String: YAMLValue] = [:]
    private var texts: [String: TextFile.Contents] = [:]
    private var tables: [String: CSVTable] = [:]
    private let lock = NSLock()

    public init() {}

    func loadedYAML(_ relative: String) -> YAMLValue? {
        lock.withLock { yamlFiles[relative] }
    }

    func yaml(_ relative: String, _ load: () throws -> YAMLValue) throws -> YAMLValue {
        try cached(relative, in: \.yamlFiles, load)
    }

    func csv(_ relative: String, _ parse: () throws -> CSVTable) throws -> CSVTable {
        try cached(relative, in: \.tables, parse)
    }

    func text(_ relative: String, _ read: () throws -> TextFile.Contents) throws -> TextFile.Contents {
        try cached(relative, in: \.texts, read)
    }

    /// The value kept for `relative` in `table`, or `make`'s, kept (a failure is not).
    /// Two threads may both make one value; either result is the same file's.
    private func cached<V>(_ relative: String, in table: ReferenceWritableKeyPath<DataFiles, [String: V]>,
                           _ make: () throws -> V) throws -> V {
        if let known = lock.withLock({ self[keyPath: table][relative] }) { return known }
        let value = try make()
        lock.withLock { self[keyPath: table][relative] = value }
        return value
    }
}
