/// The grouping rule: may a report be one more account of an event? The one home of the
/// rule: `EventGrouper` fetches candidate events with `candidatesSQL` (the part of the rule
/// an index can answer) and asks `mayJoin` for each, newest first; the first yes wins.
///
/// A report joins an event when all of these hold:
/// - same event type;
/// - compatible actors: the same actor, or one side of the other's clash, or either unknown;
/// - the same governorate, and both known (no governorate, no grouping);
/// - the same place, or one of them is only a governorate, district or named region that
///   holds the other,
///   or either has no place;
/// - the same calendar day when both dates are known (consecutive days are two events, as
///   ACLED codes them); when either date is unknown, the articles were published within two
///   days of each other, the place is exactly the same and so is the (named) actor;
/// - the event has no report from the same article yet (the extractor already merged what
///   one article says twice).
/// Before it, for a report of at least `massacre` dead: an event of the same
/// governorate with a toll within a quarter of it (`isOneMassacre`), whatever its type, or
/// within half or double of it by the same named actor on the same day (one side's count
/// and another's of one attack: 100 in a government's statement, 200 in a later report).
enum EventMatch {
    /// What the rule looks at in a report, or in an event (whose fields are those of its
    /// first report, its place the most specific any report gave).
    struct Side: Equatable {
        var eventType: String
        var actor: String
        var actor2: String?
        var place: String?
        var pcode: String?
        /// `placeLevel(pcode:place:)`.
        var placeLevel: Int
        var governoratePcode: String?
        var districtPcode: String?
        var date: String?
        /// The article's publication day (an event's: the earliest of its reports).
        var published: String?
    }

    /// Candidate events for a report, newest first: the conditions of the rule that the
    /// `events_grouping` index answers (type, governorate, day unless unknown) and that the
    /// event holds no report of the same article. Bound: ?1 event type, ?2 governorate
    /// pcode, ?3 date or NULL, ?4 article id, ?5 the highest event id before the article's
    /// first report (events made since hold one of its reports: skipping them by id keeps
    /// an article of thousands of incidents from scanning them all for each one). At most
    /// 50: an older event is another one. Columns in `Side` order, after the event id.
    static let candidatesSQL = """
        SELECT e.id, e.event_type, e.actor, e.actor2, e.place, e.pcode, e.place_level,
               e.governorate_pcode, e.district_pcode, e.date, e.published
        FROM events e
        WHERE e.event_type = ?1 AND e.governorate_pcode = ?2 AND e.id <= ?5
          AND (e.date IS NULL OR ?3 IS NULL OR e.date = ?3)
          AND NOT EXISTS (SELECT 1 FROM incidents r WHERE r.event_id = e.id AND r.article_id = ?4)
        ORDER BY e.id DESC LIMIT 50
        """

    /// True when report `r` may be one more account of event `e` (see the rule above; the
    /// same-article condition is `candidatesSQL`'s).
    static func mayJoin(_ r: Side, event e: Side) -> Bool {
        guard e.eventType == r.eventType,
            let governorate = r.governoratePcode, e.governoratePcode == governorate,
            e.date == nil || r.date == nil || e.date == r.date
        else { return false }
        let sidesOK = e.actor == r.actor || e.actor == r.actor2 || e.actor2 == r.actor
            || e.actor == "unknown" || r.actor == "unknown"
        guard sidesOK else { return false }
        let samePlace = (e.place != nil && e.place == r.place) || (e.pcode != nil && e.pcode == r.pcode)
        if e.date == nil || r.date == nil {
            // Unknown day: published within two days, exactly the same place, and the same
            // named actor (an unknown actor is no evidence of sameness here).
            guard samePlace, e.actor == r.actor, e.actor != "unknown",
                let p1 = e.published, let p2 = r.published,
                let d = CalendarDate.daysBetween(p1, p2), abs(d) <= 2
            else { return false }
            return true
        }
        // A governorate or district (levels 1-2) holds what lies in it.
        // So does a named region: which towns lie in it is not known, only its governorate.
        let eventHolds = e.placeLevel > 0 && e.placeLevel <= 2
            && (e.pcode == r.districtPcode || e.pcode == governorate || Self.isRegion(e.pcode))
        let reportHolds = r.placeLevel > 0 && r.placeLevel <= 2
            && (r.pcode == e.districtPcode || r.pcode == governorate || Self.isRegion(r.pcode))
        return samePlace || eventHolds || reportHolds || e.place == nil || r.place == nil
    }

    // MARK: One mass-casualty attack told as different kinds of act

    /// The smallest toll a report must give for `oneMassacreSQL` to be asked.
    static let massacre = 100

    /// Events that may be one mass-casualty attack with a report whatever kind of act each
    /// article calls it (suicide bombings, an assault, abductions: one attack on a city):
    /// the same governorate (?1), killed within half or double of each other (?2...?3), no
    /// report of this article (?4), made before it (?5). Columns: id, actor, actor2, date,
    /// published, killed_best.
    static let oneMassacreSQL = """
        SELECT e.id, e.actor, e.actor2, e.date, e.published, e.killed_best
        FROM events e
        WHERE e.governorate_pcode = ?1 AND e.id <= ?5 AND e.killed_best BETWEEN ?2 AND ?3
          AND NOT EXISTS (SELECT 1 FROM incidents r WHERE r.event_id = e.id AND r.article_id = ?4)
        ORDER BY e.id DESC LIMIT 20
        """

    /// The killed range `oneMassacreSQL` takes for a report of `killed` (half to double).
    static func massacreRange(_ killed: Int) -> (Int, Int) { (killed / 2, killed * 2) }

    /// True when report `r`, which counts at least `massacre` dead, tells the attack of event
    /// `e` (same governorate and a toll within a quarter, asked in SQL): the same or an
    /// unknown actor, and days at most one apart (reports date a night's attack either
    /// day), or two apart when a side has only its publication day. Hundreds killed by one
    /// actor in one governorate within a day are one attack.
    /// `killed`, `eventKilled`: the report's toll and the event's. Beyond a quarter apart
    /// (within half or double), only the same named actor on the same day.
    static func isOneMassacre(_ r: Side, event e: Side, killed: Int, eventKilled: Int) -> Bool {
        let sidesOK = e.actor == r.actor || e.actor == r.actor2 || e.actor2 == r.actor
            || e.actor == "unknown" || r.actor == "unknown"
        guard sidesOK else { return false }
        if eventKilled * 4 < killed * 3 || eventKilled * 3 > killed * 4 {
            return e.actor == r.actor && r.actor != "unknown" && e.date != nil && e.date == r.date
        }
        // A side with no day of its own stands at its publication day, the day after the
        // attack as often as not: two days' leeway then.
        guard let d1 = e.date ?? e.published, let d2 = r.date ?? r.published,
            let gap = CalendarDate.daysBetween(d1, d2)
        else { return false }
        return abs(gap) <= (e.date != nil && r.date != nil ? 1 : 2)
    }

    static func isRegion(_ pcode: String?) -> Bool { pcode.map(NamedRegions.isRegion(pcode:)) ?? false }

    /// How specific a place is: 1 governorate, 2 district, 3 subdistrict, 4 town, 5 a place
    /// outside the gazetteer, 0 none (`events.place_level`).
    static func placeLevel(pcode: String?, place: String?) -> Int {
        Place.rank(pcode: pcode, named: place != nil)
    }
}
