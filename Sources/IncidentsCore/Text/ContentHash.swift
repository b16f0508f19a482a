/// The FNV-1a hash of an article's text (the word layer's `WordHash`). Used to notice that
/// an article's text changed and to name local places; not a cryptographic hash.
public enum ContentHash {
    /// FNV-1a of the UTF-8 bytes of `text`.
    public static func fnv1a64(_ text: String) -> UInt64 { WordHash.of(text) }

    /// The hash as 16 lower-case hex digits (what `articles.content_hash` stores).
    public static func hex(_ text: String) -> String {
        let digits = String(fnv1a64(text), radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }
}
