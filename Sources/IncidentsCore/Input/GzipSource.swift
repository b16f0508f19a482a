import IncidentsCZlib

/// A `ByteSource` that inflates gzip data read from another source, a buffer at a time
/// (zlib, through the IncidentsCZlib system module: the only file that calls it). Members
/// written one after another (`cat a.gz b.gz`, pigz) are read as one stream, as gzip does.
/// Corrupt or truncated data ends the stream with a failure after the bytes before it.
final class GzipSource: ByteSource {
    private let input: ByteSource
    // zlib keeps pointers into its z_stream: it must not move, so it lives on the heap.
    private let stream: UnsafeMutablePointer<z_stream>
    private let inputBuffer: UnsafeMutableRawBufferPointer
    private var initialized = false
    private var inputEnded = false
    private var finished = false
    private var failure: String?

    init(_ input: ByteSource) {
        self.input = input
        stream = .allocate(capacity: 1)
        stream.initialize(to: z_stream())
        inputBuffer = .allocate(byteCount: 1 << 16, alignment: 16)
        // 15 + 32: the largest window, and zlib recognises the gzip (or zlib) header itself.
        if inflateInit2_(stream, 15 + 32, zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK {
            initialized = true
        } else {
            failure = "cannot start decompressing (zlib: out of memory?)"
        }
    }

    deinit {
        if initialized { inflateEnd(stream) }
        stream.deinitialize(count: 1)
        stream.deallocate()
        inputBuffer.deallocate()
    }

    func read(into out: UnsafeMutableRawBufferPointer) -> ByteRead {
        guard let outBase = out.baseAddress, out.count > 0 else { return .bytes(0) }
        while true {
            if let failure { return .failed(failure) }
            if finished { return .end }
            if stream.pointee.avail_in == 0 && !inputEnded {
                refill()
                continue
            }
            stream.pointee.next_out = outBase.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_out = UInt32(clamping: out.count)
            let rc = inflate(stream, Z_NO_FLUSH)
            let produced = out.count - Int(stream.pointee.avail_out)
            switch rc {
            case Z_STREAM_END:
                // The end of one member: another may follow.
                if stream.pointee.avail_in == 0 && !inputEnded { refill() }
                if stream.pointee.avail_in == 0 && failure == nil {
                    finished = true
                } else if failure == nil {
                    inflateReset(stream)
                }
            case Z_OK, Z_BUF_ERROR:
                if produced == 0 && stream.pointee.avail_in == 0 && inputEnded {
                    failure = "the compressed data ends early (a truncated .gz file)"
                }
            default:
                let detail = stream.pointee.msg.map { String(cString: $0) } ?? "error \(rc)"
                failure = "the compressed data is corrupt (zlib: \(detail))"
            }
            if produced > 0 { return .bytes(produced) }
        }
    }

    private func refill() {
        switch input.read(into: inputBuffer) {
        case .bytes(let n):
            stream.pointee.next_in = inputBuffer.baseAddress!.assumingMemoryBound(to: Bytef.self)
            stream.pointee.avail_in = UInt32(n)
        case .end:
            inputEnded = true
        case .failed(let why):
            failure = why
        }
    }

    /// `source`, decompressed when its first bytes are gzip's magic: standard input and
    /// pipes have no name to tell (`incidents ingest - < news.jsonl.gz`).
    static func decompressingIfGzip(_ source: ByteSource) -> ByteSource {
        var head: [UInt8] = []
        var byte: UInt8 = 0
        while head.count < 2 {
            // One byte at a time: a pipe may deliver the first one alone.
            let r = withUnsafeMutableBytes(of: &byte) { source.read(into: $0) }
            guard case .bytes(let n) = r else { break }
            if n == 1 { head.append(byte) }
        }
        let peeked = PeekedSource(head: head, rest: source)
        return isGzip(head) ? GzipSource(peeked) : peeked
    }

    /// Whether `bytes` start like gzip data (its two magic bytes).
    static func isGzip(_ bytes: some Collection<UInt8>) -> Bool {
        var it = bytes.makeIterator()
        return it.next() == 0x1F && it.next() == 0x8B
    }
}

/// gzip compression, for writing test inputs without external tools.
enum Gzip {
    static func compress(_ bytes: [UInt8]) -> [UInt8] {
        // On the heap, as in GzipSource: zlib checks that its stream has not moved.
        let s = UnsafeMutablePointer<z_stream>.allocate(capacity: 1)
        s.initialize(to: z_stream())
        defer {
            s.deinitialize(count: 1)
            s.deallocate()
        }
        // 15 + 16: the largest window with a gzip header and trailer.
        guard deflateInit2_(s, Z_DEFAULT_COMPRESSION, Z_DEFLATED, 15 + 16, 8, Z_DEFAULT_STRATEGY,
            zlibVersion(), Int32(MemoryLayout<z_stream>.size)) == Z_OK
        else { return [] }
        defer { deflateEnd(s) }
        var out = [UInt8](repeating: 0, count: Int(deflateBound(s, uLong(bytes.count))) + 64)
        var input = bytes
        let written: Int = input.withUnsafeMutableBufferPointer { inp in
            out.withUnsafeMutableBufferPointer { o in
                s.pointee.next_in = inp.baseAddress
                s.pointee.avail_in = UInt32(inp.count)
                s.pointee.next_out = o.baseAddress
                s.pointee.avail_out = UInt32(o.count)
                guard deflate(s, Z_FINISH) == Z_STREAM_END else { return 0 }
                return o.count - Int(s.pointee.avail_out)
            }
        }
        return Array(out.prefix(written))
    }
}
