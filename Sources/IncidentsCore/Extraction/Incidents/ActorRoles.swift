/// Who did it, and the other side, among the actors a clause names.
extension ArticleBuilder {
    static let agentMarkers = WordSet(.exact, [
        "من", "قبل", "شنها", "شنتها", "نفذها", "نفذتها", "شنه", "شنته", "يد", "برصاص", "بنيران",
        "بقذائف", "بغارة", "بغارات", "عناصر", "مسلحي", "مقاتلي",
    ])
    static let supportMarkers = WordSet(.exact, [
        "بدعم", "المدعومة", "مدعومة", "المدعوم", "مدعوم", "بمساندة", "بغطاء", "بإسناد", "بمؤازرة",
        "بمشاركة", "المدعومين", "الموالية", "الموالي", "الموالين", "حلفاء", "وسط", "بالتزامن",
        "تحت", "غطاء",
    ])
    static let objectNouns = WordSet(.exact, [
        "دبابة", "دبابات", "موقعا", "موقع", "مواقع", "آليات", "آلية", "مقر", "مقرات", "نقاط",
        "نقطة", "حاجز", "حواجز", "مستودع", "مطار", "رتل", "عربة", "مدرعة", "تجمع", "تجمعات",
    ])
    static let patientMarkers = WordSet(.exact, [
        "ضد", "على", "مواقع", "صفوف", "لحساب", "مناطق", "معاقل", "نقاط", "مقرات", "مقر",
        "حواجز", "حاجز", "تجمعات", "معقل", "عناصر", "مقاتلي", "مسلحي", "دبابة", "دبابات",
        "موقعا", "موقع", "آليات", "آلية", "عربة", "تراجع", "خسائر", "قتلى", "أسرى", "مستودع",
        "مطار", "رتل", "مدرعة",
    ])

    /// Who did it, and the other side: a score per named actor from the words around it.
    func pickActors(_ f: ClauseFacts) -> (String?, String?) {
        let actors = f.actors
        guard !actors.isEmpty else { return (nil, nil) }
        // «بين X و(بين) Y»: the two sides of a clash.
        for (n, a) in actors.enumerated() where a.range.lowerBound > f.range.lowerBound {
            let before = tokens[a.range.lowerBound - 1]
            if before == FunctionWords.bayn || before == FunctionWords.baynaha {
                if let b = actors[(n + 1)...].first(where: { $0.slug != a.slug }) {
                    return (a.slug, b.slug)
                }
            }
        }
        let cueAt = Set(f.cues.map(\.at))
        var scores: [(slug: String, score: Double, at: Int)] = []
        for (n, a) in actors.enumerated() {
            var s = n == 0 ? 0.5 : -Double(n) * 0.1
            if a.isWeak { s -= 0.5 }
            let lo = a.range.lowerBound
            if lo > f.range.lowerBound {
                let b1 = tokens[lo - 1]
                let b1IsMin = b1 == FunctionWords.min
                // «غارة من طيران التحالف», «قصف مدفعي من قوات النظام»
                if Self.agentMarkers.contains(b1) {
                    let b2 = lo - 2 >= f.range.lowerBound ? lo - 2 : nil
                    let afterCasualty = f.casualties.killedRange.map { lo - 1 <= $0.upperBound + 1 && lo > $0.lowerBound } ?? false
                    if afterCasualty && b1IsMin {
                        s -= 0.5
                    } else if let b2, cueAt.contains(b2) || cueAt.contains(b2 - 1) || !b1IsMin {
                        s += 3
                    }
                }
                if Self.patientMarkers.contains(b1) && !Self.agentMarkers.contains(b1) { s -= 2 }
                // «دبابة لقوات النظام», «مواقع لقوات النظام»: a thing of the actor was hit.
                if Self.objectNouns.contains(tokens[lo]) { s -= 2 }
                for k in max(f.range.lowerBound, lo - 3)..<lo where tokens[k] == FunctionWords.didd { s -= 2 }
                if lo - 2 >= f.range.lowerBound && Self.patientMarkers.contains(tokens[lo - 2])
                    && tokens[lo - 2] != FunctionWords.min { s -= 1 }
                // Right after a verb cue: the subject (VSO).
                if cueAt.contains(lo - 1) { s += 2 }
                for k in max(f.range.lowerBound, lo - 4)..<lo where Self.supportMarkers.contains(tokens[k]) {
                    s -= 4
                }
                // «للتحالف»: a genitive after a strike noun.
                if tokens[lo].key.hasPrefix("لل") || tokens[lo].key.hasPrefix("ل") && !tokens[lo].key.hasPrefix("ال") {
                    if cueAt.contains(lo - 1) || cueAt.contains(lo - 2) { s += 2 }
                }
            }
            // Right before a verb cue: the subject (SVO); not before «و/ف + verb», which
            // starts another predicate.
            if cueAt.contains(a.range.upperBound), a.range.upperBound < f.range.upperBound,
                !tokens[a.range.upperBound].key.hasPrefix("و"), !tokens[a.range.upperBound].key.hasPrefix("ف")
            { s += 2 }
            scores.append((a.slug, s, n))
        }
        let best = scores.max { x, y in x.score < y.score || (x.score == y.score && x.at > y.at) }!
        // «طيران النظام السوري والطيران الروسي»: an actor joined to the agent by «و» acted
        // with it; it is not the other side.
        var coAgents: Set<String> = []
        for n in actors.indices.dropFirst() {
            let prev = actors[n - 1], cur = actors[n]
            if prev.slug == best.slug && cur.range.lowerBound == prev.range.upperBound
                && tokens[cur.range.lowerBound].key.hasPrefix("و")
            {
                coAgents.insert(cur.slug)
            }
        }
        let other = scores.filter { $0.slug != best.slug && $0.slug != "unknown" && !coAgents.contains($0.slug) }
            .max { $0.score < $1.score }
        // Everyone named only supports or suffers: the clause does not say who acted.
        if best.score <= -1 { return (nil, other?.slug) }
        // A country or a political body named without being the one that acted.
        if actors[best.at].isWeak && best.score < 1 { return (nil, other?.slug) }
        // A generic «طائرات حربية» yields to a named actor.
        if best.slug == "unknown", let o = other { return (o.slug, nil) }
        return (best.slug, other?.slug)
    }
}
