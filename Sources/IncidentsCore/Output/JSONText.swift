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
        var out = ""
        write(into: &out)
        return out
    }

    public func write(into out: inout String) {
        switch self {
        case .null: out += "null"
        case .int(let i): out += String(i)
        case .double(let d):
            if d.isFinite { out += d == d.rounded() && abs(d) < 1e15 ? String(Int(d)) : String(d) } else { out += "null" }
        case .bool(let b): out += b ? "true" : "false"
        case .string(let s): JSONValue.quote(s, into: &out)
        case .array(let a):
            out += "["
            for (n, v) in a.enumerated() {
                if n > 0 { out += "," }
                v.write(into: &out)
            }
            out += "]"
        case .object(let fields):
            out += "{"
            for (n, (k, v)) in fields.enumerated() {
                if n > 0 { out += ", " }
                JSONValue.quote(k, into: &out)
                out += ": "
                v.write(into: &out)
            }
            out += "}"
        }
    }

    public static func quote(_ s: String, into out: inout String) {
        out += "\""
        // Most strings need no escaping: append them whole (a per-scalar append costs more
        // than the rest of an export row).
        var plain = true
        for b in s.utf8 where b < 0x20 || b == 0x22 || b == 0x5C || b == 0xE2 {
            plain = false
            break
        }
        if plain {
            out += s
            out += "\""
            return
        }
        for u in s.unicodeScalars {
            switch u {
            case "\"": out += "\\\""
            case "\\": out += "\\\\"
            case "\n": out += "\\n"
            case "\r": out += "\\r"
            case "\t": out += "\\t"
            default:
                if u.value < 0x20 || u.value == 0x2028 || u.value == 0x2029 {
                    let hex = String(u.value, radix: 16)
                    out += "\\u" + String(repeating: "0", count: 4 - hex.count) + hex
                } else {
                    out.unicodeScalars.append(u)
                }
            }
        }
        out += "\""
    }
}
