import IncidentsSQLite

/// Groups the reports of one real-world event across articles (issue: one event, many
/// reports). Runs incrementally: each new report either joins an existing event or starts
/// one; the event's figures are recomputed from its reports.
///
/// The rule. A report joins an event when all of these hold:
/// - same event type;
/// - compatible actors: the same actor, or one side of the other's clash, or either unknown;
/// - the same governorate, and both known (no governorate, no grouping);
/// - the same place, or one of them is only a governorate or district that holds the other;
/// - the same calendar day when both dates are known (consecutive days are two events, as
///   ACLED codes them); when either date is unknown, the articles were published within two
///   days of each other, the place is exactly the same and so is the (named) actor;
/// - the event has no report from the same article yet (the extractor already merged what
///   one article says twice).
/// The newest matching event wins.
///
/// Figures. `killed_low` / `killed_high` are the smallest and largest known figures of the
/// reports. `killed_best` comes from the reports of the highest precision (an exact number
/// over a lower bound or an approximation; vague or missing figures never count): the one
/// from the most recently published article wins; when several are equally precise and
/// recent, the lowest of them (ACLED's conservative rule). The same for wounded.
/// Attaching a report updates the event in place (no re-reading of its other reports), so
/// an event reported thousands of times costs no more per report than a new one.
struct EventGrouper {
    let db: Database
    let candidates: Statement
    let insertEvent: Statement
    let attach: Statement
    let accumulate: Statement
    let upgradePlace: Statement
    let outletSeen: Statement
    let reportFigures: Statement
    let reports: Statement
    let updateEvent: Statement
    let deleteEmpty: Statement

    init(db: Database) throws {
        self.db = db
        candidates = try db.prepare("""
            SELECT e.id, e.actor, e.actor2, e.place, e.pcode, e.place_level, e.district_pcode,
                   e.date, e.published
            FROM events e
            WHERE e.event_type = ?1 AND e.governorate_pcode = ?2
              AND (e.date IS NULL OR ?3 IS NULL OR e.date = ?3)
              AND NOT EXISTS (SELECT 1 FROM incidents r WHERE r.event_id = e.id AND r.article_id = ?4)
            ORDER BY e.id DESC LIMIT 50
            """)
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
        accumulate = try db.prepare("""
            UPDATE events SET
                report_count = report_count + 1,
                killed_low = CASE WHEN ?2 IS NULL THEN killed_low ELSE min(coalesce(killed_low, ?2), ?2) END,
                killed_high = CASE WHEN ?2 IS NULL THEN killed_high ELSE max(coalesce(killed_high, ?2), ?2) END,
                killed_best = CASE WHEN ?2 IS NULL THEN killed_best
                    WHEN killed_rank IS NULL OR ?3 > killed_rank THEN ?2
                    WHEN ?3 = killed_rank THEN min(killed_best, ?2) ELSE killed_best END,
                lead_incident_id = CASE WHEN ?2 IS NOT NULL AND (killed_rank IS NULL OR ?3 > killed_rank
                    OR (?3 = killed_rank AND ?2 < killed_best)) THEN ?1 ELSE lead_incident_id END,
                killed_rank = CASE WHEN ?2 IS NULL THEN killed_rank ELSE max(coalesce(killed_rank, ?3), ?3) END,
                wounded_low = CASE WHEN ?4 IS NULL THEN wounded_low ELSE min(coalesce(wounded_low, ?4), ?4) END,
                wounded_high = CASE WHEN ?4 IS NULL THEN wounded_high ELSE max(coalesce(wounded_high, ?4), ?4) END,
                wounded_best = CASE WHEN ?4 IS NULL THEN wounded_best
                    WHEN wounded_rank IS NULL OR ?5 > wounded_rank THEN ?4
                    WHEN ?5 = wounded_rank THEN min(wounded_best, ?4) ELSE wounded_best END,
                wounded_rank = CASE WHEN ?4 IS NULL THEN wounded_rank ELSE max(coalesce(wounded_rank, ?5), ?5) END,
                outlet_count = outlet_count + ?6,
                published = CASE WHEN published IS NULL OR ?7 < published THEN ?7 ELSE published END,
                date = coalesce(date, ?8),
                killed_qualifier = CASE
                    WHEN ?2 IS NOT NULL AND (killed_rank IS NULL OR ?3 > killed_rank
                        OR (?3 = killed_rank AND ?2 < killed_best)) THEN ?10
                    WHEN killed_best IS NULL AND ?2 IS NULL AND ?10 IS NOT NULL
                        AND (killed_qualifier IS NULL OR killed_qualifier = 'unspecified') THEN ?10
                    ELSE killed_qualifier END,
                wounded_qualifier = CASE
                    WHEN ?4 IS NOT NULL AND (wounded_rank IS NULL OR ?5 > wounded_rank
                        OR (?5 = wounded_rank AND ?4 < wounded_best)) THEN ?11
                    WHEN wounded_best IS NULL AND ?4 IS NULL AND ?11 IS NOT NULL
                        AND (wounded_qualifier IS NULL OR wounded_qualifier = 'unspecified') THEN ?11
                    ELSE wounded_qualifier END
            WHERE id = ?9
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
        reportFigures = try db.prepare("""
            SELECT r.killed, r.killed_qualifier, r.wounded, r.wounded_qualifier, a.outlet
            FROM incidents r JOIN articles a ON a.id = r.article_id WHERE r.id = ?
            """)
        reports = try db.prepare("""
            SELECT r.id, r.killed, r.killed_qualifier, r.wounded, r.wounded_qualifier,
                   a.published, r.place, r.pcode, r.date, r.actor, r.actor2, r.sub_event_type,
                   r.district, r.district_pcode, r.lat, r.lon, r.target, a.outlet
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
        deleteEmpty = try db.prepare(
            "DELETE FROM events WHERE id = ? AND NOT EXISTS (SELECT 1 FROM incidents WHERE event_id = events.id)")
    }

    /// One incident report as the grouper sees it.
    struct Report {
        var id: Int64
        var articleID: Int64
        var eventType: String
        var actor: String
        var actor2: String?
        var place: String?
        var pcode: String?
        var placeLevel: Int
        var governoratePcode: String?
        var districtPcode: String?
        var date: String?
        var published: String?
    }

    /// Attaches `r` to an event (existing or new) and refreshes that event's figures.
    func group(_ r: Report) throws {
        var chosen: Int64?
        if let gov = r.governoratePcode {
            try candidates.forEachRow([
                .text(r.eventType), .text(gov), r.date.map(SQLiteValue.text) ?? .null,
                .integer(r.articleID),
            ]) { row in
                guard chosen == nil else { return }
                let actor = row.string(1) ?? "unknown"
                let actor2 = row.string(2)
                let sidesOK = actor == r.actor || actor == r.actor2 || actor2 == r.actor
                    || actor == "unknown" || r.actor == "unknown"
                guard sidesOK else { return }
                let place = row.string(3)
                let pcode = row.string(4)
                let level = row.isNull(5) ? 0 : row.int(5)
                let district = row.string(6)
                let samePlace = (place != nil && place == r.place) || (pcode != nil && pcode == r.pcode)
                let eventDate = row.string(7)
                if eventDate == nil || r.date == nil {
                    // Unknown day: published within two days, exactly the same place, and the
                    // same named actor (an unknown actor is no evidence of sameness here).
                    guard samePlace, actor == r.actor, actor != "unknown",
                        let p1 = row.string(8), let p2 = r.published,
                        let d = CalendarDate.daysBetween(p1, p2), abs(d) <= 2
                    else { return }
                } else {
                    let nested = (level > 0 && level <= 2 && (pcode == r.districtPcode || pcode == r.governoratePcode))
                        || (r.placeLevel > 0 && r.placeLevel <= 2 && (r.pcode == district || r.pcode == r.governoratePcode))
                        || place == nil || r.place == nil
                    guard samePlace || nested else { return }
                }
                chosen = row.int64(0)
            }
        }
        let eventID: Int64
        if let chosen {
            eventID = chosen
        } else {
            try insertEvent.run(.integer(r.id), .integer(Int64(r.placeLevel)), r.published.map(SQLiteValue.text) ?? .null)
            eventID = db.lastInsertRowID
        }
        try attach.run(.integer(r.id), .integer(eventID))
        try accumulate(r, into: eventID)
    }

    /// Folds one report's figures, place and outlet into its event.
    func accumulate(_ r: Report, into eventID: Int64) throws {
        let figures = try reportFigures.map([.integer(r.id)]) { row in
            (row.isNull(0) ? nil : row.int64(0), row.string(1), row.isNull(2) ? nil : row.int64(2),
             row.string(3), row.string(4))
        }.first
        guard let (killed, killedQ, wounded, woundedQ, outlet) = figures else { return }
        let day = r.published.map { Int64($0.replacingOccurrences(of: "-", with: "")) ?? 0 } ?? 0
        func rank(_ q: String?) -> Int64 { Int64(Self.precision(q)) * 100_000_000 + day }
        var newOutlet: Int64 = 0
        if let outlet, !outlet.isEmpty {
            newOutlet = try outletSeen.map([.integer(eventID), .text(outlet), .integer(r.id)]) { _ in 1 }.isEmpty ? 1 : 0
        }
        func v(_ i: Int64?) -> SQLiteValue { i.map(SQLiteValue.integer) ?? .null }
        // Only exact numbers and bounds can be best; vague or missing figures never are.
        let usableKilled = Self.precision(killedQ) > 0 ? killed : nil
        let usableWounded = Self.precision(woundedQ) > 0 ? wounded : nil
        try accumulate.run([
            .integer(r.id), v(usableKilled), .integer(rank(killedQ)), v(usableWounded),
            .integer(rank(woundedQ)), .integer(newOutlet), r.published.map(SQLiteValue.text) ?? .null,
            r.date.map(SQLiteValue.text) ?? .null, .integer(eventID),
            killedQ.map(SQLiteValue.text) ?? .null, woundedQ.map(SQLiteValue.text) ?? .null,
        ])
        try upgradePlace.run(.integer(r.id), .integer(Int64(r.placeLevel)), .integer(eventID))
    }

    /// Recomputes an event's figures and representative fields from its reports, or
    /// deletes it when no report is left.
    func refresh(_ eventID: Int64) throws {
        struct Row {
            var id: Int64
            var killed: Int?
            var killedQ: String?
            var wounded: Int?
            var woundedQ: String?
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
        try reports.forEachRow([.integer(eventID)]) { r in
            rows.append(Row(
                id: r.int64(0), killed: r.isNull(1) ? nil : r.int(1), killedQ: r.string(2),
                wounded: r.isNull(3) ? nil : r.int(3), woundedQ: r.string(4), published: r.string(5),
                place: r.string(6), pcode: r.string(7), date: r.string(8), district: r.string(12),
                districtPcode: r.string(13), lat: r.isNull(14) ? nil : r.double(14),
                lon: r.isNull(15) ? nil : r.double(15), outlet: r.string(17)))
        }
        if rows.isEmpty {
            try deleteEmpty.run(.integer(eventID))
            return
        }
        func figures(_ pick: (Row) -> (Int?, String?)) -> (low: Int?, high: Int?, best: Int?, rank: Int?) {
            let known = rows.compactMap { r -> (Int, Int, String?)? in
                let (v, q) = pick(r)
                guard let v else { return nil }
                return (v, Self.precision(q), r.published)
            }
            guard !known.isEmpty else { return (nil, nil, nil, nil) }
            let low = known.map(\.0).min(), high = known.map(\.0).max()
            let top = known.map(\.1).max()!
            let precise = known.filter { $0.1 == top }
            let latest = precise.compactMap(\.2).max()
            let recent = precise.filter { $0.2 == latest }
            let day = latest.map { Int($0.replacingOccurrences(of: "-", with: "")) ?? 0 } ?? 0
            return (low, high, recent.map(\.0).min(), top * 100_000_000 + day)
        }
        let k = figures { ($0.killed, $0.killedQ) }
        let w = figures { ($0.wounded, $0.woundedQ) }
        // The representative report: the one giving the best killed figure, else the first.
        let lead = rows.first { $0.killed != nil && $0.killed == k.best } ?? rows[0]
        // The most specific place any report gives.
        let placeRow = rows.max { Self.placeRank($0.pcode, $0.place) < Self.placeRank($1.pcode, $1.place) }!
        let outlets = Set(rows.compactMap(\.outlet)).count
        let published = rows.compactMap(\.published).min()
        let date = rows.compactMap(\.date).first
        func v(_ i: Int?) -> SQLiteValue { i.map { .integer(Int64($0)) } ?? .null }
        func t(_ s: String?) -> SQLiteValue { s.map(SQLiteValue.text) ?? .null }
        func d(_ x: Double?) -> SQLiteValue { x.map(SQLiteValue.real) ?? .null }
        try updateEvent.run([
            .integer(eventID), v(k.low), v(k.high), v(k.best), v(w.low), v(w.high), v(w.best),
            .integer(Int64(rows.count)), .integer(Int64(outlets)), t(date), t(published),
            .integer(lead.id), t(placeRow.place), t(placeRow.pcode),
            .integer(Int64(Self.placeRank(placeRow.pcode, placeRow.place))), t(placeRow.district),
            t(placeRow.districtPcode), d(placeRow.lat), d(placeRow.lon), v(k.rank), v(w.rank),
            t(Self.qualifier(rows.map { ($0.killed, $0.killedQ, $0.published) }, best: k.best, rank: k.rank)),
            t(Self.qualifier(rows.map { ($0.wounded, $0.woundedQ, $0.published) }, best: w.best, rank: w.rank)),
        ])
    }

    /// The qualifier of the report that gives `best` (same figure, same rank), or when no
    /// report gives a number, the most telling qualifier (anything over `unspecified`).
    static func qualifier(_ reports: [(Int?, String?, String?)], best: Int?, rank: Int?) -> String? {
        if let best {
            for (v, q, p) in reports where v == best {
                let day = p.map { Int($0.replacingOccurrences(of: "-", with: "")) ?? 0 } ?? 0
                if precision(q) * 100_000_000 + day == rank { return q }
            }
            return reports.first { $0.0 == best }?.1
        }
        let qs = reports.compactMap { $0.0 == nil ? $0.1 : nil }
        return qs.first { $0 != "unspecified" } ?? qs.first
    }

    /// Exact numbers beat bounds and approximations.
    static func precision(_ qualifier: String?) -> Int {
        switch qualifier {
        case nil: return 3
        case "at_least", "more_than": return 2
        case "about": return 1
        default: return 0
        }
    }

    /// `Place.rank`: 1 governorate ... 4 town, 5 a place outside the gazetteer, 0 none.
    static func placeRank(_ pcode: String?, _ place: String?) -> Int { Place.rank(pcode: pcode, named: place != nil) }
}
