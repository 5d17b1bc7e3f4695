import CQPDF
import Foundation

/// An open PDF in libqpdf: read from a file, changed through `PDFObject`s,
/// written back to bytes. Owns the `qpdf_data` handle; nothing of the C API
/// leaves this module.
final class QPDFFile {
    private var handle: qpdf_data?
    /// The file's bytes: qpdf reads objects from them lazily, so they live as
    /// long as the handle. Read from memory, qpdf makes no system call per
    /// object (from the file it made some 25,000 seeks for an 18-page report).
    private let bytes: UnsafeMutableRawBufferPointer
    /// Names the file in error messages.
    let description: String

    init(reading url: URL) throws {
        description = url.path
        guard let data = FileManager.default.contents(atPath: url.path) else {
            throw FinishError("cannot read \(url.path) to finish it")
        }
        bytes = UnsafeMutableRawBufferPointer.allocate(byteCount: max(data.count, 1), alignment: 1)
        data.copyBytes(to: bytes)
        handle = qpdf_init()
        // Errors are checked after each call and thrown; qpdf need not print them.
        qpdf_silence_errors(handle)
        _ = qpdf_read_memory(handle, url.path, bytes.baseAddress!.assumingMemoryBound(to: CChar.self),
                             UInt64(data.count), nil)
        try check("reading")
    }

    deinit {
        qpdf_cleanup(&handle)
        bytes.deallocate()
    }

    var root: PDFObject { PDFObject(file: self, handle: qpdf_get_root(handle)) }
    var trailer: PDFObject { PDFObject(file: self, handle: qpdf_get_trailer(handle)) }

    /// Every page, in order.
    var pages: [PDFObject] {
        (0..<max(qpdf_get_num_pages(handle), 0)).map { PDFObject(file: self, handle: qpdf_get_page_n(handle, Int($0))) }
    }

    /// An object in PDF syntax, e.g. `<< /O /Table /Scope /Column >>`.
    func parse(_ text: String) -> PDFObject {
        PDFObject(file: self, handle: qpdf_oh_parse(handle, text))
    }

    /// A text string (PDFDocEncoding or UTF-16, as qpdf chooses for the text).
    func string(_ text: String) -> PDFObject {
        PDFObject(file: self, handle: qpdf_oh_new_unicode_string(handle, text))
    }

    /// A new indirect stream with `data` (unfiltered) and the keys of `dictionary` added to its dictionary.
    func stream(_ data: [UInt8], dictionary: String) -> PDFObject {
        let object = PDFObject(file: self, handle: qpdf_oh_new_stream(handle))
        object.replaceStreamData(data)
        object.streamDictionary.merge(parse(dictionary))
        return object
    }

    /// Makes a direct object indirect (its own numbered object), e.g. to share it between pages.
    func indirect(_ object: PDFObject) -> PDFObject {
        PDFObject(file: self, handle: qpdf_make_indirect_object(handle, object.handle))
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

    /// Writes the whole file to `url`, with a trailer /ID derived from its
    /// content (qpdf's deterministic ID: a digest over the written objects), so
    /// the same input gives the same bytes. Streams keep their filters; new
    /// unfiltered ones are compressed (qpdf leaves /Metadata uncompressed).
    /// PDF/UA-1 is built on PDF 1.7 (ISO 32000-1), so the header says at least 1.7.
    func write(to url: URL) throws {
        _ = qpdf_init_write(handle, url.path)
        try check("preparing to write")
        qpdf_set_deterministic_ID(handle, QPDF_TRUE)
        qpdf_set_decode_level(handle, qpdf_dl_none)
        qpdf_set_compress_streams(handle, QPDF_TRUE)
        qpdf_set_object_stream_mode(handle, qpdf_o_preserve)
        qpdf_set_minimum_pdf_version(handle, "1.7")
        _ = qpdf_write(handle)
        try check("writing")
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

    /// Lets qpdf forget this handle (the object stays in the file): a long walk
    /// would otherwise keep one handle for every object it looked at.
    func release() {
        file.with { qpdf_oh_release($0, handle) }
    }

    var isNull: Bool { file.with { qpdf_oh_is_null($0, handle) != QPDF_FALSE } }
    var isDictionary: Bool { file.with { qpdf_oh_is_dictionary($0, handle) != QPDF_FALSE } }
    var isArray: Bool { file.with { qpdf_oh_is_array($0, handle) != QPDF_FALSE } }
    var isStream: Bool { file.with { qpdf_oh_is_stream($0, handle) != QPDF_FALSE } }
    var isIndirect: Bool { file.with { qpdf_oh_is_indirect($0, handle) != QPDF_FALSE } }
    var objectID: Int32 { file.with { qpdf_oh_get_object_id($0, handle) } }

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
        PDFObject(file: file, handle: file.with { qpdf_oh_get_dict($0, handle) })
    }

    /// The value of a dictionary key; nil when absent or null.
    subscript(key: String) -> PDFObject? {
        let value = file.with { qpdf_oh_get_key($0, handle, "/" + key) }
        let object = PDFObject(file: file, handle: value)
        return object.isNull ? nil : object
    }

    /// The items of an array; a single object is an array of one (as /K and /Contents allow).
    var items: [PDFObject] {
        guard isArray else { return isNull ? [] : [self] }
        let count = file.with { qpdf_oh_get_array_n_items($0, handle) }
        return (0..<max(count, 0)).map { index in PDFObject(file: file, handle: file.with { qpdf_oh_get_array_item($0, handle, index) }) }
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
        file.with { qpdf_oh_replace_key($0, handle, "/" + key, value.handle) }
    }

    func remove(_ key: String) {
        file.with { qpdf_oh_remove_key($0, handle, "/" + key) }
    }

    /// Adds every key of `dictionary` to this dictionary.
    func merge(_ dictionary: PDFObject) {
        for key in dictionary.keys { if let value = dictionary[key] { set(key, value) } }
    }

    func append(_ item: PDFObject) {
        file.with { qpdf_oh_append_item($0, handle, item.handle) }
    }

    /// This object in PDF syntax (for error messages): `12 0 R` for an indirect object.
    var reference: String {
        isIndirect ? "object \(objectID) 0 R" : file.with { String(cString: qpdf_oh_unparse($0, handle)) }
    }

    /// Replaces a stream's data (unfiltered; the writer compresses it).
    func replaceStreamData(_ data: [UInt8]) {
        file.with { q in
            data.withUnsafeBufferPointer {
                qpdf_oh_replace_stream_data(q, handle, $0.baseAddress, $0.count, qpdf_oh_new_null(q), qpdf_oh_new_null(q))
            }
        }
    }
}
