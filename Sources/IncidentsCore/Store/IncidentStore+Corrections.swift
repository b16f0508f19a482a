import IncidentsSQLite

/// One row of `incidents corrections`.
public struct CorrectionRecord: Sendable, Equatable {
    public var id: Int
    public var madeAt: String
    /// The article's name, nil when no stored article has the text any more.
    public var article: String?
    /// The report the correction applies to now; nil when none has its evidence span.
    public var reportID: Int?
    public var field: String
    public var oldValue: String?
    public var newValue: String
    public var note: String
}

extension IncidentStore {
    /// The reports (incident rows) an id names: the event's reports, or with `report` the
    /// report itself. Empty when there is no such id.
    public func reportIDs(for id: Int, report: Bool) throws -> [Int64] {
        try storeErrors {
            let sql = report
                ? "SELECT id FROM incidents WHERE id = ?" : "SELECT id FROM incidents WHERE event_id = ? ORDER BY id"
            return try database.prepare(sql).map([.integer(Int64(id))]) { $0.int64(0) }
        }
    }

    /// Records `changes` (validated values, see `Corrections.Field`) with `note` for each of
    /// `reports`, and applies them to the stored rows at once: the rows keep their ids, the
    /// events they belonged to are recomputed and they are grouped again (a rejected one is
    /// left out of events). Returns the number of correction rows written.
    @discardableResult
    public func correct(
        reports: [Int64], changes: [(Corrections.Field, String)], note: String
    ) throws -> Int {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        return try storeErrors {
            try database.savepoint {
                let s = try statements()
                let read = try database.prepare("""
                    SELECT i.article_id, i.seq, i.event_type, i.sub_event_type, i.actor, i.actor2,
                           i.target, i.place, i.pcode, i.governorate, i.governorate_pcode,
                           i.district, i.district_pcode, i.lat, i.lon, i.date, i.date_text,
                           i.killed, i.killed_qualifier, i.wounded, i.wounded_qualifier,
                           i.evidence, i.evidence_start, i.evidence_end, i.event_id, i.corrected,
                           i.rejected, a.content_hash, a.published, a.outlet
                    FROM incidents i JOIN articles a ON a.id = i.article_id WHERE i.id = ?
                    """)
                let record = try database.prepare("""
                    INSERT INTO corrections (content_hash, evidence_start, evidence_end, seq, field,
                                             old_value, new_value, note, made_at)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, \(IngestStatements.now))
                    """)
                let update = try database.prepare("""
                    UPDATE incidents SET event_type = ?2, sub_event_type = ?3, actor = ?4, target = ?5,
                        place = ?6, pcode = ?7, governorate = ?8, governorate_pcode = ?9,
                        district = ?10, district_pcode = ?11, lat = ?12, lon = ?13, date = ?14,
                        killed = ?15, killed_qualifier = ?16, wounded = ?17, wounded_qualifier = ?18,
                        corrected = ?19, rejected = ?20, event_id = NULL,
                        event_date = coalesce(?14, event_date),
                        time_precision = CASE WHEN ?14 IS NOT NULL THEN 1 ELSE time_precision END,
                        geo_precision = ?21
                    WHERE id = ?1
                    """)
                var written = 0
                for id in reports {
                    guard let row = try read.map([.integer(id)], { StoredIncident($0) }).first else { continue }
                    var incident = row.incident
                    var corrected = row.corrected, rejected = row.rejected
                    for (field, value) in changes {
                        try record.run(
                            .text(row.hash), .integer(Int64(incident.evidenceStart)),
                            .integer(Int64(incident.evidenceEnd)), .integer(Int64(row.seq)),
                            .text(field.rawValue),
                            SQLiteValue(field == .rejected ? (rejected ? "1" : "0") : Corrections.value(of: field, in: incident)),
                            .text(value), .text(note))
                        written += 1
                        if field == .rejected {
                            rejected = value == "1"
                        } else {
                            Corrections.set(field, value, on: &incident, placeName: placeName)
                            corrected = true
                        }
                    }
                    let location = try locate(incident, s)
                    try update.run([
                        .integer(id), .text(incident.eventType), .text(incident.subEventType),
                        .text(incident.actor), SQLiteValue(incident.target), SQLiteValue(incident.place),
                        SQLiteValue(location.pcode), SQLiteValue(location.governorate),
                        SQLiteValue(location.governoratePcode), SQLiteValue(location.district),
                        SQLiteValue(location.districtPcode), SQLiteValue(location.lat),
                        SQLiteValue(location.lon), SQLiteValue(incident.date),
                        SQLiteValue(incident.killed.value), SQLiteValue(incident.killed.qualifier?.code),
                        SQLiteValue(incident.wounded.value), SQLiteValue(incident.wounded.qualifier?.code),
                        .integer(corrected ? 1 : 0), .integer(rejected ? 1 : 0),
                        SQLiteValue(location.geoPrecision.map { Int64($0.rawValue) }),
                    ])
                    // Grouped again before its old event is recomputed: when the event
                    // still fits (a figure corrected), the report rejoins it and it keeps its id.
                    if !rejected {
                        try group(
                            report: id, of: row.articleID, incident, at: location,
                            published: row.published, outlet: row.outlet)
                    }
                    if let old = row.eventID { try grouper().refresh(old) }
                }
                return written
            }
        }
    }

    /// Every correction, oldest first, with the report it applies to now.
    public func corrections() throws -> [CorrectionRecord] {
        try storeErrors {
            try database.prepare("""
                SELECT c.id, c.made_at,
                       (SELECT a.source FROM articles a WHERE a.content_hash = c.content_hash ORDER BY a.id LIMIT 1),
                       (SELECT coalesce(max(i.id) FILTER (WHERE i.seq = c.seq), min(i.id))
                        FROM incidents i JOIN articles a ON a.id = i.article_id
                        WHERE a.content_hash = c.content_hash AND i.evidence_start = c.evidence_start
                          AND i.evidence_end = c.evidence_end),
                       c.field, c.old_value, c.new_value, c.note
                FROM corrections c ORDER BY c.id
                """).map { r in
                CorrectionRecord(
                    id: r.int(0), madeAt: r.string(1) ?? "", article: r.string(2),
                    reportID: r.isNull(3) ? nil : r.int(3), field: r.string(4) ?? "",
                    oldValue: r.string(5), newValue: r.string(6) ?? "", note: r.string(7) ?? "")
            }
        }
    }
}

/// An incident row read back for a correction.
private struct StoredIncident {
    var articleID: Int64
    var seq: Int
    var incident: ExtractedIncident
    var eventID: Int64?
    var corrected: Bool
    var rejected: Bool
    var hash: String
    var published: String?
    var outlet: String?

    init(_ r: Row) {
        func int(_ i: Int32) -> Int? { r.isNull(i) ? nil : r.int(i) }
        func double(_ i: Int32) -> Double? { r.isNull(i) ? nil : r.double(i) }
        articleID = r.int64(0)
        seq = r.int(1)
        incident = ExtractedIncident(
            eventType: r.string(2) ?? "", subEventType: r.string(3) ?? "", actor: r.string(4) ?? "unknown",
            actor2: r.string(5), target: r.string(6), place: r.string(7), pcode: r.string(8),
            governorate: r.string(9), governoratePcode: r.string(10), district: r.string(11),
            districtPcode: r.string(12), lat: double(13), lon: double(14), dateText: r.string(16),
            date: r.string(15),
            killed: Casualty(value: int(17), qualifier: r.string(18).flatMap(Casualty.Qualifier.init(code:))),
            wounded: Casualty(value: int(19), qualifier: r.string(20).flatMap(Casualty.Qualifier.init(code:))),
            evidence: r.string(21) ?? "", evidenceStart: r.int(22), evidenceEnd: r.int(23))
        eventID = r.isNull(24) ? nil : r.int64(24)
        corrected = r.int(25) == 1
        rejected = r.int(26) == 1
        hash = r.string(27) ?? ""
        published = r.string(28)
        outlet = r.string(29)
    }
}

extension IncidentStore {
    /// The level of a place code the database holds (1 governorate … 5 local), or nil.
    public func placeLevel(pcode: String) throws -> Int? {
        try storeErrors {
            try database.prepare("SELECT level FROM places WHERE pcode = ?").map([.text(pcode)]) { $0.int(0) }.first
        }
    }
}
