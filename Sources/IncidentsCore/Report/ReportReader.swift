import IncidentsSQLite

/// Reads what the report shows from the store, through `IncidentQueries.units` (the rows of
/// `query` and `export` for the same filter) and `IncidentQueries.aggregate` (the totals of
/// `query --by actor` / `--by type`), so the filters and the counting rules are theirs.
public struct ReportReader {
    public let queries: IncidentQueries

    public init(store: IncidentStore) {
        queries = IncidentQueries(store: store)
    }

    /// Everything the page needs. `filters` and `database` are shown in the header as given.
    public func read(
        _ filter: IncidentFilter, filters: [(String, String)] = [], database: String = ""
    ) throws -> ReportData {
        var data = ReportData()
        data.header.filters = filters
        data.header.database = database
        data.header.reportsMode = filter.reports
        data.actors = try queries.aggregate(filter, by: [.actor])
        data.types = try queries.aggregate(filter, by: [.type])
        try readUnits(filter, into: &data)
        try readBacking(filter, into: &data)
        data.deadliest = try deadliest(filter)
        return data
    }

    /// One pass over the units: map points, governorate shading, months and the header's
    /// counts. Points and months are kept in dictionaries keyed by spot and month, so memory
    /// grows with places and months, not with events.
    func readUnits(_ filter: IncidentFilter, into data: inout ReportData) throws {
        let (units, args) = queries.units(filter)
        let sql = """
            SELECT u.day, \(ReportPrecision.approximateDateSQL), \(ReportPrecision.governorateOnlySQL),
                   u.actor, COALESCE(u.place, u.governorate), u.governorate_pcode, u.lat, u.lon, u.killed,
                   u.killed_qualifier IS NOT NULL, u.wounded, u.wounded_qualifier IS NOT NULL
            FROM (\(units)) u
            """
        struct Spot: Hashable {
            var lat: Double, lon: Double, actor: String, governorateOnly: Bool
        }
        var points: [Spot: ReportData.Point] = [:]
        var months: [String: ReportData.Month] = [:]
        var h = data.header
        try queries.store.database.prepare(sql).forEachRow(args) { r in
            let u = ReportData.Unit(
                day: r.string(0), approximate: r.int(1) != 0, governorateOnly: r.int(2) != 0,
                actor: r.string(3) ?? "unknown", place: r.string(4), governoratePcode: r.string(5),
                lat: r.isNull(6) ? nil : r.double(6), lon: r.isNull(7) ? nil : r.double(7),
                killed: r.isNull(8) ? nil : r.int(8), killedMentioned: r.int(9) != 0,
                wounded: r.isNull(10) ? nil : r.int(10), woundedMentioned: r.int(11) != 0)
            h.units += 1
            if u.approximate { h.approximate += 1 }
            if u.governorateOnly { h.governorateOnly += 1 }
            if let g = u.governoratePcode { data.governorates[g, default: .init()].add(u) }
            if let day = u.day {
                if h.firstDay.map({ day < $0 }) ?? true { h.firstDay = day }
                if h.lastDay.map({ day > $0 }) ?? true { h.lastDay = day }
                let key = String(day.prefix(7))
                var m = months[key] ?? ReportData.Month(month: key)
                m.units[u.actor, default: 0] += 1
                if let k = u.killed { m.killed[u.actor, default: 0] += k }
                if u.approximate { m.approximate += 1 }
                months[key] = m
            } else {
                h.undated += 1
            }
            guard let lat = u.lat, let lon = u.lon else {
                h.unlocated += 1
                return
            }
            let spot = Spot(lat: lat, lon: lon, actor: u.actor, governorateOnly: u.governorateOnly)
            let place = u.place ?? "?"
            var p = points[spot] ?? ReportData.Point(
                lat: lat, lon: lon, actor: u.actor, governorateOnly: u.governorateOnly, place: place)
            if place != p.place { p.otherPlaces += 1 }
            p.tally.add(u)
            if u.approximate { p.approximate += 1 }
            if let day = u.day {
                if p.firstDay.map({ day < $0 }) ?? true { p.firstDay = day }
                if p.lastDay.map({ day > $0 }) ?? true { p.lastDay = day }
            }
            points[spot] = p
        }
        data.header = h
        // Big points first, so small ones are drawn on top and stay reachable.
        data.points = points.values.sorted {
            ($0.tally.killed, $0.tally.units, $0.lat, $0.lon, $0.actor)
                > ($1.tally.killed, $1.tally.units, $1.lat, $1.lon, $1.actor)
        }
        data.months = Self.allMonths(months)
    }

    /// The months from the first to the last, with empty ones where nothing happened (a
    /// gap in the chart is information).
    static func allMonths(_ months: [String: ReportData.Month]) -> [ReportData.Month] {
        let keys = months.keys.sorted()
        guard let first = keys.first, let last = keys.last,
            var y = Int(first.prefix(4)), var m = Int(first.suffix(2))
        else { return [] }
        var out: [ReportData.Month] = []
        while true {
            let key = (y < 1000 ? String(repeating: "0", count: 4 - String(y).count) : "") + String(y)
                + "-" + (m < 10 ? "0" : "") + String(m)
            out.append(months[key] ?? ReportData.Month(month: key))
            if key >= last || out.count > 1200 { break }
            m += 1
            if m > 12 { m = 1; y += 1 }
        }
        return out
    }

    /// How many articles and per-article reports stand behind the units.
    func readBacking(_ filter: IncidentFilter, into data: inout ReportData) throws {
        let (units, args) = queries.units(filter, light: true)
        let column = filter.reports ? "i.id" : "i.event_id"
        let sql = """
            SELECT count(DISTINCT i.article_id), count(*) FROM incidents i
            WHERE \(column) IN (SELECT id FROM (\(units)))
            """
        if let row = try queries.store.database.prepare(sql).map(args, { ($0.int(0), $0.int(1)) }).first {
            data.header.articles = row.0
            data.header.reports = row.1
        }
    }

    /// The 20 units with the most killed (a number given), with the lead report's evidence
    /// and article.
    func deadliest(_ filter: IncidentFilter, limit: Int = 20) throws -> [ReportData.Deadly] {
        let (units, args) = queries.units(filter)
        let sql = """
            SELECT u.id, u.day, \(ReportPrecision.approximateDateSQL), u.event_type, u.sub_event_type,
                   u.actor, u.place, u.governorate, u.killed, u.killed_qualifier, u.killed_low,
                   u.killed_high, u.wounded, u.evidence, u.report_count, a.outlet, a.title, a.url
            FROM (\(units)) u LEFT JOIN articles a ON a.source = u.article
            WHERE u.killed IS NOT NULL
            ORDER BY u.killed DESC, u.report_count DESC, u.id
            LIMIT \(limit)
            """
        func opt(_ r: Row, _ i: Int32) -> Int? { r.isNull(i) ? nil : r.int(i) }
        return try queries.store.database.prepare(sql).map(args) { r in
            ReportData.Deadly(
                id: r.int(0), day: r.string(1), approximate: r.int(2) != 0,
                eventType: r.string(3) ?? "", subEventType: r.string(4) ?? "",
                actor: r.string(5) ?? "unknown", place: r.string(6), governorate: r.string(7),
                killed: r.int(8), killedQualifier: r.string(9), killedLow: opt(r, 10),
                killedHigh: opt(r, 11), wounded: opt(r, 12), evidence: r.string(13) ?? "",
                reportCount: r.int(14), outlet: r.string(15), title: r.string(16), url: r.string(17))
        }
    }
}
