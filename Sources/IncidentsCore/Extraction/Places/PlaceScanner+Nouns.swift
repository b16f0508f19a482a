/// Place-type nouns and what follows them: names, lists, «ريف X», foreign demonyms.
extension PlaceScanner {
    // MARK: Nouns

    mutating func parseNoun(
        _ noun: L.Noun, key nounKey: String, at i: Int, proclitic: Proclitic
    ) -> Int {
        var n = i + 1
        guard n < end, t[n].boundary <= .quote else { return i + 1 }
        if noun.kind == .rural { return parseRural(at: i, proclitic: proclitic) }
        if noun.plural, T.listIntro.contains(t[n].key), n + 1 < end, t[n + 1].boundary <= .quote {
            n += 1
        }
        // A full alias with the noun: «مخيم اليرموك», «منطقة الباب».
        for len in stride(from: 3, through: 1, by: -1) where n + len <= end {
            if t[(n + 1)..<(n + len)].contains(where: { $0.boundary > .space }) { continue }
            let name = t[n..<(n + len)].map(\.key).joined(separator: " ")
            if let aliasHits = g.byKey[nounKey + " " + name], !aliasHits.isEmpty {
                // The alias and the name itself: the noun then picks the level.
                var hits = aliasHits
                for h in g.byKey[name] ?? [] where !hits.contains(where: { $0.index == h.index }) {
                    hits.append(h)
                }
                var raw = known(hits: hits, range: i..<(n + len), kind: noun.kind, proclitic: proclitic)
                raw.kind = noun.kind
                add(raw)
                return markOutside(n + len)
            }
        }
        // Foreign: «مدينة الموصل».
        if let e = matchWords(T.foreignByFirst, t[n].key, at: n) {
            let key = t[n..<e].map(\.key).joined(separator: " ")
            add(Raw(
                m: PlaceMention(name: T.foreignDisplay[key] ?? key, range: i..<e, isForeign: true),
                proclitic: proclitic))
            return e
        }
        // A landmark noun after an area noun: «منطقة جبل المعزة».
        if noun.kind != .landmark, t[n].boundary == .space,
            let inner = L.nouns[t[n].key], inner.kind == .landmark
        {
            let before = raws.count
            let e = parseNoun(inner, key: t[n].key, at: n, proclitic: .none)
            if raws.count > before {
                raws[before].m.range = i..<raws[before].m.range.upperBound
                raws[before].proclitic = proclitic
                return e
            }
        }
        var e: Int
        // «بادية محافظة السويداء», «سهل مدينة ...»: a landmark of a place named with its own
        // noun; that noun picks the level («محافظة»: the governorate).
        var innerKind: L.NounKind? = nil
        var nameAt = n
        if noun.kind == .landmark, let inner = L.nouns[t[n].key], !inner.plural,
            inner.kind == .governorate || inner.kind == .settlement, n + 1 < end, t[n + 1].boundary == .space
        {
            innerKind = inner.kind
            nameAt = n + 1
        }
        if let gm = gazMatch(at: nameAt, whole: true) {
            e = gm.end
            switch noun.kind {
            case .neighbourhood:
                // Towns share names with neighbourhoods: only neighbourhood-level rows.
                let local = (g.byKey[gm.key] ?? []).filter { g.places[$0.index].level == .local }
                if local.isEmpty {
                    add(unknown(
                        name: display(noun) + " " + words(n..<e), range: i..<e,
                        proclitic: proclitic, kind: noun.kind))
                } else {
                    add(known(hits: local, range: i..<e, kind: noun.kind, proclitic: proclitic))
                }
            case .landmark:
                var hits = g.byKey[gm.key] ?? []
                if innerKind == .governorate {
                    let govs = hits.filter { g.places[$0.index].level == .governorate }
                    if !govs.isEmpty { hits = govs }
                }
                let choice = choose(hits, kind: innerKind)
                e = absorbDirections(from: e)
                var raw = unknown(
                    name: display(noun) + " " + words(n..<gm.end), range: i..<e,
                    proclitic: proclitic, kind: noun.kind)
                if let p = choice.place {
                    raw.inner = p
                    raw.m.governorate = g.governorate(of: p)
                    raw.m.district = p.level == .governorate ? nil : g.district(of: p)
                }
                add(raw)
            case .governorate:
                let hits = (g.byKey[gm.key] ?? []).filter {
                    g.places[$0.index].level == .governorate
                }
                if hits.isEmpty {
                    add(unknown(name: words(n..<e), range: i..<e, proclitic: proclitic,
                                kind: noun.kind))
                } else {
                    add(known(hits: hits, range: i..<e, kind: .governorate, proclitic: proclitic))
                }
            default:
                var raw = known(key: gm.key, range: i..<e, kind: noun.kind, proclitic: proclitic)
                raw.kind = noun.kind
                add(raw)
            }
        } else if let name = readName(
            at: n, kind: noun.kind, definiteOnly: L.definiteNames.contains(nounKey))
        {
            e = name.upperBound
            let keep = noun.kind == .neighbourhood || noun.kind == .landmark
            if noun.kind == .landmark { e = absorbDirections(from: e) }
            add(unknown(
                name: (keep && !noun.plural ? display(noun) + " " : "") + words(name),
                range: i..<e, proclitic: proclitic, kind: noun.kind))
        } else {
            return i + 1
        }
        e = markOutside(e)
        if noun.plural { e = readList(from: e, kind: noun.kind) }
        return e
    }

    /// «ريف حلب الشمالي» (governorate), «ريف مدينة الباب» (the town), «ريف المدينة»
    /// (generic).
    mutating func parseRural(at i: Int, proclitic: Proclitic) -> Int {
        var j = i + 1
        var after: L.NounKind? = nil
        if let noun = L.nouns[t[j].key], noun.kind != .rural, noun.kind != .landmark,
            noun.kind != .neighbourhood, j + 1 < end, t[j + 1].boundary <= .quote
        {
            after = noun.kind
            j += 1
        }
        if L.generic.contains(t[j].key) {
            let e = absorbDirections(from: j + 1)
            add(Raw(
                m: PlaceMention(name: words(i..<(j + 1), stripFirst: proclitic), range: i..<e,
                                isGeneric: true),
                proclitic: proclitic, isRural: true))
            return e
        }
        guard let gm = gazMatch(at: j, whole: true) else {
            if let name = readName(at: j, kind: .settlement) {
                let e = absorbDirections(from: name.upperBound)
                var raw = unknown(name: words(name), range: i..<e, proclitic: proclitic,
                                  kind: .rural)
                raw.isRural = true
                add(raw)
                return e
            }
            return i + 1
        }
        let hits = g.byKey[gm.key] ?? []
        let govHits = hits.filter { g.places[$0.index].level == .governorate }
        var raw: Raw
        if (after == nil || after == .governorate), !govHits.isEmpty {
            raw = known(hits: govHits, range: i..<gm.end, kind: .governorate, proclitic: proclitic)
        } else {
            raw = known(hits: hits, range: i..<gm.end, kind: after ?? .rural, proclitic: proclitic)
        }
        raw.isRural = true
        let e = absorbDirections(from: gm.end)
        raw.m.range = i..<e
        add(raw)
        return e
    }

    /// The words of an unknown name after a noun: up to 3, ending at punctuation, a stop
    /// word, a number, a conjunction or a place-type noun.
    static let purposeLeads = ["لل", "لإ", "لا", "لت", "لم"].map(ArabicNormalizer.key)

    func readName(at n: Int, kind: L.NounKind, definiteOnly: Bool = false) -> Range<Int>? {
        guard n < end, t[n].boundary <= .quote else { return nil }
        let quoted = t[n].boundary == .quote
        var e = n
        while e < end, e - n < 3 {
            let tok = t[e]
            if e > n && tok.boundary != .space { break }
            let k = tok.key
            if tok.isNumber || L.stopWords.contains(k) || k.unicodeScalars.count < 2 { break }
            if e > n {
                if k.unicodeScalars.first == "و" { break }
                if L.directionAdjectives.contains(k) || L.foreignAdjectives.contains(k)
                    || L.directions.contains(k) || L.cityAdjectives[k] != nil
                {
                    break
                }
                if L.nouns[k] != nil || L.generic.contains(k) { break }
            }
            var isLead = false
            for r in T.connectorIndex.readings(k) where !r.proclitic.isEmpty {
                if L.nouns[r.stem] != nil || L.generic.contains(r.stem)
                    || L.directions.contains(r.stem) || L.connectors.contains(r.stem)
                {
                    isLead = true
                }
            }
            if isLead { break }
            e += 1
        }
        guard e > n else { return nil }
        let first = t[n].key
        // «قرية جديد عكيدات»: «جديد» starts names when another word follows.
        if Self.notName(first) && !(e - n >= 2 && T.nameStarters.contains(first)) { return nil }
        if (kind == .area || definiteOnly) && !quoted {
            // «قاعدة لإطلاق الهجمات», «منطقة للتدريب»: «ل» + a verbal noun says what for.
            if Self.purposeLeads.contains(where: { first.hasPrefix($0) }) { return nil }
            let definite = hasArticle(first)
            let construct = e - n >= 2 && hasArticle(t[n + 1].key)
            if !(definite || construct) { return nil }
        }
        return n..<e
    }

    /// A first word that cannot start a name: a description, a back-reference, an actor,
    /// a victim, or any of these behind a proclitic («لخفض», «للنازحين»).
    static func notName(_ k: String) -> Bool {
        func bad(_ w: String) -> Bool {
            L.notNames.contains(w) || L.generic.contains(w) || L.syria.contains(w)
                || L.stopWords.contains(w) || ActorMatcher.Tables.formsByFirst[w] != nil
                || TargetReader.byFirst[w] != nil
        }
        var it = k.unicodeScalars.makeIterator()
        if bad(k) || (it.next() == "ل" && it.next() == "ل") { return true }
        let s = k.unicodeScalars
        if let f = s.first, f == "ل" || f == "ب" || f == "ك" || f == "و", s.count > 3,
            bad(String(s.dropFirst()))
        {
            return true
        }
        return false
    }

    /// Items after a plural noun: «قرى (أم تنك، الجربوع، جرو)», «أحياء البلعوم والبلوط».
    mutating func readList(from start: Int, kind: L.NounKind) -> Int {
        var e = start
        var count = 0
        while e < end, count < 12 {
            let tok = t[e]
            if tok.boundary == .hard { break }
            var stripped = Proclitic.none
            var n = e
            if tok.boundary == .space {
                // Needs a conjunction: «والبلوط», «وكوباني».
                guard tok.key.unicodeScalars.first == "و" else { break }
                stripped = Proclitic(conjunction: "و", preposition: nil)
            }
            // A new noun or a stop word ends the list; the main loop reads it.
            let bare = stripped.isEmpty ? tok.key : String(tok.key.unicodeScalars.dropFirst())
            if L.nouns[bare] != nil || L.stopWords.contains(bare) || L.generic.contains(bare) {
                break
            }
            if let gm = gazMatch(at: n) , gm.proclitic == stripped {
                if kind == .neighbourhood {
                    add(unknown(name: words(n..<gm.end, stripFirst: stripped), range: n..<gm.end,
                                proclitic: stripped, kind: kind))
                } else {
                    var raw = known(key: gm.key, range: n..<gm.end, kind: kind, proclitic: stripped)
                    raw.kind = kind
                    add(raw)
                }
                e = gm.end
            } else {
                guard bare.unicodeScalars.count >= 2, !Self.notName(bare) else { break }
                n = e + 1
                while n < end, n - e < 3, t[n].boundary == .space,
                    t[n].key.unicodeScalars.first != "و", !L.stopWords.contains(t[n].key),
                    !t[n].isNumber, !L.directionAdjectives.contains(t[n].key)
                {
                    n += 1
                }
                add(unknown(name: words(e..<n, stripFirst: stripped), range: e..<n,
                            proclitic: stripped, kind: kind))
                e = n
            }
            count += 1
        }
        return e
    }

    /// «الشرقي», «الشمالي الشرقي» after «ريف حلب».
    func absorbDirections(from start: Int) -> Int {
        var e = start
        while e < end, e - start < 2, t[e].boundary == .space,
            L.directionAdjectives.contains(t[e].key)
        {
            e += 1
        }
        return e
    }

    /// A foreign demonym right after the last mention puts it outside Syria; a city
    /// adjective («حي جوبر الدمشقي») gives an unknown place its governorate.
    mutating func markOutside(_ e: Int) -> Int {
        guard e < end, t[e].boundary == .space, !raws.isEmpty else { return e }
        if let pcode = L.cityAdjectives[t[e].key] {
            let n = raws.count - 1
            if raws[n].m.place == nil, raws[n].m.governorate == nil, !raws[n].m.isForeign,
                let gov = g.place(pcode: pcode)
            {
                raws[n].m.governorate = gov
                raws[n].m.range = raws[n].m.range.lowerBound..<(e + 1)
                return e + 1
            }
            return e
        }
        guard T.outsideAdjectives.contains(t[e].key) else { return e }
        let n = raws.count - 1
        raws[n].m.isForeign = true
        raws[n].m.place = nil
        raws[n].m.governorate = nil
        raws[n].m.district = nil
        raws[n].inner = nil
        raws[n].m.range = raws[n].m.range.lowerBound..<(e + 1)
        return e + 1
    }
}
