/// A JSON line too long to hold whole (a 50 MB article on one line), parsed as its bytes
/// stream in from the `LineReader`: only a chunk of the raw line is held at a time, and a
/// string value is decoded straight into its `String`. Holding the line, then decoding it
/// into a second copy, took more than twice the line's size.
///
/// It reads what `JSONLine` reads, the same way (keys in any order, strings and integers
/// kept, other values skipped). What `JSONLine` hands over to Foundation (a malformed
/// number or escape, invalid UTF-8, bytes after the object...) is not valid JSON here, as
/// Foundation says too: the line is not held, so there is nothing to hand over. Like
/// Foundation, it lets a comma end an object; a line that is an array is "not an object"
/// when its brackets and strings are well formed.
struct JSONStream {
    enum Outcome: Equatable {
        case fields([String: JSONLine.Value])
        /// Nothing but white space.
        case blank
        case notValid
        /// A JSON array, not an object.
        case notObject
    }

    /// Decoded bytes gathered before they are checked as UTF-8 and appended to the string
    /// (tests make it tiny, so characters are split across flushes).
    let flushBytes: Int

    /// Parses the current line of `r` from `r.start` and consumes it, `\n` included.
    /// `firstLine`: a UTF-8 byte order mark may open it.
    static func read(_ r: inout LineReader, firstLine: Bool, flushBytes: Int = 1 << 20) -> Outcome {
        let p = JSONStream(flushBytes: max(4, flushBytes))
        let outcome = p.line(&r, firstLine: firstLine)
        r.skipLine()
        return outcome
    }

    private func line(_ r: inout LineReader, firstLine: Bool) -> Outcome {
        if firstLine { skipBOM(&r) }
        skipSpace(&r)
        guard let first = r.peekInLine() else { return .blank }
        guard first == UInt8(ascii: "{") else {
            // Foundation judged these: an array is a JSON value but not an object.
            return first == UInt8(ascii: "[") && skipNested(&r) && atEnd(&r) ? .notObject : .notValid
        }
        r.start += 1
        var out: [String: JSONLine.Value] = [:]
        skipSpace(&r)
        if r.peekInLine() == UInt8(ascii: "}") {
            r.start += 1
            return atEnd(&r) ? .fields(out) : .notValid
        }
        while true {
            skipSpace(&r)
            guard let key = string(&r) else { return .notValid }
            skipSpace(&r)
            guard r.peekInLine() == UInt8(ascii: ":") else { return .notValid }
            r.start += 1
            skipSpace(&r)
            guard let value = value(&r) else { return .notValid }
            out[key] = value
            skipSpace(&r)
            guard let b = r.peekInLine() else { return .notValid }
            r.start += 1
            if b == UInt8(ascii: ",") {
                // Foundation, which judged such lines, lets a comma end the object.
                skipSpace(&r)
                guard r.peekInLine() == UInt8(ascii: "}") else { continue }
                r.start += 1
                return atEnd(&r) ? .fields(out) : .notValid
            }
            guard b == UInt8(ascii: "}") else { return .notValid }
            return atEnd(&r) ? .fields(out) : .notValid
        }
    }

    private func skipBOM(_ r: inout LineReader) {
        for b: UInt8 in [0xEF, 0xBB, 0xBF] {
            guard r.peekInLine() == b else { return }
            r.start += 1
        }
    }

    private func skipSpace(_ r: inout LineReader) {
        while let b = r.peekInLine(), b == 0x20 || b == 0x09 || b == 0x0D { r.start += 1 }
    }

    private func atEnd(_ r: inout LineReader) -> Bool {
        skipSpace(&r)
        return r.peekInLine() == nil
    }

    /// The next byte of the line, consumed.
    private func take(_ r: inout LineReader) -> UInt8? {
        guard let b = r.peekInLine() else { return nil }
        r.start += 1
        return b
    }

    private func value(_ r: inout LineReader) -> JSONLine.Value? {
        guard let b = r.peekInLine() else { return nil }
        switch b {
        case UInt8(ascii: "\""): return string(&r).map(JSONLine.Value.string)
        case UInt8(ascii: "-"), UInt8(ascii: "0")...UInt8(ascii: "9"): return number(&r)
        case UInt8(ascii: "t"): return literal(&r, "true")
        case UInt8(ascii: "f"): return literal(&r, "false")
        case UInt8(ascii: "n"): return literal(&r, "null")
        case UInt8(ascii: "{"), UInt8(ascii: "["): return skipNested(&r) ? .other : nil
        default: return nil
        }
    }

    private func literal(_ r: inout LineReader, _ word: StaticString) -> JSONLine.Value? {
        for k in 0..<word.utf8CodeUnitCount where take(&r) != word.utf8Start[k] { return nil }
        return .other
    }

    /// A number as `JSONLine` reads it: an integer that fits is `.integer`, a fraction, an
    /// exponent or a larger integer `.other`, a malformed one nil.
    private func number(_ r: inout LineReader) -> JSONLine.Value? {
        var negative = false
        if r.peekInLine() == UInt8(ascii: "-") {
            negative = true
            r.start += 1
        }
        var value = 0, digits = 0, first: UInt8 = 0
        var overflow = false
        while let b = r.peekInLine(), b >= 0x30, b <= 0x39 {
            if digits == 0 { first = b }
            let (m, o1) = value.multipliedReportingOverflow(by: 10)
            let (a, o2) = m.addingReportingOverflow(Int(b - 0x30))
            if o1 || o2 { overflow = true }
            value = a
            digits += 1
            r.start += 1
        }
        guard digits > 0, !(digits > 1 && first == 0x30) else { return nil }
        var integer = !overflow
        if r.peekInLine() == UInt8(ascii: ".") {
            r.start += 1
            guard skipDigits(&r) else { return nil }
            integer = false
        }
        if let e = r.peekInLine(), e == UInt8(ascii: "e") || e == UInt8(ascii: "E") {
            r.start += 1
            if let s = r.peekInLine(), s == UInt8(ascii: "+") || s == UInt8(ascii: "-") { r.start += 1 }
            guard skipDigits(&r) else { return nil }
            integer = false
        }
        return integer ? .integer(negative ? -value : value) : .other
    }

    private func skipDigits(_ r: inout LineReader) -> Bool {
        var any = false
        while let b = r.peekInLine(), b >= 0x30, b <= 0x39 {
            r.start += 1
            any = true
        }
        return any
    }

    /// Skips an object or array, strings inside included (and checked).
    private func skipNested(_ r: inout LineReader) -> Bool {
        var depth = 0
        while let b = r.peekInLine() {
            switch b {
            case UInt8(ascii: "{"), UInt8(ascii: "["):
                depth += 1
                r.start += 1
            case UInt8(ascii: "}"), UInt8(ascii: "]"):
                depth -= 1
                r.start += 1
                if depth == 0 { return true }
            case UInt8(ascii: "\""):
                guard string(&r) != nil else { return false }
            default:
                r.start += 1
            }
        }
        return false
    }

    /// A string at `r.start` (its opening quote), escapes decoded, as it streams in.
    private func string(_ r: inout LineReader) -> String? {
        guard r.peekInLine() == UInt8(ascii: "\"") else { return nil }
        r.start += 1
        var sink = StringSink(flushBytes: flushBytes)
        while true {
            guard r.peekInLine() != nil else { return nil }
            // The run up to the next quote, backslash or control byte, copied whole.
            let from = r.start
            let to = r.buffer.withUnsafeBufferPointer { b in
                var j = from
                while j < b.count {
                    let c = b[j]
                    if c == UInt8(ascii: "\"") || c == UInt8(ascii: "\\") || c < 0x20 { break }
                    j += 1
                }
                if j > from { sink.append(UnsafeBufferPointer(rebasing: b[from..<j])) }
                return j
            }
            r.start = to
            guard sink.valid else { return nil }
            guard to < r.buffer.count else { continue }
            let b = r.buffer[to]
            // A control byte, the line's `\n` among them (left for `skipLine`).
            if b < 0x20 { return nil }
            r.start += 1
            if b == UInt8(ascii: "\"") { return sink.finish() }
            guard let e = take(&r) else { return nil }
            if let byte = JSONLine.escaped(e) {
                sink.append(byte)
                continue
            }
            switch e {
            case UInt8(ascii: "u"):
                guard var unit = hex4(&r) else { return nil }
                if unit >= 0xD800 && unit <= 0xDBFF {
                    // A surrogate pair: the low half must follow as \uXXXX.
                    guard take(&r) == UInt8(ascii: "\\"), take(&r) == UInt8(ascii: "u"),
                        let low = hex4(&r), low >= 0xDC00 && low <= 0xDFFF
                    else { return nil }
                    unit = 0x10000 + ((unit - 0xD800) << 10) + (low - 0xDC00)
                } else if unit >= 0xDC00 && unit <= 0xDFFF {
                    return nil
                }
                guard let scalar = Unicode.Scalar(unit) else { return nil }
                sink.append(scalar)
            default:
                return nil
            }
        }
    }

    private func hex4(_ r: inout LineReader) -> UInt32? {
        var v: UInt32 = 0
        for _ in 0..<4 {
            guard let b = take(&r), let d = JSONLine.hexDigit(b) else { return nil }
            v = v << 4 | d
        }
        return v
    }
}
