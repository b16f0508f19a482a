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
        guard let pa = a.place, let pb = b.place else { return true }
        if pa.name == pb.name { return true }
        // A local name with no governorate of its own cannot be told apart from the other.
        if (pa.place == nil && a.governorate == nil) || (pb.place == nil && b.governorate == nil) {
            return true
        }
        let ra = placeRank(pa), rb = placeRank(pb)
        // A governorate or district contains whatever lies in it.
        if ra <= 2 || rb <= 2 { return true }
        // A named local place (not in the gazetteer) may lie inside a town or subdistrict
        // of its governorate.
        if (pa.place == nil) != (pb.place == nil), a.governorate != nil, b.governorate != nil {
            return true
        }
        return false
    }

    func sameSides(_ a: Draft, _ b: Draft) -> Bool {
        guard let x = b.actor else { return true }
        guard let y = a.actor else { return true }
        if x == y || x == a.actor2 || b.actor2 == y { return true }
        if x == "unknown" || y == "unknown" { return true }
        // A clause with no place of its own that goes on about a fight against the same
        // side («لا تزال المواجهات مستمرة وسط غارات ... على مواقع التنظيم»).
        if b.place == nil && b.clauseIndex - a.lastClauseIndex <= 1 && a.eventType == .battles {
            let sa = Set([a.actor, a.actor2].compactMap { $0 }), sb = Set([b.actor, b.actor2].compactMap { $0 })
            if !sa.isDisjoint(with: sb) { return true }
        }
        return false
    }

    mutating func merge(_ d: Draft, continuing f: ClauseFacts) {
        // Look back over the incidents of this article, newest first.
        for i in drafts.indices.reversed() {
            let e = drafts[i]
            let sameType = e.eventType == d.eventType
                && (e.subEventType == d.subEventType || d.actor == nil || e.eventType == .battles)
            guard sameType, sameSides(e, d), compatible(e, d) else { continue }
            if let x = e.date?.date, let y = d.date?.date, x != y { continue }
            // Without an actor of its own a clause only goes on about a recent incident.
            if d.actor == nil && d.clauseIndex - e.lastClauseIndex > 2 { continue }
            drafts[i] = fold(e, d)
            return
        }
        var d = d
        // A fragment that names no actor, no place and no casualties and continues nothing
        // is not an incident.
        if d.actor == nil && !d.ownPlace && !d.killed.isMentioned && !d.wounded.isMentioned { return }
        if d.actor == nil { d.actor = "unknown" }
        drafts.append(d)
    }

    func fold(_ e: Draft, _ d: Draft) -> Draft {
        var m = e
        // A later clause refines a coarse place; a town already named is not replaced by
        // a local name the gazetteer lacks (often a short form of the same town).
        if placeRank(d.place) > placeRank(e.place) && placeRank(e.place) < 4 && d.governorate != nil {
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
        if m.actor == nil || m.actor == "unknown", let a = d.actor { m.actor = a }
        if m.actor2 == nil, let a2 = d.actor2, a2 != m.actor { m.actor2 = a2 }
        if m.target == nil || m.target == "unknown" { m.target = d.target ?? m.target }
        if m.date == nil { m.date = d.date }
        if m.subEventType == .armedClash && d.eventType == .battles && d.subEventType != .armedClash {
            m.subEventType = d.subEventType
        }
        m.lastClauseIndex = d.clauseIndex
        return m
    }
}
