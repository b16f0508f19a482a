import Foundation

/// What one read from a `ByteSource` gave.
enum ByteRead: Equatable {
    case bytes(Int)
    case end
    /// The source failed; the message says why in a user's words.
    case failed(String)
}

/// Where an input's bytes come from, a buffer at a time: a file descriptor, or zlib
/// inflating another source (`GzipSource`). Readers stream from it, so a large file is
/// never held whole.
protocol ByteSource: AnyObject {
    /// Fills the start of `buffer` with up to `buffer.count` bytes.
    func read(into buffer: UnsafeMutableRawBufferPointer) -> ByteRead
}

/// An open file descriptor, read with read(2). It does not close the descriptor; given
/// the FileHandle, it keeps it (and so the descriptor) open while it lives.
final class FileDescriptorSource: ByteSource {
    let fd: Int32
    private let handle: FileHandle?

    init(_ fd: Int32) {
        self.fd = fd
        handle = nil
    }

    init(_ handle: FileHandle) {
        fd = handle.fileDescriptor
        self.handle = handle
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> ByteRead {
        guard let base = buffer.baseAddress, buffer.count > 0 else { return .bytes(0) }
        // One read(2) taking whatever is there: FileHandle's readData(ofLength:) waits until
        // the whole length has arrived, and on a pipe that is many round trips per MiB.
        var got = 0
        repeat {
            got = Foundation.read(fd, base, buffer.count)
        } while got < 0 && errno == EINTR
        if got < 0 { return .failed(String(cString: strerror(errno))) }
        return got == 0 ? .end : .bytes(got)
    }
}

extension ByteSource {
    /// Every remaining byte, for inputs that are one article (a `.txt.gz`): the article is
    /// held whole anyway. Stops at a failure, returning it with the bytes before it.
    /// `reserving`: the expected size (a file's length), so the array is not grown (and
    /// copied) on the way.
    func readAll(reserving expected: Int = 0) -> (bytes: [UInt8], failure: String?) {
        var out: [UInt8] = []
        let chunk = 1 << 16
        if expected > 0 { out.reserveCapacity(expected + chunk) }
        while true {
            let old = out.count
            out.append(contentsOf: repeatElement(0, count: chunk))
            let r = out.withUnsafeMutableBytes { raw in
                read(into: UnsafeMutableRawBufferPointer(rebasing: raw[old..<(old + chunk)]))
            }
            switch r {
            case .bytes(let n):
                out.removeLast(chunk - n)
            case .end:
                out.removeLast(chunk)
                return (out, nil)
            case .failed(let why):
                out.removeLast(chunk)
                return (out, why)
            }
        }
    }
}

/// A source whose first bytes were read ahead (to look at them): it gives them back first.
final class PeekedSource: ByteSource {
    private let head: [UInt8]
    private var offset = 0
    private let rest: ByteSource

    init(head: [UInt8], rest: ByteSource) {
        self.head = head
        self.rest = rest
    }

    func read(into buffer: UnsafeMutableRawBufferPointer) -> ByteRead {
        guard offset < head.count else { return rest.read(into: buffer) }
        let n = min(buffer.count, head.count - offset)
        head[offset..<(offset + n)].withUnsafeBytes { buffer.baseAddress!.copyMemory(from: $0.baseAddress!, byteCount: n) }
        offset += n
        return .bytes(n)
    }
}
