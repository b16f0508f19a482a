import Foundation

/// A fast reader for the one shape an article line has: a JSON object whose fields of
/// interest are strings or integers. It returns nil for anything it does not handle with
/// certainty (invalid UTF-8, odd numbers, malformed text...), and the caller falls back to
/// Foundation's `JSONSerialization`, so errors and corner cases behave as before; the common
/// line is read in one pass over its bytes with no intermediate objects.
enum JSONLine {
    enum Value: Equatable {
        case string(String)
        case integer(Int)
        /// A number with a fraction or exponent, true/false/null, an object or an array.
        case other
    }

    static func object(_ line: ArraySlice<UInt8>) -> [String: Value]? {
        line.withUnsafeBufferPointer { buffer in
            var reader = Reader(bytes: buffer)
            return reader.topObject()
        }
    }

    /// The string of valid UTF-8 bytes, nil for invalid ones. (`String(decoding:)`
    /// validates with the standard library's fast path and repairs; any repair changes
    /// the bytes. `String(validating:)` walks them generically, several times slower.)
    static func validString(_ bytes: UnsafeBufferPointer<UInt8>) -> String? {
        var s = String(decoding: bytes, as: UTF8.self)
        let same = s.withUTF8 { out in
            out.count == bytes.count
                && (out.count == 0 || memcmp(out.baseAddress!, bytes.baseAddress!, out.count) == 0)
        }
        return same ? s : nil
    }

    private struct Reader {
        let bytes: UnsafeBufferPointer<UInt8>
        var i = 0
        var scratch: [UInt8] = []

        init(bytes: UnsafeBufferPointer<UInt8>) { self.bytes = bytes }

        mutating func skipSpace() {
            while i < bytes.count {
                switch bytes[i] {
                case 0x20, 0x09, 0x0A, 0x0D: i += 1
                default: return
                }
            }
        }

        mutating func topObject() -> [String: Value]? {
            skipSpace()
            guard i < bytes.count, bytes[i] == UInt8(ascii: "{") else { return nil }
            i += 1
            var out: [String: Value] = [:]
            skipSpace()
            if i < bytes.count, bytes[i] == UInt8(ascii: "}") {
                i += 1
                return finished() ? out : nil
            }
            while true {
                skipSpace()
                guard let key = string() else { return nil }
                skipSpace()
                guard i < bytes.count, bytes[i] == UInt8(ascii: ":") else { return nil }
                i += 1
                skipSpace()
                guard let value = value() else { return nil }
                out[key] = value
                skipSpace()
                guard i < bytes.count else { return nil }
                if bytes[i] == UInt8(ascii: ",") {
                    i += 1
                    continue
                }
                guard bytes[i] == UInt8(ascii: "}") else { return nil }
                i += 1
                return finished() ? out : nil
            }
        }

        mutating func finished() -> Bool {
            skipSpace()
            return i == bytes.count
        }

        mutating func value() -> Value? {
            guard i < bytes.count else { return nil }
            switch bytes[i] {
            case UInt8(ascii: "\""):
                return string().map(Value.string)
            case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"):
                return number()
            case UInt8(ascii: "t"): return literal("true")
            case UInt8(ascii: "f"): return literal("false")
            case UInt8(ascii: "n"): return literal("null")
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                return skipNested() ? .other : nil
            default:
                return nil
            }
        }

        mutating func literal(_ word: StaticString) -> Value? {
            let n = word.utf8CodeUnitCount
            guard i + n <= bytes.count else { return nil }
            for k in 0..<n where bytes[i + k] != word.utf8Start[k] { return nil }
            i += n
            return .other
        }

        /// A number by JSON's grammar: an integer that fits in an Int is `.integer`; one with
        /// a fraction or exponent, or too large, is `.other` (no field of an article is read
        /// from it). Only a malformed number (a leading zero, a bare «-») falls back, so a
        /// line with a «"score": 0.5» beside a huge text stays on this path: Foundation's
        /// parser took 25 times the line's size in memory.
        mutating func number() -> Value? {
            var negative = false
            if bytes[i] == UInt8(ascii: "-") {
                negative = true
                i += 1
            }
            let start = i
            var value = 0
            var overflow = false
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 {
                let (m, o1) = value.multipliedReportingOverflow(by: 10)
                let (a, o2) = m.addingReportingOverflow(Int(bytes[i] - 0x30))
                if o1 || o2 { overflow = true }
                value = a
                i += 1
            }
            let digits = i - start
            guard digits > 0, !(digits > 1 && bytes[start] == 0x30) else { return nil }
            var integer = !overflow
            if i < bytes.count, bytes[i] == UInt8(ascii: ".") {
                i += 1
                guard skipDigits() else { return nil }
                integer = false
            }
            if i < bytes.count, bytes[i] == UInt8(ascii: "e") || bytes[i] == UInt8(ascii: "E") {
                i += 1
                if i < bytes.count, bytes[i] == UInt8(ascii: "+") || bytes[i] == UInt8(ascii: "-") { i += 1 }
                guard skipDigits() else { return nil }
                integer = false
            }
            return integer ? .integer(negative ? -value : value) : .other
        }

        /// Skips one or more digits; false when there is none.
        mutating func skipDigits() -> Bool {
            let start = i
            while i < bytes.count, bytes[i] >= 0x30, bytes[i] <= 0x39 { i += 1 }
            return i > start
        }

        /// Skips an object or array, strings inside included.
        mutating func skipNested() -> Bool {
            var depth = 0
            while i < bytes.count {
                switch bytes[i] {
                case UInt8(ascii: "{"), UInt8(ascii: "["):
                    depth += 1
                    i += 1
                case UInt8(ascii: "}"), UInt8(ascii: "]"):
                    depth -= 1
                    i += 1
                    if depth == 0 { return true }
                case UInt8(ascii: "\""):
                    guard string() != nil else { return false }
                default:
                    i += 1
                }
            }
            return false
        }

        /// A string at `i` (which holds the opening quote), escapes decoded.
        mutating func string() -> String? {
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\"") else { return nil }
            i += 1
            let start = i
            // The common case: no escapes, so the bytes are the string. A local index and
            // pointer keep this loop in registers.
            guard let base = bytes.baseAddress else { return nil }
            let end = bytes.count
            var j = i
            while j < end {
                let b = base[j]
                if b == UInt8(ascii: "\"") {
                    i = j + 1
                    return JSONLine.validString(UnsafeBufferPointer(start: base + start, count: j - start))
                }
                if b == UInt8(ascii: "\\") || b < 0x20 { break }
                j += 1
            }
            i = j
            guard i < bytes.count, bytes[i] == UInt8(ascii: "\\") else { return nil }
            scratch.removeAll(keepingCapacity: true)
            scratch.append(contentsOf: UnsafeBufferPointer(rebasing: bytes[start..<i]))
            while i < end {
                // Copy the run up to the next quote, backslash or control byte whole.
                var j = i
                while j < end {
                    let c = base[j]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                    j += 1
                }
                if j > i { scratch.append(contentsOf: UnsafeBufferPointer(start: base + i, count: j - i)) }
                i = j
                guard i < end else { return nil }
                let b = base[i]
                if b == UInt8(ascii: "\"") {
                    i += 1
                    return scratch.withUnsafeBufferPointer(JSONLine.validString)
                }
                if b < 0x20 { return nil }
                i += 1
                guard i < bytes.count else { return nil }
                let e = bytes[i]
                i += 1
                if let byte = JSONLine.escaped(e) {
                    scratch.append(byte)
                    continue
                }
                switch e {
                case UInt8(ascii: "u"):
                    guard var unit = hex4() else { return nil }
                    if unit >= 0xD800 && unit <= 0xDBFF {
                        // A surrogate pair: the low half must follow as \uXXXX.
                        guard i + 1 < bytes.count, bytes[i] == UInt8(ascii: "\\"),
                            bytes[i + 1] == UInt8(ascii: "u")
                        else { return nil }
                        i += 2
                        guard let low = hex4(), low >= 0xDC00 && low <= 0xDFFF else { return nil }
                        unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                    } else if unit >= 0xDC00 && unit <= 0xDFFF {
                        return nil
                    }
                    guard let scalar = Unicode.Scalar(unit) else { return nil }
                    appendUTF8(scalar, to: &scratch)
                default:
                    return nil
                }
            }
            return nil
        }

        mutating func hex4() -> UInt32? {
            guard i + 4 <= bytes.count else { return nil }
            var v: UInt32 = 0
            for _ in 0..<4 {
                guard let d = JSONLine.hexDigit(bytes[i]) else { return nil }
                v = v << 4 | d
                i += 1
            }
            return v
        }
    }

    /// The byte a one-letter escape stands for (`\n` is 0x0A), or nil: `\u` and anything
    /// that is no escape. (The one table of them, for this reader and `JSONStream`.)
    static func escaped(_ e: UInt8) -> UInt8? {
        switch e {
        case UInt8(ascii: "\""): return 0x22
        case UInt8(ascii: "\\"): return 0x5C
        case UInt8(ascii: "/"): return 0x2F
        case UInt8(ascii: "b"): return 0x08
        case UInt8(ascii: "f"): return 0x0C
        case UInt8(ascii: "n"): return 0x0A
        case UInt8(ascii: "r"): return 0x0D
        case UInt8(ascii: "t"): return 0x09
        default: return nil
        }
    }

    /// The value of a hexadecimal digit, or nil.
    static func hexDigit(_ b: UInt8) -> UInt32? {
        switch b {
        case 0x30...0x39: return UInt32(b - 0x30)
        case 0x41...0x46: return UInt32(b - 0x41 + 10)
        case 0x61...0x66: return UInt32(b - 0x61 + 10)
        default: return nil
        }
    }
}
