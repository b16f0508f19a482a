import IncidentsSQLite

/// The SQL behind `query`, `export`, `show` and `stats`. User text only ever reaches SQL as
/// bound parameters. Rejected reports (`incidents.rejected`) count nowhere: events never
/// hold them, and the per-report rows leave them out.
public struct IncidentQueries {
    public let store: IncidentStore
    var db: Database { store.database }

    public init(store: IncidentStore) {
        self.store = store
    }

    /// The rows a filter works on, as a sub-select with the same columns whether it reads
    /// reports (`incidents`) or events (`events`).
    func units(_ f: IncidentFilter, light: Bool = false) -> (sql: String, args: [SQLiteValue]) {
        var sql: String
        if light && !f.reports {
            // Totals need no evidence: events alone, without joining their reports.
            sql = """
                SELECT e.id AS id, e.event_type, e.sub_event_type, e.actor, e.actor2, e.place,
                       e.pcode, e.governorate, e.governorate_pcode, e.district, e.district_pcode,
                       e.event_date AS day, e.time_precision, e.geo_precision,
                       e.killed_best AS killed, e.killed_qualifier, e.wounded_best AS wounded,
                       e.wounded_qualifier
                FROM events e
                """
        } else if f.reports {
            sql = """
                SELECT i.id AS id, i.event_type, i.sub_event_type, i.actor, i.actor2, i.target,
                       i.place, i.pcode, i.governorate, i.governorate_pcode, i.district,
                       i.district_pcode, i.lat, i.lon, i.date AS date, i.date_text,
                       i.event_date AS day, i.time_precision, i.geo_precision, i.killed,
                       i.killed_qualifier, i.wounded, i.wounded_qualifier, i.evidence,
                       i.evidence_start, i.evidence_end, a.source AS article,
                       i.killed AS killed_low, i.killed AS killed_high,
                       i.wounded AS wounded_low, i.wounded AS wounded_high, 1 AS report_count,
                       a.outlet, a.url, a.outlet AS outlets, a.ingested_at AS stored_at,
                       i.corrected
                FROM incidents i JOIN articles a ON a.id = i.article_id
                WHERE i.rejected = 0
                """
        } else {
            sql = """
                SELECT e.id AS id, e.event_type, e.sub_event_type, e.actor, e.actor2, e.target,
                       e.place, e.pcode, e.governorate, e.governorate_pcode, e.district,
                       e.district_pcode, e.lat, e.lon, e.date AS date, r.date_text,
                       e.event_date AS day, e.time_precision, e.geo_precision,
                       e.killed_best AS killed, e.killed_qualifier AS killed_qualifier,
                       e.wounded_best AS wounded,
                       e.wounded_qualifier AS wounded_qualifier,
                       r.evidence, r.evidence_start, r.evidence_end, a.source AS article,
                       e.killed_low, e.killed_high, e.wounded_low, e.wounded_high,
                       e.report_count, a.outlet, a.url,
                       -- Most events have one outlet: the list is gathered only for the others.
                       CASE WHEN e.outlet_count > 1 OR a.outlet IS NULL THEN (
                           SELECT group_concat(DISTINCT a2.outlet) FROM incidents r2
                           JOIN articles a2 ON a2.id = r2.article_id WHERE r2.event_id = e.id)
                       ELSE a.outlet END AS outlets,
                       a.ingested_at AS stored_at,
                       EXISTS (SELECT 1 FROM incidents c WHERE c.event_id = e.id AND c.corrected = 1)
                           AS corrected
                FROM events e
                JOIN incidents r ON r.id = e.lead_incident_id
                JOIN articles a ON a.id = r.article_id
                """
        }
        var conds: [String] = []
        var args: [SQLiteValue] = []
        if f.hasPlace {
            var alts: [String] = []
            if let governorates = enclosingGovernorates(f.pcodes) {
                // Everything asked for lies in governorates that are asked for too: every row
                // there carries the governorate's code (the store derives it from the same
                // hierarchy), so one indexed column gives exactly the same rows, faster.
                let qs = Array(repeating: "?", count: governorates.count).joined(separator: ",")
                alts.append("governorate_pcode IN (\(qs))")
                args += governorates.map(SQLiteValue.text)
            } else if !f.pcodes.isEmpty {
                let qs = Array(repeating: "?", count: f.pcodes.count).joined(separator: ",")
                // Towns carry the code of the district named after them too (the store
                // sets it), so the three indexed columns cover everything inside a unit.
                alts.append("pcode IN (\(qs)) OR governorate_pcode IN (\(qs)) OR district_pcode IN (\(qs))")
                for _ in 0..<3 { args += f.pcodes.map(SQLiteValue.text) }
            }
            for k in f.placeKeys {
                alts.append("place = ?")
                args.append(.text(k))
            }
            conds.append("(" + alts.joined(separator: " OR ") + ")")
        }
        if !f.actors.isEmpty {
            let qs = Array(repeating: "?", count: f.actors.count).joined(separator: ",")
            conds.append("(actor IN (\(qs)) OR actor2 IN (\(qs)))")
            args += f.actors.map(SQLiteValue.text) + f.actors.map(SQLiteValue.text)
        }
        if let t = f.eventType {
            conds.append("(lower(event_type) = lower(?) OR lower(sub_event_type) = lower(?) OR lower(event_type) LIKE lower(?) || '%' ESCAPE '\\')")
            let escaped = t.replacingOccurrences(of: "\\", with: "\\\\")
                .replacingOccurrences(of: "%", with: "\\%").replacingOccurrences(of: "_", with: "\\_")
            args += [.text(t), .text(t), .text(escaped)]
        }
        if let from = f.from {
            conds.append("day >= ?")
            args.append(.text(from))
        }
        if let to = f.to {
            conds.append("day <= ?")
            args.append(.text(to))
        }
        let whereSQL = conds.isEmpty ? "" : " WHERE " + conds.joined(separator: " AND ")
        return ("SELECT * FROM (" + sql + ") u" + whereSQL, args)
    }

    /// The governorate codes among `pcodes` when every other code lies inside one of them
    /// («الرقة»: the governorate, its district and the city); nil otherwise.
    func enclosingGovernorates(_ pcodes: [String]) -> [String]? {
        guard !pcodes.isEmpty else { return nil }
        let qs = Array(repeating: "?", count: pcodes.count).joined(separator: ",")
        guard let rows = try? db.prepare(
            "SELECT pcode, level, governorate_pcode FROM places WHERE pcode IN (\(qs))"
        ).map(pcodes.map(SQLiteValue.text), { ($0.string(0) ?? "", $0.int(1), $0.string(2)) }),
            rows.count == Set(pcodes).count
        else { return nil }
        let governorates = Set(rows.filter { $0.1 == 1 }.map(\.0))
        guard !governorates.isEmpty,
            rows.allSatisfy({ $0.1 == 1 || ($0.2.map(governorates.contains) ?? false) })
        else { return nil }
        return governorates.sorted()
    }

    static func keyExpression(_ g: Grouping) -> (sql: String, label: String) {
        switch g {
        case .region: return ("COALESCE(governorate, '(unknown)')", "region")
        case .actor: return ("actor", "actor")
        case .place: return ("COALESCE(place, '(unknown)')", "place")
        case .type: return ("event_type || ' / ' || sub_event_type", "type")
        case .month: return ("COALESCE(substr(day, 1, 7), '(undated)')", "month")
        }
    }

    /// Totals grouped by `by`, largest first (by month: in month order).
    public func aggregate(_ f: IncidentFilter, by: [Grouping]) throws -> [AggregateRow] {
        let (units, args) = units(f, light: true)
        let keys = by.map { Self.keyExpression($0).sql }
        let keyList = keys.enumerated().map { "\($1) AS k\($0)" }.joined(separator: ", ")
        let groupList = keys.indices.map { "k\($0)" }.joined(separator: ", ")
        // Months read in order (a time series); other groups largest first.
        let order = by.first == .month
            ? groupList : "COUNT(*) DESC, COALESCE(SUM(killed), 0) DESC, \(groupList)"

        let sql = """
            SELECT \(keyList), COUNT(*), COALESCE(SUM(killed), 0), COALESCE(SUM(wounded), 0),
                   SUM(killed IS NULL AND killed_qualifier IS NOT NULL),
                   SUM(wounded IS NULL AND wounded_qualifier IS NOT NULL),
                   SUM(time_precision = 2), SUM(time_precision = 3), SUM(geo_precision = 3),
                   SUM(time_precision IS NULL)
            FROM (\(units))
            GROUP BY \(groupList)
            ORDER BY \(order)
            """
        let stmt = try db.prepare(sql)
        let n = Int32(keys.count)
        return try stmt.map(args) { row in
            var r = AggregateRow(
                keys: (0..<n).map { row.string($0) ?? "" },
                incidents: row.int(n), killed: row.int(n + 1), wounded: row.int(n + 2),
                killedUnknown: row.int(n + 3), woundedUnknown: row.int(n + 4))
            r.weekDated = row.int(n + 5)
            r.monthDated = row.int(n + 6)
            r.governorateOnly = row.int(n + 7)
            r.undated = row.int(n + 8)
            return r
        }
    }

    /// `export` as JSON Lines written straight from SQLite's column bytes (no String per
    /// row): `body` receives each row's JSON object, ready to append.
    /// `lat`/`lon` come along for GeoJSON geometry.
    public func exportJSON(
        _ f: IncidentFilter, events: Bool,
        _ body: (_ json: UnsafeBufferPointer<UInt8>, _ lat: Double?, _ lon: Double?) throws -> Void
    ) throws {
        var line: [UInt8] = []
        line.reserveCapacity(4096)
        try exportRows(f, outlets: false) { r in
            line.removeAll(keepingCapacity: true)
            ExportJSON.write(r, events: events, into: &line)
            let lat = r.isNull(ExportColumn.lat.index) ? nil : r.double(ExportColumn.lat.index)
            let lon = r.isNull(ExportColumn.lon.index) ? nil : r.double(ExportColumn.lon.index)
            try line.withUnsafeBufferPointer { try body($0, lat, lon) }
        }
    }

    /// The rows of `export`: the columns of `ExportColumn`. Without `outlets` the list of
    /// outlets (for the CSV) is NULL and its sub-select skipped.
    func exportRows(_ f: IncidentFilter, outlets: Bool, _ body: (Row) throws -> Void) throws {
        let (sql, args) = exportSQL(f, outlets: outlets, idRange: false)
        try db.prepare(sql).forEachRow(args, body)
    }

    /// The SELECT of `exportRows`; with `idRange`, two more parameters (after `args`) keep
    /// the rows whose id lies between them (`ParallelExport`'s chunks: a range of the
    /// rowid of `events` or `incidents`, which SQLite searches directly).
    func exportSQL(_ f: IncidentFilter, outlets: Bool, idRange: Bool) -> (sql: String, args: [SQLiteValue]) {
        let (units, args) = units(f)
        let sql = """
            SELECT \(ExportColumn.selectList(outlets: outlets))
            FROM (\(units)) u LEFT JOIN actors ac ON ac.slug = u.actor
            \(idRange ? "WHERE u.id BETWEEN ? AND ?" : "")
            ORDER BY u.id
            """
        return (sql, args)
    }
}
