import IncidentsSQLite

/// Groups the reports of one real-world event across articles (issue: one event, many
/// reports). Runs incrementally: each new report either joins an existing event
/// (`EventMatch`, the grouping rule) or starts one; the event's figures follow `BestFigure`
/// (the best-figure rule).
///
/// Attaching a report updates the event in place (no re-reading of its other reports), so
/// an event reported thousands of times costs no more per report than a new one. When an
/// article is replaced, `refresh` recomputes its old events from the reports they keep.
struct EventGrouper {
    let db: Database
    let candidates: Statement
    let massacres: Statement
    let insertEvent: Statement
    let attach: Statement
    let figures: Statement
    let accumulate: Statement
    let upgradePlace: Statement
    let outletSeen: Statement
    let reports: Statement
    let updateEvent: Statement
    let deleteEmpty: Statement
    let setPrecision: Statement
    /// The article being grouped and the highest event id before its first report.
    final class Ceiling {
        var article: Int64 = -1
        var id: Int64 = 0
    }
    let eventCeiling = Ceiling()

    init(db: Database) throws {
        self.db = db
        candidates = try db.prepare(EventMatch.candidatesSQL)
        massacres = try db.prepare(EventMatch.oneMassacreSQL)
        insertEvent = try db.prepare("""
            INSERT INTO events (event_type, sub_event_type, actor, actor2, target, place, pcode,
                place_level, governorate, governorate_pcode, district, district_pcode, lat, lon,
                date, published, lead_incident_id, report_count)
            SELECT event_type, sub_event_type, actor, actor2, target, place, pcode, ?2,
                   governorate, governorate_pcode, district, district_pcode, lat, lon, date, ?3,
                   id, 0
            FROM incidents WHERE id = ?1
            """)
        attach = try db.prepare("UPDATE incidents SET event_id = ?2 WHERE id = ?1")
        figures = try db.prepare("""
            SELECT killed_low, killed_high, killed_best, killed_rank, killed_qualifier,
                   wounded_low, wounded_high, wounded_best, wounded_rank, wounded_qualifier
            FROM events WHERE id = ?
            """)
        accumulate = try db.prepare("""
            UPDATE events SET
                report_count = report_count + 1,
                killed_low = ?2, killed_high = ?3, killed_best = ?4, killed_rank = ?5,
                killed_qualifier = ?6, wounded_low = ?7, wounded_high = ?8, wounded_best = ?9,
                wounded_rank = ?10, wounded_qualifier = ?11,
                lead_incident_id = coalesce(?12, lead_incident_id),
                outlet_count = outlet_count + ?13,
                published = CASE WHEN published IS NULL OR ?14 < published THEN ?14 ELSE published END,
                date = coalesce(date, ?15)
            WHERE id = ?1
            """)
        upgradePlace = try db.prepare("""
            UPDATE events SET place = r.place, pcode = r.pcode, place_level = ?2,
                district = coalesce(r.district, events.district),
                district_pcode = coalesce(r.district_pcode, events.district_pcode),
                lat = coalesce(r.lat, events.lat), lon = coalesce(r.lon, events.lon)
            FROM (SELECT * FROM incidents WHERE id = ?1) AS r
            WHERE events.id = ?3 AND events.place_level < ?2
            """)
        outletSeen = try db.prepare("""
            SELECT 1 FROM incidents r JOIN articles a ON a.id = r.article_id
            WHERE r.event_id = ?1 AND a.outlet = ?2 AND r.id <> ?3 LIMIT 1
            """)
        reports = try db.prepare("""
            SELECT r.id, r.killed, r.killed_qualifier, r.wounded, r.wounded_qualifier,
                   a.published, r.place, r.pcode, r.date, r.district, r.district_pcode, r.lat,
                   r.lon, a.outlet
            FROM incidents r JOIN articles a ON a.id = r.article_id
            WHERE r.event_id = ? ORDER BY a.published, r.id
            """)
        updateEvent = try db.prepare("""
            UPDATE events SET killed_low = ?2, killed_high = ?3, killed_best = ?4,
                wounded_low = ?5, wounded_high = ?6, wounded_best = ?7, report_count = ?8,
                outlet_count = ?9, date = COALESCE(date, ?10), published = ?11,
                lead_incident_id = ?12, place = ?13, pcode = ?14, place_level = ?15,
                district = ?16, district_pcode = ?17, lat = ?18, lon = ?19, killed_rank = ?20,
                wounded_rank = ?21, killed_qualifier = ?22, wounded_qualifier = ?23
            WHERE id = ?1
            """)
        // The event's date is its most precise report's (then the earliest), its
        // geo_precision that of the report whose place it carries.
        setPrecision = try db.prepare("""
            UPDATE events SET
                (event_date, time_precision) = (
                    SELECT r.event_date, r.time_precision FROM incidents r
                    WHERE r.event_id = events.id AND r.event_date IS NOT NULL
                    ORDER BY r.time_precision, r.event_date LIMIT 1),
                geo_precision = coalesce((
                    SELECT r.geo_precision FROM incidents r
                    WHERE r.event_id = events.id AND r.pcode IS events.pcode AND r.place IS events.place
                    LIMIT 1), (SELECT min(r.geo_precision) FROM incidents r WHERE r.event_id = events.id))
            WHERE id = ?
            """)
        deleteEmpty = try db.prepare(
            "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM incidents WHERE event_id = events.id)")
    }

    /// One stored incident report as the grouper sees it.
    struct Report {
        var id: Int64
        var articleID: Int64
        /// What the grouping rule compares.
        var match: EventMatch.Side
        var killed: Casualty
        var wounded: Casualty
        var outlet: String?
    }

    /// Attaches `r` to an event (existing or new) and folds its figures into that event.
    func group(_ r: Report) throws {
        var chosen: Int64?
        if r.articleID != eventCeiling.article {
            eventCeiling.article = r.articleID
            eventCeiling.id = try db.scalar("SELECT coalesce(max(id), 0) FROM events", as: Int64.self) ?? 0
        }
        if let governorate = r.match.governoratePcode {
            // Hundreds dead: the attack of that toll first (whatever kind of act an event
            // of it was called), then the usual rule.
            if let k = r.killed.value, k >= EventMatch.massacre {
                let (low, high) = EventMatch.massacreRange(k)
                try massacres.forEachRow([
                    .text(governorate), .integer(Int64(low)), .integer(Int64(high)), .integer(r.articleID),
                    .integer(eventCeiling.id),
                ]) { row in
                    guard chosen == nil else { return }
                    var event = r.match
                    event.actor = row.string(1) ?? "unknown"
                    event.actor2 = row.string(2)
                    event.date = row.string(3)
                    event.published = row.string(4)
                    let eventKilled = Int(row.int64(5))
                    if EventMatch.isOneMassacre(r.match, event: event, killed: k, eventKilled: eventKilled) {
                        chosen = row.int64(0)
                    }
                }
            }
            if chosen == nil {
                try candidates.forEachRow([
                    .text(r.match.eventType), .text(governorate),
                    r.match.date.map(SQLiteValue.text) ?? .null, .integer(r.articleID),
                    .integer(eventCeiling.id),
                ]) { row in
                    guard chosen == nil else { return }
                    let event = EventMatch.Side(
                        eventType: row.string(1) ?? "", actor: row.string(2) ?? "unknown",
                        actor2: row.string(3), place: row.string(4), pcode: row.string(5),
                        placeLevel: row.isNull(6) ? 0 : row.int(6), governoratePcode: row.string(7),
                        districtPcode: row.string(8), date: row.string(9), published: row.string(10))
                    if EventMatch.mayJoin(r.match, event: event) { chosen = row.int64(0) }
                }
            }
        }
        let eventID: Int64
        var killed = BestFigure(), wounded = BestFigure()
        if let chosen {
            eventID = chosen
            try figures.forEachRow([.integer(eventID)]) { row in
                func int(_ i: Int32) -> Int? { row.isNull(i) ? nil : row.int(i) }
                killed = BestFigure(low: int(0), high: int(1), best: int(2), rank: int(3), qualifier: row.string(4))
                wounded = BestFigure(low: int(5), high: int(6), best: int(7), rank: int(8), qualifier: row.string(9))
            }
        } else {
            try insertEvent.run(
                .integer(r.id), .integer(Int64(r.match.placeLevel)), SQLiteValue(r.match.published))
            eventID = db.lastInsertRowID
        }
        try attach.run(.integer(r.id), .integer(eventID))
        let published = r.match.published
        let leads = killed.add(r.killed.value, qualifier: r.killed.qualifier?.code, published: published)
        wounded.add(r.wounded.value, qualifier: r.wounded.qualifier?.code, published: published)
        var newOutlet: Int64 = 0
        if let outlet = r.outlet, !outlet.isEmpty {
            newOutlet = try outletSeen.map([.integer(eventID), .text(outlet), .integer(r.id)]) { _ in 1 }.isEmpty ? 1 : 0
        }
        try accumulate.run(
            [.integer(eventID)] + Self.values(killed) + Self.values(wounded) + [
                leads ? .integer(r.id) : .null, .integer(newOutlet), SQLiteValue(published),
                SQLiteValue(r.match.date),
            ])
        try upgradePlace.run(.integer(r.id), .integer(Int64(r.match.placeLevel)), .integer(eventID))
        try setPrecision.run(.integer(eventID))
    }

    /// low, high, best, rank, qualifier.
    static func values(_ f: BestFigure) -> [SQLiteValue] {
        [SQLiteValue(f.low), SQLiteValue(f.high), SQLiteValue(f.best), SQLiteValue(f.rank), SQLiteValue(f.qualifier)]
    }

    /// Recomputes an event's figures and representative fields from its reports (in
    /// publication order, as if they arrived so), or deletes it when no report is left.
    func refresh(_ eventID: Int64) throws {
        struct Row {
            var id: Int64
            var published: String?
            var place: String?
            var pcode: String?
            var date: String?
            var district: String?
            var districtPcode: String?
            var lat: Double?
            var lon: Double?
            var outlet: String?
        }
        var rows: [Row] = []
        var killed = BestFigure(), wounded = BestFigure()
        var lead: Int64?
        try reports.forEachRow([.integer(eventID)]) { r in
            func int(_ i: Int32) -> Int? { r.isNull(i) ? nil : r.int(i) }
            let row = Row(
                id: r.int64(0), published: r.string(5), place: r.string(6), pcode: r.string(7),
                date: r.string(8), district: r.string(9), districtPcode: r.string(10),
                lat: r.isNull(11) ? nil : r.double(11), lon: r.isNull(12) ? nil : r.double(12),
                outlet: r.string(13))
            rows.append(row)
            // The representative report: the one giving the best killed figure, else the first.
            if killed.add(int(1), qualifier: r.string(2), published: row.published) || lead == nil {
                lead = row.id
            }
            wounded.add(int(3), qualifier: r.string(4), published: row.published)
        }
        guard let lead else {
            try deleteEmpty.run(.integer(eventID))
            return
        }
        // The most specific place any report gives.
        let placeRow = rows.max {
            EventMatch.placeLevel(pcode: $0.pcode, place: $0.place) < EventMatch.placeLevel(pcode: $1.pcode, place: $1.place)
        }!
        let outlets = Set(rows.compactMap(\.outlet)).count
        let published = rows.compactMap(\.published).min()
        let date = rows.compactMap(\.date).first
        try updateEvent.run([
            .integer(eventID), SQLiteValue(killed.low), SQLiteValue(killed.high), SQLiteValue(killed.best),
            SQLiteValue(wounded.low), SQLiteValue(wounded.high), SQLiteValue(wounded.best),
            .integer(Int64(rows.count)), .integer(Int64(outlets)), SQLiteValue(date), SQLiteValue(published),
            .integer(lead), SQLiteValue(placeRow.place), SQLiteValue(placeRow.pcode),
            .integer(Int64(EventMatch.placeLevel(pcode: placeRow.pcode, place: placeRow.place))),
            SQLiteValue(placeRow.district), SQLiteValue(placeRow.districtPcode), SQLiteValue(placeRow.lat),
            SQLiteValue(placeRow.lon), SQLiteValue(killed.rank), SQLiteValue(wounded.rank),
            SQLiteValue(killed.qualifier), SQLiteValue(wounded.qualifier),
        ])
        try setPrecision.run(.integer(eventID))
    }
}
