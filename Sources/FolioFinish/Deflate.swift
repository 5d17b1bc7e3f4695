import CZlib

/// zlib compression for the streams the finishing stage writes (/FlateDecode,
/// ISO 32000-1 7.4.4). The same bytes always compress to the same bytes.
enum Deflate {
    static func compress(_ data: [UInt8]) throws -> [UInt8] {
        var length = compressBound(uLong(data.count))
        var output = [UInt8](repeating: 0, count: Int(length))
        let status = output.withUnsafeMutableBufferPointer { out in
            data.withUnsafeBufferPointer { input in
                compress2(out.baseAddress, &length, input.baseAddress, uLong(input.count), Z_DEFAULT_COMPRESSION)
            }
        }
        guard status == Z_OK else { throw FinishError("zlib could not compress a stream (status \(status))") }
        output.removeLast(output.count - Int(length))
        return output
    }
}
