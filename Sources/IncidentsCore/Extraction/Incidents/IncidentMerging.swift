/// In-article merging: drafts that tell one incident again (a summary and its detail, a
/// clause that goes on about «الغارات») fold into one, keeping the most specific place and
/// the best-supported figures.
extension ArticleBuilder {
    func placeRank(_ p: PlaceMention?) -> Int {
        guard let p else { return 0 }
        return Place.rank(pcode: p.place?.pcode, named: true)
    }

    /// Two places can be one incident's: one is missing, they are the same, or one lies
    /// inside the other (a village of a governorate, a neighbourhood of a town).
    func compatible(_ a: Draft, _ b: Draft) -> Bool {
        if let ga = a.governorate?.pcode, let gb = b.governorate?.pcode, ga != gb { return false }
        // An act placed abroad and none in Syria is not one in Syria.
        if a.abroadOnly && b.governorate != nil || b.abroadOnly && a.governorate != nil { return false }
        // «في جنوب البلاد» is not where a place in the north is.
        if let part = b.countryPart, let ga = a.governorate?.pcode, !part.contains(ga) { return false }
        if let part = a.countryPart, let gb = b.governorate?.pcode, !part.contains(gb) { return false }
        guard let pa = a.place, let pb = b.place else { return true }
        if pa.name == pb.name { return true }
        // A local name with no governorate of its own cannot be told apart from the other.
        if (pa.place == nil && a.governorate == nil) || (pb.place == nil && b.governorate == nil) {
            return true
        }
        let ra = placeRank(pa), rb = placeRank(pb)
        // A governorate or district contains whatever lies in it, and so does a region the
        // gazetteer places in a governorate only («الغوطة الشرقية», «القلمون»).
        if ra <= 2 || rb <= 2 { return true }
        if Self.isRegion(pa.place) || Self.isRegion(pb.place) { return true }
        // A named local place (not in the gazetteer, or one of the villages mined from the
        // corpus, which the gazetteer knows only by the unit they lie in) may lie inside a
        // town or subdistrict of its governorate.
        if Self.isLocal(pa) != Self.isLocal(pb), a.governorate != nil, b.governorate != nil {
            // ... unless the text calls it a village or a town of its own («قرية كمروك»):
            // a settlement does not lie inside another town.
            let local = Self.isLocal(pa) ? pa : pb, known = Self.isLocal(pa) ? pb : pa
            // A border, a road, a desert is not a village that a town's report may lie in.
            if local.place == nil && Gazetteer.isExpanse(local.name) && placeRank(known) >= 4 { return false }
            // (A town named as its governorate, «دير الزور», may mean the governorate.)
            if Self.settlementNouns.contains(tokens[local.range.lowerBound]) && placeRank(known) >= 4
                && known.name != known.governorate?.nameAr
            {
                return false
            }
            return true
        }
        return false
    }

    /// A place known only by where the text or the corpus puts it: not in the gazetteer,
    /// or a mined village (`AnchoredPlaces`, `LOC:` codes without a point of their own).
    static func isLocal(_ p: PlaceMention) -> Bool {
        guard let place = p.place else { return true }
        return place.pcode.hasPrefix("LOC:")
    }

    /// A hand-added area whose parent is a whole governorate: a region, not a village.
    static func isRegion(_ p: Place?) -> Bool {
        guard let p, p.level == .local else { return false }
        if NamedRegions.isRegion(pcode: p.pcode) { return true }
        guard p.pcode.hasPrefix("HAND:"), let parent = p.parent else { return false }
        return parent.count == 4
    }

    static let settlementNouns = WordSet(.proclitics(minStem: 3), [
        "قرية", "بلدة", "مدينة", "قريتي", "بلدتي", "مزرعة", "مخيم",
    ])

    /// Actor `x` takes part in incident `e`: one of its sides or its target (or, with
    /// `allies`, their ally).
    func involves(_ e: Draft, _ x: String, allies: Bool = true) -> Bool {
        for y in [e.actor, e.actor2, e.target] {
            if y == x || (allies && ActorCamps.sameCamp(x, y)) { return true }
        }
        return false
    }

    /// Actors of one camp fight on one side: a clash against the regime's allies is the
    /// same front as a clash against the regime.
    func sameSides(_ a: Draft, _ b: Draft) -> Bool {
        guard let x = b.actor else { return true }
        guard let y = a.actor else { return true }
        if x == y || x == a.actor2 || b.actor2 == y { return true }
        if x == "unknown" || y == "unknown" { return true }
        if a.eventType == .battles && b.eventType == .battles {
            // One front, told by either side or by an ally («قوات النظام», «الدفاع الوطني»).
            if ActorCamps.sameCamp(x, y) || ActorCamps.sameCamp(x, a.actor2) || ActorCamps.sameCamp(b.actor2, y) { return true }
            // A clash told once from one side only, then with the other side named.
            if a.actor2 == nil && b.actor2 == nil && !ActorCamps.sameCamp(x, y) { return true }
        }
        // A clause with no place of its own that goes on about a fight against the same
        // side («لا تزال المواجهات مستمرة وسط غارات ... على مواقع التنظيم»).
        if b.place == nil && b.clauseIndex - a.lastClauseIndex <= 1 && a.eventType == .battles {
            let sa = Set([a.actor, a.actor2].compactMap { $0 }), sb = Set([b.actor, b.actor2].compactMap { $0 })
            if !sa.isDisjoint(with: sb) { return true }
        }
        return false
    }

    /// Why `d` tells incident `e` again, or nil when it may be another incident. Places
    /// and days must agree already.
    func retelling(of e: Draft, by d: Draft) -> String? {
        let sameType = e.eventType == d.eventType
            && (e.subEventType == d.subEventType || d.actor == nil || e.eventType == .battles)
        // «واستهدفت الفصائل بدورها ضاحية جرمانا، ما أسفر عن مقتل أربعة» after «مقتل 12 في
        // القصف على الغوطة»: a named side's act at a place of its own with a toll of its own
        // is not the unattributed act told before.
        let ownAct = d.ownPlace && d.actor.map { $0 != "unknown" } == true && e.actor ?? "unknown" == "unknown"
            && d.killed.value != nil && e.killed.value != nil && d.killed.value != e.killed.value
        if sameType && sameSides(e, d) && !ownAct {
            // Without an actor of its own a clause only goes on about a recent incident.
            if d.actor == nil && d.clauseIndex - e.lastClauseIndex > 2 { return nil }
            return "same act, same sides"
        }
        // «قتل 5 مدنيين» after the strike that killed them: deaths, not a new act; the
        // actor such a clause names is as often the victim as the killer.
        // A named actor that takes no part in the act told before may be a new act's.
        // Nor does a clause that names a town of its own other than the incident's town.
        let ownTown = d.ownPlace && placeRank(d.place) >= 4 && placeRank(e.place) >= 4 && d.place?.name != e.place?.name
            && e.place?.name != e.governorate?.nameAr
        if d.telling == .bareKilling && !ownTown && (d.actor ?? "unknown" == "unknown" || involves(e, d.actor!)) {
            return "bare killing (deaths of an act told before)"
        }
        // The deaths told first, how they came later.
        if e.telling == .bareKilling, e.actor ?? "unknown" == "unknown" || d.actor ?? "unknown" == "unknown"
            || involves(e, d.actor!, allies: false) || involves(d, e.actor!, allies: false)
        {
            return "the act of deaths told before"
        }
        // «أسفرت الغارة عن», «الهجوم الذي»: a definite act noun speaks of an act told before.
        if d.retells && (e.eventType == d.eventType || d.telling != .kind || d.retellsAssault) {
            return "definite act noun (retelling)"
        }
        // «هجوم» names no kind of act: the same sides' strike or clash at the place.
        if (d.telling == .bareAssault || e.telling == .bareAssault) && sameSides(e, d) {
            return "bare «هجوم» (an act of no stated kind)"
        }
        return nil
    }

    /// How many of the article's latest incidents a draft may retell. Retellings come
    /// within a few incidents of what they retell; looking further back made a huge article
    /// (a 50 MB page) quadratic: every draft against every incident before it.
    static let mergeLookBack = 64

    /// Two drafts whose places and days agree (a statement's day aside); with
    /// `daysApart`, days that far apart agree («الأربعاء الماضي» and «قبل خمسة أيام» of one
    /// attack, each counted loosely).
    func mayBeOne(_ e: Draft, _ d: Draft, daysApart: Int = 0) -> Bool {
        compatible(e, d) && sameDay(e, d, daysApart: daysApart)
    }

    /// Two days apart are two incidents, unless one is only the day of a statement.
    func sameDay(_ e: Draft, _ d: Draft, daysApart: Int = 0) -> Bool {
        if let x = e.date, let y = d.date, let dx = x.date, let dy = y.date, dx != dy,
            !x.ofStatement, !y.ofStatement
        {
            // «قبل خمسة أيام» counts days back loosely: a day off another clause's weekday.
            let slack = countedLoosely(x) || countedLoosely(y) ? max(daysApart, 1) : daysApart
            guard slack > 0, let gap = CalendarDate.daysBetween(dx, dy), abs(gap) <= slack else { return false }
        }
        return true
    }

    /// «قبل خمسة أيام», «منذ أسبوع»: days counted back from publication, three or more (a
    /// count that loose may be a day off the weekday another clause names).
    func countedLoosely(_ m: DateMention) -> Bool {
        guard m.text.hasPrefix("قبل") || m.text.hasPrefix("منذ"), let gap = daysBeforePublication(m) else { return false }
        return gap >= 3
    }

    mutating func merge(_ d: Draft, continuing f: ClauseFacts) {
        let window = drafts.indices.suffix(Self.mergeLookBack).reversed()
        // The same toll told again («مقتل نحو 45 مسلحا» in the lead, «وقتل نحو 45 مسلحا» in
        // the detail) retells that incident, whoever each names, before any nearer one.
        if let k = d.killed.value, k >= 3, d.killed.qualifier != .toll,
            // (Days a day apart only for a large toll: two strikes of three dead on two days
            // are common, two of 250 are not.)
            let i = window.first(where: {
                drafts[$0].killed.value == k
                    && (mayBeOne(drafts[$0], d, daysApart: k >= 20 ? 1 : 0) || sameDeadAndHurt(drafts[$0], d))
            })
        {
            drafts[i] = fold(drafts[i], d)
            trace?("    merged into incident \(i + 1) by the same toll told again")
            return
        }
        if let why = retellsBackground(d, window: window) {
            trace?("    dropped: \(why)")
            return
        }
        // Look back over the latest incidents of this article, newest first.
        for i in window {
            let e = drafts[i]
            guard mayBeOne(e, d), let rule = retelling(of: e, by: d) else { continue }
            drafts[i] = fold(e, d)
            trace?("    merged into incident \(i + 1) by \(rule)")
            return
        }
        var d = d
        // A fragment that names no actor, no place and no casualties and continues nothing
        // is not an incident.
        if d.actor == nil && !d.ownPlace && !d.killed.isMentioned && !d.wounded.isMentioned {
            trace?("    dropped by empty fragment: no actor, place or casualties, and no incident to go on")
            return
        }
        if d.actor == nil { d.actor = "unknown" }
        drafts.append(d)
        trace?("    new incident \(drafts.count)")
    }

    /// The same dead and the same wounded counted in one governorate on the same day («قتل 18
    /// وجرح 50 جراء سقوط صاروخ على حي شعبي في حلب» ... «18 قتلوا وأصيب 50 جراء سقوط
    /// الصاروخ على حي المغاير»): one incident told twice, even where the places read differ.
    func sameDeadAndHurt(_ e: Draft, _ d: Draft) -> Bool {
        guard let w = e.wounded.value, w >= 3, d.wounded.value == w,
            let g = e.governorate?.pcode, d.governorate?.pcode == g
        else { return false }
        return sameDay(e, d)
    }

    func fold(_ e: Draft, _ d: Draft) -> Draft {
        var m = e
        // A later clause refines a coarse place; a town already named is not replaced by
        // a local name the gazetteer lacks (often a short form of the same town).
        let fromRegion = Self.isRegion(e.place?.place) && d.place?.place != nil && !Self.isRegion(d.place?.place)
        if (placeRank(d.place) > placeRank(e.place) && placeRank(e.place) < 4 || fromRegion) && d.governorate != nil
            && !d.governorateGuessed
        {
            m.place = d.place
            m.district = d.district ?? e.district
        }
        m.governorate = e.governorate ?? d.governorate
        if m.district == nil { m.district = d.district }
        m.killed = Casualty.betterInArticle(e.killed, d.killed)
        m.wounded = Casualty.betterInArticle(e.wounded, d.wounded)
        if e.killed.value == nil && d.killed.value != nil {
            m.evidence = d.evidence
        } else if e.killed.value == nil && e.wounded.value == nil && d.wounded.value != nil {
            m.evidence = d.evidence
        }
        if e.telling != .kind && d.telling == .kind {
            // The later clause says what kind of act it was, and who did it.
            m.subEventType = d.subEventType
            // Its actor, unless the first clause named another side that takes no part in
            // it (a side named in a retelling from elsewhere).
            if let a = d.actor, a != "unknown",
                e.actor == nil || e.actor == "unknown" || involves(d, e.actor!, allies: false)
            {
                m.actor = a
                m.actor2 = d.actor2
            }
            m.telling = .kind
        }
        if m.actor == nil || m.actor == "unknown", let a = d.actor, d.telling != .bareKilling || e.telling == .bareKilling {
            m.actor = a
        }
        if m.eventType == .battles, m.actor2 == nil {
            // The other side: the later clause's other side, or its actor when not of the
            // first's camp.
            if let a2 = d.actor2, !ActorCamps.sameCamp(a2, m.actor) {
                m.actor2 = a2
            } else if let a = d.actor, a != "unknown", d.eventType == .battles, !ActorCamps.sameCamp(a, m.actor) {
                m.actor2 = a
            }
        }
        if m.target == nil || m.target == "unknown" { m.target = d.target ?? m.target }
        // A statement's day gives way to the day of the deaths a later clause counts (not to
        // the start of a period it speaks of, «منذ مساء الأحد»).
        if m.date == nil
            || (m.date!.ofStatement && d.date?.date != nil && !d.date!.ofStatement && d.killed.value != nil)
        {
            m.date = d.date
        }
        if m.subEventType == .armedClash && d.eventType == .battles && d.subEventType != .armedClash {
            m.subEventType = d.subEventType
        }
        m.lastClauseIndex = d.clauseIndex
        return m
    }
}
