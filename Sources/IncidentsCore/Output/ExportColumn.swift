/// The columns of `incidents export`, in one list: the SQL that selects each (over the
/// unit row `u` of `IncidentQueries.units` and its actor `ac`), its JSON key and how JSON
/// writes it. The SELECT, the JSON writer (`ExportJSON`) and the CSV writer (`ACLEDWriter`)
/// all follow this list, so a column is added here once. The case order is the SELECT's
/// column order and the JSON key order.
public enum ExportColumn: Int32, CaseIterable, Sendable {
    case id, article, eventType, subEventType, actor, actorName, actor2, target, place,
        governorate, district, lat, lon, date, dateText, killed, killedQualifier, wounded,
        woundedQualifier, evidence, evidenceStart, evidenceEnd, killedLow, killedHigh,
        woundedLow, woundedHigh, reportCount, pcode, eventDate, timePrecision,
        geoPrecision, outlet, url, outlets, storedAt, governoratePcode, districtPcode, corrected

    /// How JSON writes a column's value; null when unknown unless a fallback is given.
    enum JSONKind {
        case text(orElse: StaticString?)
        case int(nullable: Bool)
        case double
    }

    /// The column's position in the SELECT.
    var index: Int32 { rawValue }

    /// The SQL expression of the column. `outlets: false` leaves out the list of outlets
    /// (NULL), which JSON does not write and which costs a sub-select per event told by
    /// several outlets.
    func sql(outlets: Bool) -> String {
        switch self {
        case .id: return "u.id"
        case .article: return "u.article"
        case .eventType: return "u.event_type"
        case .subEventType: return "u.sub_event_type"
        case .actor: return "u.actor"
        case .actorName: return "ac.name_en"
        case .actor2: return "u.actor2"
        case .target: return "u.target"
        case .place: return "u.place"
        case .governorate: return "u.governorate"
        case .district: return "u.district"
        case .lat: return "u.lat"
        case .lon: return "u.lon"
        case .date: return "u.date"
        case .dateText: return "u.date_text"
        case .killed: return "u.killed"
        case .killedQualifier: return "u.killed_qualifier"
        case .wounded: return "u.wounded"
        case .woundedQualifier: return "u.wounded_qualifier"
        case .evidence: return "u.evidence"
        case .evidenceStart: return "u.evidence_start"
        case .evidenceEnd: return "u.evidence_end"
        case .killedLow: return "u.killed_low"
        case .killedHigh: return "u.killed_high"
        case .woundedLow: return "u.wounded_low"
        case .woundedHigh: return "u.wounded_high"
        case .reportCount: return "u.report_count"
        case .corrected: return "u.corrected"
        case .pcode: return "u.pcode"
        case .eventDate: return "u.day"
        case .timePrecision: return "u.time_precision"
        case .geoPrecision: return "u.geo_precision"
        case .outlet: return "u.outlet"
        case .url: return "u.url"
        case .outlets: return outlets ? "u.outlets" : "NULL"
        case .storedAt: return "CAST(strftime('%s', u.stored_at) AS INTEGER)"
        case .governoratePcode: return "u.governorate_pcode"
        case .districtPcode: return "u.district_pcode"
        }
    }

    /// The JSON key and kind; nil for the columns JSON leaves out. `eventsOnly`: written
    /// only when the rows are events.
    var json: (key: StaticString, kind: JSONKind, eventsOnly: Bool)? {
        switch self {
        case .id: return ("id", .int(nullable: false), false)
        case .article: return ("article", .text(orElse: ""), false)
        case .eventType: return ("event_type", .text(orElse: ""), false)
        case .subEventType: return ("sub_event_type", .text(orElse: ""), false)
        case .actor: return ("actor", .text(orElse: "unknown"), false)
        case .actorName: return ("actor_name", .text(orElse: nil), false)
        case .target: return ("target", .text(orElse: nil), false)
        case .place: return ("place", .text(orElse: nil), false)
        case .governorate: return ("governorate", .text(orElse: nil), false)
        case .district: return ("district", .text(orElse: nil), false)
        case .lat: return ("lat", .double, false)
        case .lon: return ("lon", .double, false)
        case .date: return ("date", .text(orElse: nil), false)
        case .dateText: return ("date_text", .text(orElse: nil), false)
        case .killed: return ("killed", .int(nullable: true), false)
        case .killedQualifier: return ("killed_qualifier", .text(orElse: nil), false)
        case .wounded: return ("wounded", .int(nullable: true), false)
        case .woundedQualifier: return ("wounded_qualifier", .text(orElse: nil), false)
        case .evidence: return ("evidence", .text(orElse: ""), false)
        case .evidenceStart: return ("evidence_start", .int(nullable: false), false)
        case .evidenceEnd: return ("evidence_end", .int(nullable: false), false)
        case .killedLow: return ("killed_low", .int(nullable: true), true)
        case .killedHigh: return ("killed_high", .int(nullable: true), true)
        case .woundedLow: return ("wounded_low", .int(nullable: true), true)
        case .woundedHigh: return ("wounded_high", .int(nullable: true), true)
        case .reportCount: return ("reports", .int(nullable: false), true)
        case .actor2: return ("actor2", .text(orElse: nil), false)
        case .eventDate: return ("event_date", .text(orElse: nil), false)
        case .timePrecision: return ("time_precision", .int(nullable: true), false)
        case .geoPrecision: return ("geo_precision", .int(nullable: true), false)
        case .outlet: return ("outlet", .text(orElse: nil), false)
        case .url: return ("url", .text(orElse: nil), false)
        case .corrected: return ("corrected", .int(nullable: false), false)
        case .pcode, .outlets, .storedAt, .governoratePcode, .districtPcode:
            return nil
        }
    }

    /// The select list of every column, in order.
    static func selectList(outlets: Bool) -> String {
        allCases.map { $0.sql(outlets: outlets) }.joined(separator: ", ")
    }
}
