import IncidentsSQLite

/// The JSON object of one exported row (`incidents export --format jsonl`, and GeoJSON
/// properties), written straight from the row's column bytes as UTF-8: the keys and kinds
/// of `ExportColumn`, in its order; unknown values are null.
enum ExportJSON {
    static func write(_ r: Row, events: Bool, into out: inout [UInt8]) {
        var first = true
        func append(_ s: StaticString) {
            out.append(contentsOf: UnsafeBufferPointer(start: s.utf8Start, count: s.utf8CodeUnitCount))
        }
        out.append(UInt8(ascii: "{"))
        for column in ExportColumn.allCases {
            guard let (key, kind, eventsOnly) = column.json, events || !eventsOnly else { continue }
            if !first {
                out.append(UInt8(ascii: ","))
                out.append(UInt8(ascii: " "))
            }
            first = false
            out.append(UInt8(ascii: "\""))
            append(key)
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
            let c = column.index
            switch kind {
            case .text(let fallback):
                r.withUTF8(c) { bytes in
                    if let bytes {
                        JSONValue.quote(utf8: bytes, into: &out)
                    } else if let fallback {
                        JSONValue.quote(
                            utf8: UnsafeBufferPointer(start: fallback.utf8Start, count: fallback.utf8CodeUnitCount),
                            into: &out)
                    } else {
                        JSONValue.null.write(into: &out)
                    }
                }
            case .int(let nullable):
                if nullable && r.isNull(c) { JSONValue.null.write(into: &out) } else { JSONValue.appendInt(r.int(c), to: &out) }
            case .double:
                (r.isNull(c) ? JSONValue.null : JSONValue.double(r.double(c))).write(into: &out)
            }
        }
        out.append(UInt8(ascii: "}"))
    }
}
