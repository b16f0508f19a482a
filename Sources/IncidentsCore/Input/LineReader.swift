import Foundation

/// Reads a byte source line by line in 1 MiB chunks. Lines exclude the `\n`.
struct LineReader {
    let source: ByteSource
    var buffer: [UInt8] = []
    /// Where the current line starts; `JSONStream` moves it forward as it consumes a long line.
    var start = 0
    /// Where the search for the next `\n` resumes: bytes before it were already searched, so
    /// a long line costs one pass, not one pass per chunk.
    var scanned = 0
    var eof = false
    /// Whether the line last returned was ended by a `\n` (false only for a last line
    /// without one).
    private(set) var lastLineEnded = false
    /// Why reading failed (a read error, corrupt compressed data); the lines before it
    /// were returned.
    private(set) var failure: String?
    /// Bytes read at a time (tests make it tiny to split lines, escapes and characters).
    let chunk: Int

    init(source: ByteSource, chunk: Int = LineReader.defaultChunk) {
        self.source = source
        self.chunk = max(1, chunk)
    }

    init(handle: FileHandle) { self.init(source: FileDescriptorSource(handle)) }

    static let defaultChunk = 1 << 20

    /// A line, or the news that the line is longer than the limit given to `next(limit:)`:
    /// its first bytes are in `buffer[start...]`, and the caller reads the rest as it
    /// streams in (`JSONStream`), never holding it whole.
    enum Line {
        case whole(ArraySlice<UInt8>)
        case long
    }

    mutating func next() -> ArraySlice<UInt8>? {
        guard case .whole(let line)? = next(limit: .max) else { return nil }
        return line
    }

    mutating func next(limit: Int) -> Line? {
        while true {
            if let nl = buffer[max(start, scanned)...].firstIndex(of: 0x0A) {
                let line = buffer[start..<nl]
                start = nl + 1
                scanned = start
                lastLineEnded = true
                return .whole(line)
            }
            scanned = buffer.count
            if eof {
                guard start < buffer.count else { return nil }
                let line = buffer[start...]
                start = buffer.count
                lastLineEnded = false
                return .whole(line)
            }
            if buffer.count - start > limit { return .long }
            _ = more()
        }
    }

    /// Reads the next chunk after the bytes not yet consumed (those before `start` are
    /// dropped); false at the end of the input or on a failure.
    mutating func more() -> Bool {
        guard !eof else { return false }
        if start > 0 {
            buffer.removeFirst(start)
            scanned = max(0, scanned - start)
            start = 0
        }
        let old = buffer.count
        buffer.append(contentsOf: repeatElement(0, count: chunk))
        let r = buffer.withUnsafeMutableBytes { raw in
            source.read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old...]))
        }
        switch r {
        case .bytes(let got):
            buffer.removeLast(chunk - got)
            return true
        case .end:
            buffer.removeLast(chunk)
            eof = true
        case .failed(let why):
            buffer.removeLast(chunk)
            failure = why
            eof = true
        }
        return false
    }

    /// The next byte of the current line, not consumed: nil at its `\n` or at the end of
    /// the input.
    @inline(__always)
    mutating func peekInLine() -> UInt8? {
        while start == buffer.count {
            guard more() else { return nil }
        }
        let b = buffer[start]
        return b == 0x0A ? nil : b
    }

    /// Consumes the rest of the current line and its `\n`.
    mutating func skipLine() {
        while true {
            if let nl = buffer[start...].firstIndex(of: 0x0A) {
                start = nl + 1
                scanned = start
                lastLineEnded = true
                return
            }
            start = buffer.count
            scanned = start
            guard more() else {
                lastLineEnded = false
                return
            }
        }
    }

    /// After a line far longer than a chunk, a fresh buffer with only the bytes not yet
    /// returned: the big one (up to twice the line, from the array's growth) would
    /// otherwise stay allocated while that line's article is extracted.
    mutating func releaseLargeBuffer() {
        guard buffer.capacity > 4 * chunk, buffer.capacity > 4 * Self.defaultChunk else { return }
        buffer = Array(buffer[start...])
        scanned -= start
        start = 0
    }
}
