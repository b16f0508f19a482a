/// Aircraft: «طيران/طائرات/مقاتلات/مروحيات [الحربية] + nationality | actor | التابعة لـ X |
/// مجهولة الهوية», with coordination («الطيران السوري والروسي» → regime, russia).
extension ActorMatcher {
    static func aircraft(_ t: [Token], head: Int, end: Int) -> [ActorMention]? {
        let headStems = Tables.index.readings(t[head]).map(\.stem)
        var helicopter = headStems.contains { Tables.helicopters.contains($0) }
        var typed = !headStems.contains { Tables.planesGeneral.contains($0) }
        var warplane = false
        var j = head + 1
        // Type words: «الحربية», «المروحية», «المسيرة», «بدون طيار».
        while j < end, t[j].boundary <= .quote {
            let k = stripWa(t[j].key)
            if Tables.warWords.contains(k) { warplane = true; j += 1; continue }
            if Tables.helicopterWords.contains(k) { helicopter = true; j += 1; continue }
            if Tables.droneWords.contains(k) { warplane = true; j += 1; continue }
            if Tables.withoutWords.contains(k), j + 1 < end, t[j + 1].key == "طيار" {
                warplane = true; j += 2; continue
            }
            if k == "من", j + 2 < end, t[j + 1].key == "دون", t[j + 2].key == "طيار" {
                warplane = true; j += 3; continue
            }
            break
        }
        typed = typed || warplane || helicopter
        if j < end, t[j].boundary <= .quote {
            let k = t[j].key
            // Nationality adjectives, coordinated: «السوري والروسي».
            if let slug = Tables.aircraftNationality[k] {
                var out = [ActorMention(slug: slug, range: head..<(j + 1))]
                var n = j + 1
                while n < end, t[n].boundary <= .quote,
                    t[n].key.unicodeScalars.first == "و",
                    let s2 = Tables.aircraftNationality[stripWa(t[n].key)]
                {
                    if !out.contains(where: { $0.slug == s2 }) {
                        out.append(ActorMention(slug: s2, range: n..<(n + 1)))
                    }
                    n += 1
                }
                return out
            }
            // «مجهولة الهوية».
            if Tables.unknownWords.contains(k) {
                var e = j + 1
                if e < end, t[e].key == "الهويه" { e += 1 }
                return [ActorMention(slug: "unknown", range: head..<e)]
            }
            // «التابعة للنظام», «تابعة لقوات التحالف».
            if Tables.belonging.contains(k), j + 1 < end,
                let p = patron(t, at: j + 1, end: end, viaLam: true)
            {
                return [ActorMention(slug: p.slug, range: head..<p.end, isWeak: p.weak)]
            }
            // «يعتقد أنها روسية».
            if k == "يعتقد", j + 2 < end, t[j + 1].key == "انها",
                let slug = Tables.aircraftNationality[t[j + 2].key]
            {
                return [ActorMention(slug: slug, range: head..<(j + 3), isWeak: true)]
            }
            // Genitive: «طائرات التحالف», «طيران النظام».
            if let a = lexicon(t, at: j, end: end), !a.isAnaphor {
                var m = a
                m.range = head..<absorbTail(t, from: a.range.upperBound, end: end)
                // «طيران النظام الحربي».
                while m.range.upperBound < end,
                    Tables.warWords.contains(t[m.range.upperBound].key)
                        || Tables.helicopterWords.contains(t[m.range.upperBound].key)
                {
                    m.range = head..<(m.range.upperBound + 1)
                }
                return [m]
            }
        }
        if helicopter {
            return [ActorMention(slug: "regime", range: head..<j)]
        }
        if typed && j > head + 1 || warplane {
            return [ActorMention(slug: "unknown", range: head..<j)]
        }
        return nil
    }
}
