// MARK: - The scanner

/// A mention while the range is being read.
struct Raw {
    var m: PlaceMention
    /// The proclitic on the first token (an anchor needs ب, a list item carries و).
    var proclitic: Proclitic
    /// «ريف X».
    var isRural = false
    /// The name is the gazetteer's but its reading may be corrected by an anchor.
    var hits: [Gazetteer.Hit] = []
    var kind: PlaceLexicon.NounKind? = nil
    /// A landmark located by the known place inside its name («بادية تدمر»).
    var inner: Place? = nil
    /// A common-word name admitted by a preposition or an anchor (not by a noun).
    var byCue = false
    /// A common-word name admitted only because an anchor follows it.
    var byAnchorOnly = false
    /// Dropped after all (an anchor contradicted a common-word name).
    var dropped = false
}

/// How an anchor relates a place to the place that locates it.
enum Relation {
    /// «X في Y», «X بمدينة Y».
    case inside
    /// «X شمال Y», «X قرب Y», «X الواقعة على بعد ... من Y»: near, maybe across a line.
    case near
    /// «X بريف Y», «X التابعة لـ Y», «X في محافظة Y».
    case firm
}

struct PlaceScanner {
    let t: [Token]
    let scalars: [Unicode.Scalar]?
    let lo: Int
    let end: Int
    let g = PlaceFinder.Tables.gazetteer
    var raws: [Raw] = []

    init(t: [Token], scalars: [Unicode.Scalar]?, range: Range<Int>) {
        self.t = t
        self.scalars = scalars
        self.lo = max(0, range.lowerBound)
        self.end = min(range.upperBound, t.count)
    }

    typealias L = PlaceLexicon
    typealias T = PlaceFinder.Tables

    mutating func run() -> [PlaceMention] {
        var i = lo
        while i < end {
            let before = raws.count
            let next = parse(at: i)
            if raws.count > before || next > i + 1 {
                i = max(i + 1, next)
            } else {
                i += 1
            }
        }
        anchor()
        disambiguate()
        return raws.filter { !$0.dropped }.map(\.m)
    }

    // MARK: Reading one position

    /// Reads what starts at `i`, appends mentions, returns where to continue.
    mutating func parse(at i: Int) -> Int {
        // «لـ"الرقة"»: a lone proclitic glued to the next word.
        if t[i].key.utf8.count <= 4, T.loneClitics.contains(t[i].key), i + 1 < end,
            t[i + 1].boundary <= .quote
        {
            let before = raws.count
            let next = parse(at: i + 1)
            if raws.count > before {
                raws[before].m.range = i..<raws[before].m.range.upperBound
                if raws[before].proclitic.isEmpty {
                    raws[before].proclitic = Proclitic(
                        conjunction: nil, preposition: t[i].key.unicodeScalars.last)
                }
            }
            return next
        }
        let readings = T.index.readings(t[i])
        if readings.isEmpty { return i + 1 }
        for r in readings {
            if let e = matchWords(T.syriaByFirst, r.stem, at: i) { return e }
            if let e = matchWords(T.foreignByFirst, r.stem, at: i) {
                let key = ([r.stem] + t[(i + 1)..<e].map(\.key)).joined(separator: " ")
                add(Raw(
                    m: PlaceMention(
                        name: T.foreignDisplay[key] ?? key, range: i..<e, isForeign: true),
                    proclitic: r.proclitic))
                return e
            }
            if L.border.contains(r.stem), let e = borderEnd(after: i) {
                add(Raw(
                    m: PlaceMention(name: words(i..<e, stripFirst: r.proclitic), range: i..<e,
                                    isForeign: true),
                    proclitic: r.proclitic))
                return e
            }
            if L.station.contains(r.stem), i + 1 < end, t[i + 1].boundary == .space,
                L.ordinals.contains(t[i + 1].key)
            {
                add(Raw(
                    m: PlaceMention(name: words(i..<(i + 2), stripFirst: r.proclitic),
                                    range: i..<(i + 2)),
                    proclitic: r.proclitic, kind: .landmark))
                return i + 2
            }
        }
        // Gazetteer names (whole token first, then proclitics, longest name first).
        if let gm = gazMatch(at: i, readings: readings) {
            let verdict = acceptBare(key: gm.key, at: i, end: gm.end, proclitic: gm.proclitic)
            if verdict.accept {
                var e = gm.end
                var raw = known(key: gm.key, range: i..<e, kind: nil, proclitic: gm.proclitic)
                raw.byCue = verdict.byCue
                raw.byAnchorOnly = verdict.byAnchorOnly
                if gm.key.hasPrefix("ريف ") {
                    raw.isRural = true
                    e = absorbDirections(from: e)
                    raw.m.range = i..<e
                }
                add(raw)
                return markOutside(e)
            }
            return gm.end
        }
        for r in readings {
            if let noun = L.nouns[r.stem] {
                let before = raws.count
                let e = parseNoun(noun, key: r.stem, at: i, proclitic: r.proclitic)
                if raws.count > before || e > i + 1 { return e }
            }
            if L.generic.contains(r.stem) {
                add(Raw(
                    m: PlaceMention(name: words(i..<(i + 1), stripFirst: r.proclitic),
                                    range: i..<(i + 1), isGeneric: true),
                    proclitic: r.proclitic))
                return i + 1
            }
        }
        return i + 1
    }

    mutating func add(_ r: Raw) { raws.append(r) }

    /// A name of the gazetteer at `i`: the longest over all readings of the first word.
    func gazMatch(
        at i: Int, readings: [CliticReading]? = nil, whole: Bool = false
    ) -> (end: Int, key: String, proclitic: Proclitic)? {
        var best: (end: Int, key: String, proclitic: Proclitic)? = nil
        let rs = readings ?? T.index.readings(t[i])
        for r in rs {
            if whole && !r.proclitic.isEmpty { continue }
            guard let rests = g.scanByFirst[r.stem] else { continue }
            for rest in rests {
                let e = i + 1 + rest.count
                if e > end { continue }
                if let b = best, e <= b.end { break }
                var ok = true
                for (n, w) in rest.enumerated() {
                    let tok = t[i + 1 + n]
                    if tok.boundary > .space || !sameKey(tok.key, w) { ok = false; break }
                }
                if ok {
                    best = (e, ([r.stem] + rest).joined(separator: " "), r.proclitic)
                    break
                }
            }
        }
        return best
    }

    func matchWords(_ table: WordTable<[[String]]>, _ stem: String, at i: Int) -> Int? {
        guard let rests = table[stem] else { return nil }
        for rest in rests {
            let e = i + 1 + rest.count
            if e > end { continue }
            var ok = true
            for (n, w) in rest.enumerated() where t[i + 1 + n].boundary > .space
                || !sameKey(t[i + 1 + n].key, w)
            {
                ok = false
                break
            }
            if ok { return e }
        }
        return nil
    }

    /// «الحدود العراقية», «الحدود السورية التركية», «الحدود مع تركيا».
    func borderEnd(after i: Int) -> Int? {
        var e = i + 1
        while e < end, t[e].boundary <= .quote, L.borderAdjectives.contains(t[e].key) { e += 1 }
        if e > i + 1, t[(i + 1)..<e].contains(where: { L.foreignAdjectives.contains($0.key) }) {
            return e
        }
        if i + 2 < end, t[i + 1].key == "مع", t[i + 2].boundary <= .quote,
            T.foreignByFirst[t[i + 2].key] != nil
        {
            return matchWords(T.foreignByFirst, t[i + 2].key, at: i + 2)
        }
        return nil
    }

    // MARK: Cues

    func acceptBare(
        key: String, at i: Int, end e: Int, proclitic: Proclitic
    ) -> (accept: Bool, byCue: Bool, byAnchorOnly: Bool) {
        // «مجلس الرقة المدني», «حملة "الرقة تذبح بصمت"»: an organisation, not a place.
        if i > 0, t[i].boundary <= .quote, proclitic.isEmpty, T.orgHeads.contains(t[i - 1].key) {
            return (false, false, false)
        }
        let strict = L.strict.contains(key)
        let cue = L.needsCue.contains(key)
        guard strict || cue else { return (true, false, false) }
        // «تل أبيض وكوباني»: coordinated with the (Syrian) place just named.
        if proclitic.conjunction != nil, let last = raws.last, last.m.range.upperBound == i,
            !last.m.isForeign, !last.m.isGeneric
        {
            return (true, true, false)
        }
        if !strict {
            if proclitic.hasPlacePreposition { return (true, true, false) }
            if i > 0, t[i].boundary <= .quote, T.prepositionKeys.contains(t[i - 1].key) {
                return (true, true, false)
            }
        }
        if anchorFollows(e) { return (true, true, true) }
        return (false, false, false)
    }

    /// An anchor starts at `e`: a direction or proximity word, «بريف», «في ريف/محافظة»,
    /// followed by a place-type noun or a gazetteer name («الراعي شمال حلب»).
    func anchorFollows(_ e: Int) -> Bool {
        guard e < end, t[e].boundary <= .comma else { return false }
        var j = e
        var seen = false
        while j < end, j - e < 4, t[j].boundary <= .comma {
            var connector = false
            for r in T.connectorIndex.readings(t[j]) {
                if L.directions.contains(r.stem) || L.strongConnectors.contains(r.stem) {
                    connector = true
                    seen = true
                } else if sameKey(r.stem, T.rif) {
                    return seen || r.proclitic.preposition == "ب"
                        || (j > e && T.fi.contains(t[j - 1].key))
                } else if T.nounsAfterFi.contains(r.stem), j > e, T.fi.contains(t[j - 1].key) {
                    return true
                } else if L.connectors.contains(r.stem) {
                    connector = true
                }
            }
            if !connector {
                guard seen else { return false }
                // The word after the direction must start a place.
                for r in T.index.readings(t[j]) {
                    if L.nouns[r.stem] != nil || L.generic.contains(r.stem)
                        || g.scanByFirst[r.stem] != nil
                    {
                        return true
                    }
                }
                return false
            }
            j += 1
        }
        return false
    }
}
