import CQPDF
import Foundation

/// An open PDF in libqpdf: read from a file, changed through `PDFObject`s,
/// and finished by an incremental update holding only the changed objects.
/// Owns the `qpdf_data` handle; nothing of the C API leaves this module.
final class QPDFFile {
    private var handle: qpdf_data?
    /// The file, open for `bytes(at:count:)`. qpdf reads a large file too, from
    /// the file rather than a copy in memory (or a mapping, whose pages would
    /// count as the process's memory): it parses only the objects the fixes touch.
    private let descriptor: Int32
    /// A small file's bytes, which qpdf reads from memory (`inMemoryLimit`);
    /// qpdf keeps their address, so they are freed only after qpdf is done.
    private var contents: UnsafeMutableRawBufferPointer?
    /// The file's length in bytes.
    let size: Int
    /// Names the file in error messages.
    let description: String
    /// Indirect objects changed since reading, by object number: the update writes them.
    private var changed: Set<Int32> = []
    /// Objects made here, by the numbers given them; the update writes them too.
    private var made: [Int32: MadeObject] = [:]
    /// The number the next object made here gets.
    private var nextNumber: Int32 = 0

    /// An object made by the finishing stage. Its number is given here, not by
    /// qpdf: qpdf numbers a new object only after resolving every object of the
    /// file (37 MiB for the 500-page synthetic report), and it will not parse a
    /// reference to an object it does not know. So in qpdf a made object is
    /// stood for by a placeholder name (`Self.placeholder`), which the update
    /// writes as the reference.
    /// Kept as text, not as qpdf handles, which `releaseHandles` invalidates.
    private enum MadeObject {
        case value(String)
        /// Data unfiltered; written Flate-compressed when `compress`.
        case stream(dictionary: String, data: [UInt8], compress: Bool)
        /// Data Flate-compressed already.
        case deflatedStream(dictionary: String, data: [UInt8])
    }

    init(reading url: URL) throws {
        description = url.path
        descriptor = open(url.path, O_RDONLY)
        var status = stat()
        guard descriptor >= 0, fstat(descriptor, &status) == 0 else {
            throw FinishError("cannot read \(url.path) to finish it: \(String(cString: strerror(errno)))")
        }
        size = Int(status.st_size)
        handle = qpdf_init()
        // Errors are checked after each call and thrown; qpdf need not print them.
        qpdf_silence_errors(handle)
        if size <= Self.inMemoryLimit {
            let buffer = UnsafeMutableRawBufferPointer.allocate(byteCount: max(size, 1), alignment: 1)
            contents = buffer
            guard pread(descriptor, buffer.baseAddress, size, 0) == size else {
                throw FinishError("cannot read \(url.path) to finish it: \(String(cString: strerror(errno)))")
            }
            _ = qpdf_read_memory(handle, url.path, buffer.baseAddress?.assumingMemoryBound(to: CChar.self),
                                 UInt64(size), nil)
        } else {
            _ = qpdf_read(handle, url.path, nil)
        }
        try check("reading")
        nextNumber = Int32(trailer["Size"]?.number ?? 0)
    }

    /// Files up to this size are read into memory for qpdf: it reads objects
    /// through a seek and a buffered read each from a file, which was a fifth of
    /// the finishing stage's time for a one-page handout in a mail merge.
    static let inMemoryLimit = 4 << 20

    deinit {
        qpdf_cleanup(&handle)
        contents?.deallocate()
        if descriptor >= 0 { close(descriptor) }
    }

    /// Up to `count` bytes of the file from `offset` (fewer at its end): from
    /// the copy qpdf reads when there is one, else from the file.
    func bytes(at offset: Int, count: Int) -> [UInt8] {
        let start = min(max(offset, 0), size)
        if let contents { return Array(contents[start..<min(start + max(count, 0), size)]) }
        var buffer = [UInt8](repeating: 0, count: min(count, size - start))
        let read = buffer.withUnsafeMutableBytes { pread(descriptor, $0.baseAddress, $0.count, off_t(start)) }
        buffer.removeLast(buffer.count - max(read, 0))
        return buffer
    }

    /// The number after the file's last `startxref` (ISO 32000-1 7.5.5): where its cross-reference section starts.
    func startxref() throws -> Int {
        let tail = String(decoding: bytes(at: size - 1024, count: 1024), as: UTF8.self)
        guard let range = tail.range(of: "startxref", options: .backwards),
              let offset = Int(tail[range.upperBound...].split(whereSeparator: \.isWhitespace).first ?? "") else {
            throw FinishError("\(description) has no startxref: cairo did not finish it")
        }
        return offset
    }

    /// Lets qpdf forget every handle given out so far (every `PDFObject` of this
    /// file becomes invalid): the C API keeps each handle until released, and a
    /// walk over thousands of objects would otherwise keep thousands.
    func releaseHandles() {
        qpdf_oh_release_all(handle)
    }

    /// The indirect object with this number.
    func object(number: Int32) -> PDFObject {
        object(qpdf_get_object_by_id(handle, number, 0), in: nil)
    }

    var root: PDFObject { object(qpdf_get_root(handle), in: nil) }
    /// The trailer dictionary; the update writes its own from /Root and /Info.
    var trailer: PDFObject { PDFObject(file: self, handle: qpdf_get_trailer(handle), owner: nil) }

    var pageCount: Int { Int(max(qpdf_get_num_pages(handle), 0)) }

    /// The page at `index` (from 0).
    func page(_ index: Int) -> PDFObject { object(qpdf_get_page_n(handle, index), in: nil) }

    /// Every page, in order.
    var pages: [PDFObject] {
        (0..<max(qpdf_get_num_pages(handle), 0)).map { object(qpdf_get_page_n(handle, Int($0)), in: nil) }
    }

    /// An object in PDF syntax, e.g. `<< /O /Table /Scope /Column >>`.
    func parse(_ text: String) -> PDFObject {
        PDFObject(file: self, handle: qpdf_oh_parse(handle, text), owner: nil)
    }

    /// A text string (PDFDocEncoding or UTF-16, as qpdf chooses for the text).
    func string(_ text: String) -> PDFObject {
        PDFObject(file: self, handle: qpdf_oh_new_unicode_string(handle, text), owner: nil)
    }

    /// A new indirect stream with `data` (unfiltered) and the keys of `dictionary`
    /// (`<< … >>`, without /Length and /Filter) in its dictionary; written
    /// Flate-compressed unless `compress` is false.
    func stream(_ data: [UInt8], dictionary: String, compress: Bool = true) -> PDFObject {
        make(.stream(dictionary: dictionary, data: data, compress: compress))
    }

    /// A new indirect stream whose `data` is Flate-compressed already (`DeflatedProfiles`),
    /// with the keys of `dictionary` (`<< … >>`, without /Length and /Filter).
    func stream(deflated data: [UInt8], dictionary: String) -> PDFObject {
        make(.deflatedStream(dictionary: dictionary, data: data))
    }

    /// Makes a direct object indirect (its own numbered object), e.g. to share it between pages.
    func indirect(_ object: PDFObject) -> PDFObject {
        make(.value(object.resolvedSyntax))
    }

    /// A reference to a new object with the next free number.
    private func make(_ object: MadeObject) -> PDFObject {
        let number = nextNumber
        nextNumber += 1
        made[number] = object
        return PDFObject(file: self, handle: qpdf_oh_new_name(handle, Self.placeholder + "\(number)"), owner: number)
    }

    /// A name no PDF writer uses (a space in a name is written #20), as qpdf unparses it.
    private static let placeholder = "/Folio made "
    private static let writtenPlaceholder = "/Folio#20made#20"

    private static let writtenPlaceholderBytes = Array(writtenPlaceholder.utf8)

    /// Whether `text` holds a placeholder, by a loop over its bytes: Foundation's
    /// `contains` and the standard library's generic `firstRange(of:)` were each
    /// 1–2 % of a merged handout.
    private static func holdsPlaceholder(_ text: String) -> Bool {
        var text = text
        let needle = writtenPlaceholderBytes
        return text.withUTF8 { bytes in
            guard bytes.count >= needle.count else { return false }
            for start in 0...(bytes.count - needle.count) where bytes[start] == needle[0] {
                var matched = 1
                while matched < needle.count, bytes[start + matched] == needle[matched] { matched += 1 }
                if matched == needle.count { return true }
            }
            return false
        }
    }

    /// An object in PDF syntax as the update writes it: placeholders become references.
    private func syntax(_ object: PDFObject) -> String {
        syntax(object.resolvedSyntax)
    }

    private func syntax(_ text: String) -> String {
        guard Self.holdsPlaceholder(text) else { return text }
        var result = ""
        var rest = Substring(text)
        while let range = rest.range(of: Self.writtenPlaceholder) {
            result += rest[..<range.lowerBound]
            let digits = rest[range.upperBound...].prefix { $0.isASCII && $0.isNumber }
            result += "\(digits) 0 R"
            rest = rest[range.upperBound...].dropFirst(digits.count)
        }
        return result + rest
    }

    /// A handle as a `PDFObject`: an indirect object owns itself, a direct one belongs to `owner`.
    fileprivate func object(_ object: qpdf_oh, in owner: Int32?) -> PDFObject {
        let indirect = qpdf_oh_is_indirect(handle, object) != QPDF_FALSE
        return PDFObject(file: self, handle: object, owner: indirect ? qpdf_oh_get_object_id(handle, object) : owner)
    }

    /// Notes that the indirect object `number` (or one of its direct parts) changed.
    fileprivate func changed(_ number: Int32?) {
        if let number { changed.insert(number) }
    }

    /// A page's content streams, decoded and concatenated.
    func contentData(of page: PDFObject) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        _ = qpdf_oh_get_page_content_data(handle, page.handle, &buffer, &length)
        defer { free(buffer) }
        try check("reading a page's content")
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// Appends every changed and new object to `update`, in object-number
    /// order, then its cross-reference section and trailer. PDF/UA-1 is built
    /// on PDF 1.7 (ISO 32000-1): the catalog's /Version says so, as an update
    /// cannot change the header (7.7.2).
    func finish(_ update: inout IncrementalUpdate, content: ContentDigest) throws {
        root.set("Version", parse("/1.7"))
        for number in changed.union(made.keys).sorted() {
            switch made[number] {
            case let .value(text):
                try update.appendObject(number, generation: 0, body: syntax(text))
            case let .stream(dictionary, data, compress):
                try appendMade(number, dictionary: dictionary, data: compress ? try Deflate.compress(data) : data,
                               deflated: compress, to: &update)
            case let .deflatedStream(dictionary, data):
                try appendMade(number, dictionary: dictionary, data: data, deflated: true, to: &update)
            case nil:
                try appendChanged(number, to: &update)
            }
        }
        try check("writing")
        try update.finish(size: nextNumber, root: "\(root.objectID) 0 R", info: trailer["Info"].map { $0.isIndirect ? "\($0.objectID) 0 R" : syntax($0) },
                          content: content)
    }

    /// A stream made here, as written (`deflated`: Flate-compressed).
    private func appendMade(_ number: Int32, dictionary: String, data: [UInt8], deflated: Bool,
                            to update: inout IncrementalUpdate) throws {
        let keys = "/Length \(data.count)" + (deflated ? " /Filter /FlateDecode" : "")
        try update.appendStream(number, generation: 0, dictionary: "<< \(keys) " + dictionary.dropFirst(2), data: data)
    }

    /// An object of the file that changed, as it is now.
    private func appendChanged(_ number: Int32, to update: inout IncrementalUpdate) throws {
        let object = self.object(number: number)
        guard object.isStream else {
            return try update.appendObject(number, generation: object.generation, body: syntax(object))
        }
        // A stream whose dictionary changed (e.g. a form's resources): its data as stored.
        let dictionary = object.streamDictionary
        let data = try rawData(of: object)
        dictionary.set("Length", parse(String(data.count)))
        try update.appendStream(number, generation: object.generation, dictionary: syntax(dictionary), data: data)
    }

    /// A stream's data as stored (still filtered).
    private func rawData(of stream: PDFObject) throws -> [UInt8] {
        var buffer: UnsafeMutablePointer<UInt8>?
        var length = 0
        var filtered = QPDF_FALSE
        _ = qpdf_oh_get_stream_data(handle, stream.handle, qpdf_dl_none, &filtered, &buffer, &length)
        defer { free(buffer) }
        try check("reading a stream of")
        guard let buffer else { return [] }
        return Array(UnsafeBufferPointer(start: buffer, count: length))
    }

    /// Throws qpdf's error, if the last calls left one.
    func check(_ action: String) throws {
        guard qpdf_has_error(handle) != QPDF_FALSE, let error = qpdf_get_error(handle) else { return }
        throw FinishError("qpdf failed \(action) \(description): \(String(cString: qpdf_get_error_full_text(handle, error)))")
    }

    // MARK: Object access, used by PDFObject

    fileprivate func with<T>(_ body: (qpdf_data?) -> T) -> T { body(handle) }
}

/// One object of a `QPDFFile` (a handle into it; valid while the file is open).
struct PDFObject {
    fileprivate let file: QPDFFile
    fileprivate let handle: qpdf_oh
    /// The indirect object this one is or is part of (nil for a new direct
    /// object): a change marks it for the update.
    fileprivate let owner: Int32?

    var isNull: Bool { file.with { qpdf_oh_is_null($0, handle) != QPDF_FALSE } }
    var isDictionary: Bool { file.with { qpdf_oh_is_dictionary($0, handle) != QPDF_FALSE } }
    var isArray: Bool { file.with { qpdf_oh_is_array($0, handle) != QPDF_FALSE } }
    var isStream: Bool { file.with { qpdf_oh_is_stream($0, handle) != QPDF_FALSE } }
    var isIndirect: Bool { file.with { qpdf_oh_is_indirect($0, handle) != QPDF_FALSE } }
    var objectID: Int32 { file.with { qpdf_oh_get_object_id($0, handle) } }
    var generation: Int32 { file.with { qpdf_oh_get_generation($0, handle) } }

    /// The name without its slash, if this is a name.
    var name: String? {
        file.with { qpdf_oh_is_name($0, handle) != QPDF_FALSE ? String(String(cString: qpdf_oh_get_name($0, handle)).dropFirst()) : nil }
    }

    /// A string's text (UTF-8), if this is a string.
    var text: String? {
        file.with { qpdf_oh_is_string($0, handle) != QPDF_FALSE ? String(cString: qpdf_oh_get_utf8_value($0, handle)) : nil }
    }

    /// A number's value, if this is a number.
    var number: Double? {
        file.with { qpdf_oh_is_number($0, handle) != QPDF_FALSE ? qpdf_oh_get_numeric_value($0, handle) : nil }
    }

    /// A stream's dictionary (keys of a stream are read and set through it).
    var streamDictionary: PDFObject {
        PDFObject(file: file, handle: file.with { qpdf_oh_get_dict($0, handle) }, owner: owner)
    }

    /// The value of a dictionary key; nil when absent or null.
    subscript(key: String) -> PDFObject? {
        let value = file.with { qpdf_oh_get_key($0, handle, "/" + key) }
        let object = file.object(value, in: owner)
        return object.isNull ? nil : object
    }

    /// The items of an array; a single object is an array of one (as /K and /Contents allow).
    var items: [PDFObject] {
        guard isArray else { return isNull ? [] : [self] }
        let count = file.with { qpdf_oh_get_array_n_items($0, handle) }
        return (0..<max(count, 0)).map { index in file.object(file.with { qpdf_oh_get_array_item($0, handle, index) }, in: owner) }
    }

    /// The keys of a dictionary, without their slashes.
    var keys: [String] {
        file.with { data in
            var keys: [String] = []
            qpdf_oh_begin_dict_key_iter(data, handle)
            while qpdf_oh_dict_more_keys(data) != QPDF_FALSE {
                keys.append(String(String(cString: qpdf_oh_dict_next_key(data)).dropFirst()))
            }
            return keys
        }
    }

    /// The values of a dictionary.
    var values: [PDFObject] { keys.compactMap { self[$0] } }

    func has(_ key: String) -> Bool { self[key] != nil }

    func set(_ key: String, _ value: PDFObject) {
        file.changed(owner)
        file.with { qpdf_oh_replace_key($0, handle, "/" + key, value.handle) }
    }

    func remove(_ key: String) {
        guard has(key) else { return }
        file.changed(owner)
        file.with { qpdf_oh_remove_key($0, handle, "/" + key) }
    }

    /// Adds every key of `dictionary` to this dictionary.
    func merge(_ dictionary: PDFObject) {
        for key in dictionary.keys { if let value = dictionary[key] { set(key, value) } }
    }

    func append(_ item: PDFObject) {
        file.changed(owner)
        file.with { qpdf_oh_append_item($0, handle, item.handle) }
    }

    /// This object in PDF syntax (for error messages): `12 0 R` for an indirect object.
    var reference: String {
        isIndirect ? "object \(objectID) 0 R" : file.with { String(cString: qpdf_oh_unparse($0, handle)) }
    }

    /// The object itself in PDF syntax (an indirect object's value, not a reference to it).
    var resolvedSyntax: String {
        file.with { String(cString: qpdf_oh_unparse_resolved($0, handle)) }
    }
}
