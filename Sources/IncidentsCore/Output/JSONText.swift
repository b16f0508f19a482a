/// Minimal JSON writing with a fixed key order (exports must keep their documented order,
/// which `JSONSerialization` does not) and no escaping of Arabic or slashes.
public enum JSONValue: Sendable, Equatable {
    case null
    case int(Int)
    case double(Double)
    case string(String)
    case bool(Bool)
    case array([JSONValue])
    case object([(String, JSONValue)])

    public static func == (a: JSONValue, b: JSONValue) -> Bool { a.text == b.text }

    public static func optional(_ s: String?) -> JSONValue { s.map(JSONValue.string) ?? .null }
    public static func optional(_ i: Int?) -> JSONValue { i.map(JSONValue.int) ?? .null }
    public static func optional(_ d: Double?) -> JSONValue { d.map(JSONValue.double) ?? .null }

    /// Compact JSON text.
    public var text: String {
        var out: [UInt8] = []
        write(into: &out)
        return String(decoding: out, as: UTF8.self)
    }

    /// Appends the compact JSON text as UTF-8 (exports write a million rows this way).
    public func write(into out: inout [UInt8]) {
        switch self {
        case .null: Self.appendNull(&out)
        case .int(let i): Self.appendInt(i, to: &out)
        case .double(let d):
            if d.isFinite {
                if d == d.rounded() && abs(d) < 1e15 {
                    Self.appendInt(Int(d), to: &out)
                } else {
                    out.append(contentsOf: String(d).utf8)
                }
            } else {
                Self.appendNull(&out)
            }
        case .bool(let b): out.append(contentsOf: (b ? "true" : "false").utf8)
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let a):
            out.append(UInt8(ascii: "["))
            for (n, v) in a.enumerated() {
                if n > 0 { out.append(UInt8(ascii: ",")) }
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "]"))
        case .object(let fields):
            out.append(UInt8(ascii: "{"))
            for (n, (k, v)) in fields.enumerated() {
                if n > 0 {
                    out.append(UInt8(ascii: ","))
                    out.append(UInt8(ascii: " "))
                }
                JSONValue.quote(k, into: &out)
                out.append(UInt8(ascii: ":"))
                out.append(UInt8(ascii: " "))
                v.write(into: &out)
            }
            out.append(UInt8(ascii: "}"))
        }
    }

    @inline(__always)
    private static func appendNull(_ out: inout [UInt8]) {
        out.append(UInt8(ascii: "n"))
        out.append(UInt8(ascii: "u"))
        out.append(UInt8(ascii: "l"))
        out.append(UInt8(ascii: "l"))
    }

    /// Decimal digits of `i`, without an intermediate String.
    static func appendInt(_ i: Int, to out: inout [UInt8]) {
        if i == 0 {
            out.append(UInt8(ascii: "0"))
            return
        }
        if i < 0 { out.append(UInt8(ascii: "-")) }
        var digits: (UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8,
            UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8, UInt8) =
            (0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0)
        var n = 0
        var v = i.magnitude
        withUnsafeMutableBytes(of: &digits) { d in
            while v > 0 {
                d[n] = UInt8(ascii: "0") + UInt8(v % 10)
                v /= 10
                n += 1
            }
            while n > 0 {
                n -= 1
                out.append(d[n])
            }
        }
    }

    /// Appends `s` as a JSON string: quotes, backslashes, control characters and U+2028/
    /// U+2029 escaped; everything else (Arabic included) as it is. Runs of plain bytes are
    /// copied whole.
    public static func quote(_ s: String, into out: inout [UInt8]) {
        var s = s
        // A String is valid UTF-8: the check cannot fail.
        _ = s.withUTF8 { quoteChecked($0, into: &out) }
    }

    /// `quote` of UTF-8 bytes from outside Swift (SQLite text): invalid sequences are
    /// repaired (U+FFFD) as String would, so the output is always valid JSON.
    static func quote(utf8 bytes: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) {
        let mark = out.count
        if !quoteChecked(bytes, into: &out) {
            out.removeSubrange(mark...)
            quote(String(decoding: bytes, as: UTF8.self), into: &out)
        }
    }

    /// Appends the quoted bytes, checking in the same pass that they are well-formed UTF-8;
    /// false (output half written) when they are not.
    private static func quoteChecked(_ p: UnsafeBufferPointer<UInt8>, into out: inout [UInt8]) -> Bool {
        out.append(UInt8(ascii: "\""))
        var runStart = 0
        var i = 0
        let n = p.count
        while i < n {
            let b = p[i]
            if b >= 0x80 {
                // A multi-byte sequence: check it, then skip it whole.
                let length = UTF8Bytes.sequenceLength(p, at: i)
                guard length > 0 else { return false }
                if b == 0xE2 && p[i + 1] == 0x80 && (p[i + 2] == 0xA8 || p[i + 2] == 0xA9) {
                    out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
                    out.append(contentsOf: (p[i + 2] == 0xA8 ? "\\u2028" : "\\u2029").utf8)
                    runStart = i + 3
                }
                i += length
                continue
            }
            if b >= 0x20 && b != 0x22 && b != 0x5C {
                i += 1
                continue
            }
            out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<i]))
            out.append(contentsOf: Self.escape(b))
            i += 1
            runStart = i
        }
        out.append(contentsOf: UnsafeBufferPointer(rebasing: p[runStart..<n]))
        out.append(UInt8(ascii: "\""))
        return true
    }

    private static func escape(_ b: UInt8) -> [UInt8] {
        switch b {
        case 0x22: return Array("\\\"".utf8)
        case 0x5C: return Array("\\\\".utf8)
        case 0x0A: return Array("\\n".utf8)
        case 0x0D: return Array("\\r".utf8)
        case 0x09: return Array("\\t".utf8)
        default:
            let hex = String(b, radix: 16)
            return Array(("\\u" + String(repeating: "0", count: 4 - hex.count) + hex).utf8)
        }
    }
}
