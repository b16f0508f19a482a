/// Fighters and proxies: «عناصر/مسلحي/مقاتلي/ميليشيا ... [من] + actor», «جنود أتراك», and
/// «القوات/الفصائل الموالية لـ/المدعومة من + patron».
extension ActorMatcher {
    static func group(_ t: [Token], head: Int, end: Int) -> [ActorMention]? {
        var j = head + 1
        guard j < end, t[j].boundary <= .quote else { return nil }
        // «جنود أتراك», «مستشارين إيرانيين».
        if let slug = Tables.groupNationality[t[j].key] {
            return [ActorMention(slug: slug, range: head..<(j + 1))]
        }
        // «عناصر من داعش».
        if t[j].key == "من", j + 1 < end { j += 1 }
        if let a = lexicon(t, at: j, end: end) {
            var m = a
            // «الفصائل المعارضة», «مقاتلي المعارضة»: fighters are armed, whatever the name.
            m.isWeak = false
            m.range = head..<absorbTail(t, from: a.range.upperBound, end: end)
            return [m]
        }
        // «القوات [السورية] الموالية للنظام», «الفصائل المدعومة من تركيا».
        j = head + 1
        if Tables.syrianAdjectives.contains(t[j].key), j + 1 < end { j += 1 }
        guard t[j].boundary <= .quote else { return nil }
        let rel = t[j].key
        if Tables.loyal.contains(rel) || Tables.belonging.contains(rel) {
            guard j + 1 < end, let p = patron(t, at: j + 1, end: end, viaLam: true) else {
                return nil
            }
            return [ActorMention(slug: proxy(p.slug), range: head..<p.end, isWeak: p.weak)]
        }
        if Tables.backed.contains(rel), j + 1 < end {
            var n = j + 1
            if t[n].key == "من", n + 1 < end { n += 1 }
            if t[n].key == "قبل", n + 1 < end { n += 1 }
            if let p = patron(t, at: n, end: end, viaLam: false) {
                return [ActorMention(slug: proxy(p.slug), range: head..<p.end, isWeak: p.weak)]
            }
        }
        return nil
    }

    /// Forces loyal to a patron fight for it; the factions Turkey, the coalition and the
    /// United States back are opposition factions.
    static func proxy(_ patron: String) -> String {
        switch patron {
        case "turkey", "coalition", "usa": return "opposition"
        default: return patron
        }
    }

    /// The patron named at `i` («للنظام», «لتركيا», «لقوات النظام», «من إيران»).
    static func patron(
        _ t: [Token], at i: Int, end: Int, viaLam: Bool
    ) -> (slug: String, end: Int, weak: Bool)? {
        guard i < end, t[i].boundary <= .quote else { return nil }
        for r in Tables.index.readings(t[i]) {
            if viaLam && !r.proclitic.hasLam { continue }
            if let slug = Tables.patrons[r.stem] {
                var e = i + 1
                while e < end, t[e].boundary <= .quote, Tables.patronTails.contains(t[e].key) {
                    e += 1
                }
                return (slug, e, false)
            }
        }
        if let a = lexicon(t, at: i, end: end, requireLam: viaLam), !a.isAnaphor {
            return (a.slug, a.range.upperBound, false)
        }
        return nil
    }
}
