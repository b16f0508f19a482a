/// Well-formed UTF-8, checked on bytes from outside Swift: SQLite does not check the text
/// it stores, and the export writers copy its bytes out without making a String, so they
/// check each multi-byte sequence as they pass it (and repair, as String would, on failure).
enum UTF8Bytes {
    /// The length of the well-formed sequence that starts at `p[i]` (a byte >= 0x80), or 0
    /// when it is not well-formed (Unicode's table 3-7: no overlong forms, surrogates or
    /// code points past U+10FFFF).
    @inline(__always)
    static func sequenceLength(_ p: UnsafeBufferPointer<UInt8>, at i: Int) -> Int {
        let n = p.count
        @inline(__always) func cont(_ j: Int, _ lo: UInt8 = 0x80, _ hi: UInt8 = 0xBF) -> Bool {
            j < n && p[j] >= lo && p[j] <= hi
        }
        switch p[i] {
        case 0xC2...0xDF: return cont(i + 1) ? 2 : 0
        case 0xE0: return cont(i + 1, 0xA0) && cont(i + 2) ? 3 : 0
        case 0xE1...0xEC, 0xEE...0xEF: return cont(i + 1) && cont(i + 2) ? 3 : 0
        case 0xED: return cont(i + 1, 0x80, 0x9F) && cont(i + 2) ? 3 : 0
        case 0xF0: return cont(i + 1, 0x90) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF1...0xF3: return cont(i + 1) && cont(i + 2) && cont(i + 3) ? 4 : 0
        case 0xF4: return cont(i + 1, 0x80, 0x8F) && cont(i + 2) && cont(i + 3) ? 4 : 0
        default: return 0
        }
    }
}
