/// Hashtags of social-media posts: «#ريف_إدلب_الجنوبي», «#معرة_النعمان», «#ديرالزور».
///
/// `#` and `_` are not word scalars, so the tokenizer already reads a hashtag as its words
/// with underscores as spaces. What is left is a place name written with its words glued
/// together («#ديرالزور», «#ريفادلب», «#ابوالظهور»): inside a hashtag only, a word that
/// starts with a head noun of place names («دير», «ريف», «رأس», «جسر», «معرة» …) followed by
/// «ال» and two more letters is split after the head; «ريف» and «دير» also split before
/// any three letters («#ريفادلب», «#ديرحافر»). The list is short on purpose: a head that
/// also begins ordinary words («تل» in «تلال») is left out.
enum Hashtags {
    /// Head keys (normalised) and whether they also split with no «ال» after them.
    private static let heads: [(key: [UInt8], bare: Bool)] = [
        ("دير", true), ("ريف", true), ("راس", false), ("جسر", false), ("معره", false),
        ("خان", false), ("عين", false), ("بيت", false), ("كفر", false), ("ابو", false),
        ("باب", false), ("جبل", false), ("سهل", false), ("مخيم", false), ("بير", false),
        ("قلعه", false), ("مدينه", false), ("بلده", false), ("قريه", false),
        ("حي", false), ("سوق", false), ("وادي", false),
    ].map { (Array(ArabicNormalizer.key($0.0).utf8), $0.1) }

    /// Whether the word starting at `start` belongs to a hashtag: a `#` right before it, or
    /// a `_` joining it to earlier words of one («#ريف_ديرالزور»). The tokenizer asks only
    /// for long words; the scalar before the word settles most of them.
    @inline(__always)
    static func isInHashtag(_ start: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        guard start > 0 else { return false }
        let before = s[start - 1]
        if before == "#" { return true }
        return before == "_" && hashtagBehind(start - 1, s)
    }

    /// A `#` before `i` with no white space between.
    private static func hashtagBehind(_ i: Int, _ s: UnsafeBufferPointer<Unicode.Scalar>) -> Bool {
        var k = i - 1
        while k >= 0 && k > i - maxHashtag {
            let c = s[k]
            if c == "#" { return true }
            if c == " " || c == "\n" || c == "\t" { return false }
            k -= 1
        }
        return false
    }

    /// Longest hashtag looked through, in scalars.
    static let maxHashtag = 200

    private static let article: [UInt8] = Array("ال".utf8)
    private static let ya: [UInt8] = Array("ي".utf8)

    /// The lengths in key scalars of the words glued in hashtag word `key` (UTF-8 bytes),
    /// or nil when it is one word. Arabic letters are two bytes each in a key.
    @inline(never)
    static func parts(_ key: UnsafeBufferPointer<UInt8>) -> [Int]? {
        // Letters only: each is two bytes in a key.
        for b in key where b < 0x80 { return nil }
        var out: [Int] = []
        var at = 0
        while let head = splitHead(key, from: at) {
            out.append(head / 2)
            at += head
        }
        guard !out.isEmpty else { return nil }
        out.append((key.count - at) / 2)
        return out
    }

    /// The byte length of a head that starts a glued place name at `from`, if any.
    private static func splitHead(_ key: UnsafeBufferPointer<UInt8>, from: Int) -> Int? {
        for (h, bare) in heads {
            guard has(key, h, at: from) else { continue }
            let rest = from + h.count
            if has(key, article, at: rest), key.count - rest - article.count >= 4 { return h.count }
            if bare, key.count - rest >= 6, !has(key, ya, at: rest), !has(key, article, at: rest) {
                return h.count
            }
        }
        return nil
    }

    private static func has(_ key: UnsafeBufferPointer<UInt8>, _ word: [UInt8], at i: Int) -> Bool {
        guard i + word.count <= key.count else { return false }
        for (n, b) in word.enumerated() where key[i + n] != b { return false }
        return true
    }
}
