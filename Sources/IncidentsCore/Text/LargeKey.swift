/// `ArabicNormalizer.key` of a very long text (a 50 MB article's search index entry),
/// written straight into its String: the key is measured in a first pass, then written in
/// a second into a String of exactly that size. Building the bytes and then copying them
/// into a String held the text's size twice over besides the text; two passes cost a
/// second mapping, so texts of at most `largeKeyBytes` (every real article) keep the
/// one-pass path.
extension ArabicNormalizer {
    static let largeKeyBytes = 1 << 20

    /// The key of text given as UTF-8 bytes (SQLite's copy of a stored article), with no
    /// String of the text made first; invalid sequences read as U+FFFD, as
    /// `String(decoding:)` reads them.
    static func key(utf8 bytes: UnsafeBufferPointer<UInt8>) -> String {
        if bytes.count <= largeKeyBytes { return key(String(decoding: bytes, as: UTF8.self)) }
        return largeKey(UTF8Scalars(bytes))
    }

    static func largeKey<S: Sequence<Unicode.Scalar>>(_ scalars: S) -> String {
        var counter = KeyWriter(base: nil)
        mapKey(scalars, into: &counter)
        let size = counter.count
        return String(unsafeUninitializedCapacity: size) { buffer in
            var writer = KeyWriter(base: buffer.baseAddress)
            mapKey(scalars, into: &writer)
            return writer.count
        }
    }

    /// `key`'s mapping and white-space rule (see `KeyBuilder`), written to `out`.
    private static func mapKey<S: Sequence<Unicode.Scalar>>(_ scalars: S, into out: inout KeyWriter) {
        withTable { table in
            for s in scalars {
                switch map(s, table) {
                case .keep: out.emit(s)
                case .delete: break
                case .space: out.emit(" ")
                case .replace(let r): out.emit(r)
                case .expand(let e): for c in e { out.emit(c) }
                }
            }
        }
    }

    /// Counts a key's UTF-8 bytes (no `base`) or writes them at `base`, collapsing white
    /// space as `KeyBuilder` does.
    private struct KeyWriter {
        let base: UnsafeMutablePointer<UInt8>?
        var count = 0
        var pendingSpace = false

        @inline(__always)
        mutating func emit(_ c: Unicode.Scalar) {
            if c == " " || c == "\n" {
                pendingSpace = count > 0
                return
            }
            if pendingSpace {
                put(0x20)
                pendingSpace = false
            }
            for b in c.utf8 { put(b) }
        }

        @inline(__always)
        mutating func put(_ b: UInt8) {
            base?[count] = b
            count += 1
        }
    }
}

/// The Unicode scalars of UTF-8 bytes; each invalid sequence reads as U+FFFD.
struct UTF8Scalars: Sequence, IteratorProtocol {
    private var bytes: UnsafeBufferPointer<UInt8>.Iterator
    private var parser = Unicode.UTF8.ForwardParser()

    init(_ bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes.makeIterator() }

    mutating func next() -> Unicode.Scalar? {
        switch parser.parseScalar(from: &bytes) {
        case .valid(let encoded): return Unicode.UTF8.decode(encoded)
        case .error: return "\u{FFFD}"
        case .emptyInput: return nil
        }
    }
}
