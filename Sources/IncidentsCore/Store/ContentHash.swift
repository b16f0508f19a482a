/// 64-bit FNV-1a: a small, stable, dependency-free hash. Used to notice that an article's
/// text changed and to name local places; not a cryptographic hash.
public enum ContentHash {
    static let offsetBasis: UInt64 = 0xcbf2_9ce4_8422_2325
    static let prime: UInt64 = 0x0000_0100_0000_01b3

    /// FNV-1a of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 {
        var text = text
        return text.withUTF8 { bytes in
            var hash = offsetBasis
            for byte in bytes {
                hash ^= UInt64(byte)
                hash &*= prime
            }
            return hash
        }
    }

    /// The hash as 16 lower-case hex digits (what `articles.content_hash` stores).
    public static func hex(_ text: String) -> String {
        let digits = String(fnv1a64(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
