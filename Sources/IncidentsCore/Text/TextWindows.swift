/// A very long text cut into windows of at most `maxBytes` UTF-8 bytes, each ending at a
/// sentence end, so that the extractor holds one window's tokens at a time and its memory
/// stays bounded however long an article is (a 50 MB one-line text). Texts of at most
/// `maxBytes` bytes (every real article: the bulk corpus's longest is 34,000 letters) are one
/// window, the text itself, with no copy.
///
/// Where a window ends, in order of preference, looking back from its byte limit over its
/// last half:
/// 1. after a sentence end: a line break, or `.` `!` `?` `;` `؟` `؛` followed by white space
///    (the tokenizer's hard boundaries);
/// 2. after white space (a text with no sentence end in half a window: a clause may be cut);
/// 3. at the limit, on a character boundary (a half window without white space: a word is
///    cut in two).
/// Never at white space a tatweel touches: a word broken up on social media («قـ. ـصف»,
/// «غـ ـارة») goes on across it (`BrokenWords`). No byte is lost or read twice: the windows
/// cover the text exactly, in order.
public enum TextWindows {
    /// Window size: 1 MiB of UTF-8, about half a million characters of Arabic text. The
    /// extractor's memory for one window is about 14 times its size (tokens, scalars,
    /// clause records), so a window costs some 15 MB whatever the article's length.
    public static let maxBytes = 1 << 20

    /// Calls `body` with each window of `text` (its own String) and the offset, in unicode
    /// scalars, of the window's first scalar in `text`. A text of at most `maxBytes` bytes
    /// is passed whole.
    public static func forEach(
        _ text: String, maxBytes: Int = maxBytes, _ body: (_ window: String, _ scalarOffset: Int) throws -> Void
    ) rethrows {
        if text.utf8.count <= maxBytes {
            try body(text, 0)
            return
        }
        let limit = max(maxBytes, 8)
        var text = text
        // Windows are made from the bytes one at a time: only one copy of a window lives.
        var cuts: [Int] = [0]
        text.withUTF8 { bytes in
            var lo = 0
            while bytes.count - lo > limit {
                lo = cut(bytes, from: lo, limit: limit)
                cuts.append(lo)
            }
        }
        cuts.append(text.utf8.count)
        var scalarOffset = 0
        for k in 0..<(cuts.count - 1) {
            let (window, scalars) = text.withUTF8 { bytes in
                let part = UnsafeBufferPointer(rebasing: bytes[cuts[k]..<cuts[k + 1]])
                // Valid UTF-8 cut at character boundaries: decoding repairs nothing.
                return (String(decoding: part, as: UTF8.self), scalarCount(part))
            }
            try body(window, scalarOffset)
            scalarOffset += scalars
        }
    }

    /// Where the window that starts at byte `lo` ends (more than `lo`, at most `lo + limit`).
    static func cut(_ b: UnsafeBufferPointer<UInt8>, from lo: Int, limit: Int) -> Int {
        let hi = lo + limit
        let floor = lo + limit / 2
        // 1. After a sentence end and the white space that follows it.
        var i = hi - 1
        while i >= floor {
            if isSpace(b[i]) && (b[i] == 0x0A || endsSentence(b, before: i)) && !inBrokenWord(b, spaceAt: i) {
                return i + 1
            }
            i -= 1
        }
        // 2. After white space.
        i = hi - 1
        while i >= floor {
            if isSpace(b[i]) && !inBrokenWord(b, spaceAt: i) { return i + 1 }
            i -= 1
        }
        // 3. At the limit, backed off to the start of a character.
        i = hi
        while i > lo + 1 && b[i] & 0xC0 == 0x80 { i -= 1 }
        return i
    }

    @inline(__always)
    static func isSpace(_ c: UInt8) -> Bool { c == 0x20 || c == 0x0A || c == 0x0D || c == 0x09 }

    /// Whether hard punctuation stands right before `i`: `.` `!` `?` `;`, «؟» (D8 9F), «؛» (D8 9B).
    static func endsSentence(_ b: UnsafeBufferPointer<UInt8>, before i: Int) -> Bool {
        guard i >= 1 else { return false }
        switch b[i - 1] {
        case UInt8(ascii: "."), UInt8(ascii: "!"), UInt8(ascii: "?"), UInt8(ascii: ";"): return true
        case 0x9F, 0x9B: return i >= 2 && b[i - 2] == 0xD8
        default: return false
        }
    }

    /// Whether the white space at `i` may be inside a word broken up on social media
    /// («قـ. ـصف», «غـ ـارة»): a tatweel (U+0640, D9 80) right after it, or before it and
    /// its dots. `BrokenWords` decides; a window never ends there.
    static func inBrokenWord(_ b: UnsafeBufferPointer<UInt8>, spaceAt i: Int) -> Bool {
        if i + 2 < b.count && b[i + 1] == 0xD9 && b[i + 2] == 0x80 { return true }
        var p = i - 1
        while p >= 0 && b[p] == UInt8(ascii: ".") { p -= 1 }
        return p >= 1 && b[p - 1] == 0xD9 && b[p] == 0x80
    }

    /// Unicode scalars in valid UTF-8: the bytes that do not continue a sequence.
    static func scalarCount(_ b: UnsafeBufferPointer<UInt8>) -> Int {
        var n = 0
        for c in b where c & 0xC0 != 0x80 { n += 1 }
        return n
    }
}
