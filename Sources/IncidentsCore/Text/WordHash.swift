import Foundation

/// 64-bit FNV-1a over UTF-8 bytes: the one integer hash of the word layer. Tokens carry it
/// (`Token.hash`, computed once by the tokenizer) and word tables are keyed by it, so that a
/// per-token look-up is an integer probe, not a String hash (Swift hashes Arabic strings by
/// canonical equivalence, normalising them first: about half a microsecond a word).
/// Small, stable and dependency-free; not a cryptographic hash.
enum WordHash {
    /// FNV-1a of `count` bytes at `bytes` (the tokenizer's key buffer).
    ///
    /// Transparent (inlined before the optimiser weighs its callers) and with literal
    /// constants: the tokenizer hashes every token in its flush, which the optimiser keeps
    /// inline only while the loop is written there as it was (out of line, the call per
    /// token cost 0.6 % of an ingest's instructions).
    @_transparent
    static func of(_ bytes: UnsafePointer<UInt8>, count: Int) -> UInt64 {
        var h: UInt64 = 0xcbf2_9ce4_8422_2325
        for j in 0..<count {
            h ^= UInt64(bytes[j])
            h &*= 0x0000_0100_0000_01B3
        }
        return h
    }

    /// FNV-1a of `bytes`.
    @inline(__always)
    static func of(_ bytes: UnsafeBufferPointer<UInt8>) -> UInt64 {
        if let base = bytes.baseAddress { return of(base, count: bytes.count) }
        return withUnsafePointer(to: UInt8(0)) { of($0, count: 0) }
    }

    /// FNV-1a of the UTF-8 bytes of `text` (`withUTF8` also serves small inline strings).
    @inline(__always)
    static func of(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { of($0) }
    }
}

/// Byte equality of two normalised keys. Every key comes from `ArabicNormalizer`, so byte
/// identity is the right equality, and ten times cheaper than String's `==` (canonical
/// equivalence).
@inline(__always)
func sameKey(_ a: String, _ b: String) -> Bool {
    guard a.utf8.count == b.utf8.count else { return false }
    var a = a, b = b
    return a.withUTF8 { pa in
        b.withUTF8 { pb in
            pa.count == 0 || memcmp(pa.baseAddress!, pb.baseAddress!, pa.count) == 0
        }
    }
}
