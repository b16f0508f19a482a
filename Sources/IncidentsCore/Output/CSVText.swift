/// RFC 4180 CSV fields: quoted when they hold a comma, quote or line break.
public enum CSVText {
    public static func row(_ fields: [String?]) -> String {
        var out: [UInt8] = []
        write(fields, into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the fields of one row as UTF-8, comma-separated, without the line break.
    public static func write(_ fields: [String?], into out: inout [UInt8]) {
        for (n, f) in fields.enumerated() {
            if n > 0 { out.append(UInt8(ascii: ",")) }
            if let f { write(f, into: &out) }
        }
    }

    /// Appends one field (no separator).
    static func write(_ s: String, into out: inout [UInt8]) {
        var s = s
        // A String is valid UTF-8: the check cannot fail.
        _ = s.withUTF8 { writeChecked($0, into: &out) }
    }

    /// Appends one field from UTF-8 bytes SQLite holds (nil, NULL: an empty field), without
    /// making a String; invalid sequences are repaired (U+FFFD) as String would.
    static func write(utf8 bytes: UnsafeBufferPointer<UInt8>?, into out: inout [UInt8]) {
        guard let bytes else { return }
        if !writeChecked(bytes, into: &out) { write(String(decoding: bytes, as: UTF8.self), into: &out) }
    }

    /// Appends the field, quoted when it must be; false (nothing written) when the bytes
    /// are not well-formed UTF-8. One pass finds both; the bytes are then copied whole
    /// (quoted: in runs between the quotes, which are doubled).
    private static func writeChecked(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        var needsQuotes = false
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b < 0x80 {
                if b == 0x2C || b == 0x22 || b == 0x0A || b == 0x0D { needsQuotes = true }
                i += 1
            } else if b >= 0xC2 && b <= 0xDF && i + 1 < n && p[i + 1] & 0xC0 == 0x80 {
                // Two bytes (Arabic letters), the common case, checked inline.
                i += 2
            } else {
                let length = UTF8Bytes.sequenceLength(p, at: i)
                guard length > 0 else { return false }
                i += length
            }
        }
        guard needsQuotes else {
            out.append(contentsOf: p)
            return true
        }
        out.append(0x22)
        var runStart = 0
        for j in 0..<n where p[j] == 0x22 {
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart...j]))
            out.append(0x22)
            runStart = j + 1
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<n]))
        out.append(0x22)
        return true
    }
}
