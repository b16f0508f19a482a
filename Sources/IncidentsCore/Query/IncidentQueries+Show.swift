import IncidentsSQLite

extension IncidentQueries {
    static let reportColumns = """
        SELECT i.id, a.source, a.title, a.published, a.outlet, i.event_type, i.sub_event_type,
               i.actor, ac.name_ar, ac.name_en, i.actor2, i.target, i.place, i.governorate,
               i.district, i.date, i.date_text, i.killed, i.killed_qualifier, i.wounded,
               i.wounded_qualifier, i.evidence, i.evidence_start, i.evidence_end, i.event_id,
               i.rejected, a.content_hash, i.article_id
        FROM incidents i JOIN articles a ON a.id = i.article_id
        LEFT JOIN actors ac ON ac.slug = i.actor
        """

    /// A readable description of one event with all its reports (or of one report).
    public func describe(id: Int, report: Bool) throws -> String? {
        var out = ""
        var reportIDs: [Int64] = []
        if report {
            reportIDs = [Int64(id)]
        } else {
            let rows = try db.prepare("""
                SELECT e.id, e.event_type, e.sub_event_type, e.actor, ac.name_ar, ac.name_en,
                       e.actor2, e.place, e.governorate, e.district, e.date, e.killed_low,
                       e.killed_high, e.killed_best, e.wounded_low, e.wounded_high, e.wounded_best,
                       e.report_count, e.outlet_count, e.killed_qualifier, e.wounded_qualifier,
                       e.event_date, e.time_precision, e.geo_precision
                FROM events e LEFT JOIN actors ac ON ac.slug = e.actor WHERE e.id = ?
                """).map([.integer(Int64(id))]) { r -> String in
                /// The best figure with its qualifier and the reports' range; without a
                /// figure, whether the reports mention these casualties at all.
                func range(_ lo: Int32, qualifier: Int32) -> String {
                    let q = r.string(qualifier)
                    if r.isNull(lo + 2) { return q.map { "unknown (\($0))" } ?? "not reported" }
                    let best = r.int(lo + 2), low = r.int(lo), high = r.int(lo + 1)
                    var notes = q.map { [$0] } ?? []
                    if low != high { notes.append("reports range \(low)–\(high)") }
                    return "\(best)" + (notes.isEmpty ? "" : " (" + notes.joined(separator: "; ") + ")")
                }
                let outlets = r.int(18)
                var s = "Event \(r.int(0)): \(r.string(1) ?? "") / \(r.string(2) ?? "")\n"
                s += "  actor:       \(r.string(3) ?? "") (\(r.string(4) ?? ""), \(r.string(5) ?? ""))"
                if let a2 = r.string(6) { s += " vs \(a2)" }
                s += "\n  place:       \(place(r.string(7), r.string(9), r.string(8)))"
                s += (r.isNull(23) ? "" : r.int(23) == 3 ? " (governorate only)" : r.int(23) == 2 ? " (area)" : "") + "\n"
                s += "  date:        \(r.string(21) ?? "unknown")" + Self.precisionNote(r.isNull(22) ? nil : r.int(22)) + "\n"
                s += "  killed:      \(range(11, qualifier: 19))\n"
                s += "  wounded:     \(range(14, qualifier: 20))\n"
                s += "  reports:     \(r.int(17))"
                    + (outlets == 0 ? " (outlet unknown)" : " (from \(outlets) outlet\(outlets == 1 ? "" : "s"))") + "\n"
                return s
            }
            guard let head = rows.first else { return nil }
            out += head
            reportIDs = try db.prepare("SELECT id FROM incidents WHERE event_id = ? ORDER BY id")
                .map([.integer(Int64(id))]) { $0.int64(0) }
        }
        let stmt = try db.prepare(Self.reportColumns + " WHERE i.id = ?")
        let names = try db.prepare(
            "SELECT source FROM article_names WHERE article_id = ? ORDER BY first_seen, rowid")
        let corrections = try db.prepare("""
            SELECT field, old_value, new_value, note, made_at FROM corrections
            WHERE content_hash = ? AND evidence_start = ? AND evidence_end = ? ORDER BY id
            """)
        for rid in reportIDs {
            let text = try stmt.map([.integer(rid)]) { r -> String in
                func count(_ v: Int32) -> String {
                    let q = r.string(v + 1)
                    if r.isNull(v) { return q.map { "unknown (\($0))" } ?? "not reported" }
                    return "\(r.int(v))" + (q.map { " (\($0))" } ?? "")
                }
                var s = report ? "" : "\n"
                s += "Report \(r.int(0))" + (r.isNull(24) ? "" : " of event \(r.int(24))")
                    + (r.int(25) == 1 ? " (REJECTED: in no event or total)" : "") + "\n"
                s += "  article:     \(r.string(1) ?? "")"
                if let t = r.string(2) { s += " «\(t)»" }
                if let o = r.string(4) { s += ", \(o)" }
                if let p = r.string(3) { s += ", published \(p)" }
                let others = try names.map([.integer(r.int64(27))]) { $0.string(0) ?? "" }.filter { $0 != r.string(1) }
                if !others.isEmpty { s += "\n  also named:  " + others.joined(separator: ", ") }
                s += "\n  type:        \(r.string(5) ?? "") / \(r.string(6) ?? "")\n"
                s += "  actor:       \(r.string(7) ?? "") (\(r.string(8) ?? ""), \(r.string(9) ?? ""))"
                if let a2 = r.string(10) { s += " vs \(a2)" }
                s += "\n  target:      \(r.string(11) ?? "unknown")\n"
                s += "  place:       \(place(r.string(12), r.string(14), r.string(13)))\n"
                s += "  date:        \(r.string(15) ?? "unknown")" + (r.string(16).map { " «\($0)»" } ?? "") + "\n"
                s += "  killed:      \(count(17))\n"
                s += "  wounded:     \(count(19))\n"
                s += "  evidence:    «\(r.string(21) ?? "")» [characters \(r.int(22))–\(r.int(23))]\n"
                try corrections.forEachRow([.text(r.string(26) ?? ""), .integer(r.int64(22)), .integer(r.int64(23))]) { c in
                    let field = c.string(0) ?? ""
                    let change = field == "rejected"
                        ? (c.string(2) == "1" ? "rejected" : "restored")
                        : "\(field) \(c.string(1) ?? "none") -> \(c.string(2) ?? "")"
                    s += "  correction:  \(change) «\(c.string(3) ?? "")» (\(c.string(4) ?? ""))\n"
                }
                return s
            }
            guard let t = text.first else { return report ? nil : out }
            out += t
        }
        return out
    }

    func place(_ place: String?, _ district: String?, _ governorate: String?) -> String {
        var parts: [String] = []
        for p in [place, district, governorate] {
            if let p, !parts.contains(p) { parts.append(p) }
        }
        return parts.isEmpty ? "unknown" : parts.joined(separator: "، ")
    }

    /// `incidents stats`.
    public func statsText(path: String) throws -> String {
        let c = try store.counts()
        var out = "database:   \(path)\n"
        out += "articles:   \(c.articles)\n"
        out += "reports:    \(c.incidents) (incidents as articles report them)\n"
        out += "events:     \(c.events) (reports of one event counted once)\n"
        // The same figures and unknown counts as `query` totals.
        let (units, args) = units(IncidentFilter(), light: true)
        let figures = try db.prepare("""
            SELECT COALESCE(SUM(killed), 0), COALESCE(SUM(killed IS NULL AND killed_qualifier IS NOT NULL), 0),
                   COALESCE(SUM(wounded), 0), COALESCE(SUM(wounded IS NULL AND wounded_qualifier IS NOT NULL), 0)
            FROM (\(units))
            """).map(args) { ($0.int(0), $0.int(1), $0.int(2), $0.int(3)) }.first ?? (0, 0, 0, 0)
        let unknown = try db.prepare("""
            SELECT COUNT(*) FILTER (WHERE governorate_pcode IS NULL), COUNT(*) FILTER (WHERE event_date IS NULL),
                   COUNT(*) FILTER (WHERE time_precision = 2), COUNT(*) FILTER (WHERE time_precision = 3),
                   COUNT(*) FILTER (WHERE geo_precision = 3)
            FROM events
            """).map { ($0.int(0), $0.int(1), $0.int(2), $0.int(3), $0.int(4)) }.first ?? (0, 0, 0, 0, 0)
        out += "killed:     \(figures.0) (known figures); \(figures.1) events report deaths without a number\n"
        out += "wounded:    \(figures.2) (known figures); \(figures.3) events report injuries without a number\n"
        out += "unlocated:  \(unknown.0) events without a governorate; \(unknown.1) without a date\n"
        out += "precision:  \(unknown.2) events dated by the publication day (week), \(unknown.3) to the month only; "
            + "\(unknown.4) placed by governorate only\n"
        if let last = try db.scalar("SELECT value FROM incidents_meta WHERE key = 'last_ingest_at'", as: String.self) {
            out += "last ingest: \(last)\n"
        }
        let rows = try db.prepare("""
            SELECT COALESCE(governorate, '(unknown)'), COUNT(*), COALESCE(SUM(killed_best), 0),
                   COALESCE(SUM(wounded_best), 0)
            FROM events GROUP BY 1 ORDER BY 2 DESC, 1
            """).map { [$0.string(0) ?? "", String($0.int(1)), String($0.int(2)), String($0.int(3))] }
        if !rows.isEmpty {
            out += "\n" + BidiCells.render(
                header: ["governorate", "events", "killed", "wounded"], rows: rows, numeric: [1, 2, 3])
        }
        return out
    }

    /// What a time_precision says beside a date in `show`.
    static func precisionNote(_ precision: Int?) -> String {
        switch precision {
        case 2: return " (the publication day: the text gives no day; week precision)"
        case 3: return " (the month only)"
        default: return ""
        }
    }
}
