import IncidentsSQLite

/// The JSON object of one exported row (`incidents export --format jsonl`, and GeoJSON
/// properties), written from the columns of `IncidentQueries.exportRows` as UTF-8. The
/// key order is the documented one; unknown values are null.
enum ExportJSON {
    static func write(_ r: Row, events: Bool, into out: inout [UInt8]) {
        var first = true
        func key(_ k: StaticString) {
            if !first {
                out.append(UInt8(ascii: ","))
                out.append(UInt8(ascii: " "))
            }
            first = false
            out.append(UInt8(ascii: "\""))
            out.append(contentsOf: UnsafeBufferPointer(start: k.utf8Start, count: k.utf8CodeUnitCount))
            out.append(UInt8(ascii: "\""))
            out.append(UInt8(ascii: ":"))
            out.append(UInt8(ascii: " "))
        }
        func text(_ k: StaticString, _ c: Int32, orElse fallback: StaticString? = nil) {
            key(k)
            r.withUTF8(c) { bytes in
                if let bytes {
                    JSONValue.quote(utf8: bytes, into: &out)
                } else if let fallback {
                    JSONValue.quote(utf8: UnsafeBufferPointer(start: fallback.utf8Start, count: fallback.utf8CodeUnitCount), into: &out)
                } else {
                    JSONValue.null.write(into: &out)
                }
            }
        }
        func int(_ k: StaticString, _ c: Int32, nullable: Bool = true) {
            key(k)
            if nullable && r.isNull(c) { JSONValue.null.write(into: &out) } else { JSONValue.appendInt(r.int(c), to: &out) }
        }
        func double(_ k: StaticString, _ c: Int32) {
            key(k)
            (r.isNull(c) ? JSONValue.null : JSONValue.double(r.double(c))).write(into: &out)
        }
        out.append(UInt8(ascii: "{"))
        int("id", 0, nullable: false)
        text("article", 1, orElse: "")
        text("event_type", 2, orElse: "")
        text("sub_event_type", 3, orElse: "")
        text("actor", 4, orElse: "unknown")
        text("actor_name", 5)
        text("target", 7)
        text("place", 8)
        text("governorate", 9)
        text("district", 10)
        double("lat", 11)
        double("lon", 12)
        text("date", 13)
        text("date_text", 14)
        int("killed", 15)
        text("killed_qualifier", 16)
        int("wounded", 17)
        text("wounded_qualifier", 18)
        text("evidence", 19, orElse: "")
        int("evidence_start", 20, nullable: false)
        int("evidence_end", 21, nullable: false)
        if events {
            int("killed_low", 22)
            int("killed_high", 23)
            int("wounded_low", 24)
            int("wounded_high", 25)
            int("reports", 26, nullable: false)
        }
        out.append(UInt8(ascii: "}"))
    }
}
