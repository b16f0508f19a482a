/// Mentions built from gazetteer hits or unknown words, and their names as written.
extension PlaceScanner {
    // MARK: Building mentions

    func known(key: String, range: Range<Int>, kind: L.NounKind?, proclitic: Proclitic) -> Raw {
        known(hits: g.byKey[key] ?? [], range: range, kind: kind, proclitic: proclitic)
    }

    func known(
        hits: [Gazetteer.Hit], range: Range<Int>, kind: L.NounKind?, proclitic: Proclitic
    ) -> Raw {
        let c = choose(hits, kind: kind)
        var m = PlaceMention(
            name: c.display, range: range, place: c.place,
            candidates: hits.map { g.places[$0.index] })
        if let p = c.place {
            m.governorate = g.governorate(of: p)
            m.district = g.district(of: p)
        }
        var raw = Raw(m: m, proclitic: proclitic)
        raw.hits = hits
        raw.kind = kind
        return raw
    }

    func unknown(name: String, range: Range<Int>, proclitic: Proclitic, kind: L.NounKind?) -> Raw {
        var raw = Raw(m: PlaceMention(name: name, range: range), proclitic: proclitic)
        raw.kind = kind
        return raw
    }

    /// The reading of a gazetteer name: by the level the noun (or its absence) prefers,
    /// then the row whose own name it is; displayed by a row's own name when one matches
    /// («اللاذقية» → the town row, named «اللاذقية» rather than its «لاذقية»). Nil place
    /// when its rows lie in several governorates.
    func choose(_ hits: [Gazetteer.Hit], kind: L.NounKind?) -> (place: Place?, display: String) {
        guard !hits.isEmpty else { return (nil, "") }
        let pref = L.preference(kind)
        func rank(_ h: Gazetteer.Hit) -> (Int, Int) {
            let lv = pref.firstIndex(of: g.places[h.index].level) ?? pref.count
            return (lv, h.isName ? 0 : 1)
        }
        let sorted = hits.enumerated().sorted { a, b in
            let ra = rank(a.element), rb = rank(b.element)
            return ra != rb ? ra < rb : a.offset < b.offset
        }.map(\.element)
        let best = sorted[0]
        let bestPlace = g.places[best.index]
        var display = bestPlace.nameAr
        if !best.isName || bestPlace.nameAr.split(separator: " ").contains(where: { $0.count < 2 }) {
            if let own = sorted.first(where: { $0.isName && !g.places[$0.index].nameAr
                .split(separator: " ").contains(where: { $0.count < 2 }) })
            {
                display = g.places[own.index].nameAr
            }
        }
        let govs = Set(hits.compactMap { g.governorate(of: g.places[$0.index])?.pcode })
        if govs.count > 1 { return (nil, display) }
        return (bestPlace, display)
    }

    // MARK: Names as written

    /// A place-type noun as it starts a display name (its key without the original text).
    func display(_ noun: L.Noun) -> String {
        scalars == nil ? ArabicNormalizer.key(noun.display) : noun.display
    }

    /// The words of a range as written (harakat stripped), or their keys without text.
    func words(_ r: Range<Int>, stripFirst p: Proclitic = .none) -> String {
        guard !r.isEmpty else { return "" }
        guard let s = scalars else {
            var keys = t[r].map(\.key)
            if !p.isEmpty { keys[0] = strip(keys[0], p) }
            return keys.joined(separator: " ")
        }
        var start = t[r.lowerBound].start
        var letters = p.length
        let definiteLam = p.preposition == "ل"
            && startsWithLamLam(s, from: start, skip: p.conjunction == nil ? 0 : 1)
        while letters > 0, start < t[r.lowerBound].end {
            if isLetter(s[start]) { letters -= 1 }
            start += 1
        }
        var view = String.UnicodeScalarView()
        if definiteLam { view.append("ا") }
        for k in start..<t[r.upperBound - 1].end { view.append(s[k]) }
        var text = ArabicNormalizer.stripDiacritics(String(view))
        text = String(text.unicodeScalars.filter { !isFormat($0) }.map(Character.init))
        return text
    }

    private func strip(_ key: String, _ p: Proclitic) -> String {
        var s = Array(key.unicodeScalars)
        let n = min(p.length, s.count)
        let lamLam = p.preposition == "ل" && s.count > n && s[n - 1] == "ل" && s[n] == "ل"
        s.removeFirst(n)
        var v = String.UnicodeScalarView()
        if lamLam { v.append("ا") }
        v.append(contentsOf: s)
        return String(v)
    }

    private func startsWithLamLam(_ s: [Unicode.Scalar], from: Int, skip: Int) -> Bool {
        var seen: [Unicode.Scalar] = []
        var k = from
        while k < s.count, seen.count < skip + 2 {
            if isLetter(s[k]) { seen.append(s[k]) }
            k += 1
        }
        return seen.count == skip + 2 && seen[skip] == "ل" && seen[skip + 1] == "ل"
    }

    private func isLetter(_ c: Unicode.Scalar) -> Bool {
        (c.value >= 0x0621 && c.value <= 0x064A) || (c.value >= 0x0671 && c.value <= 0x06D3)
    }

    private func isFormat(_ c: Unicode.Scalar) -> Bool {
        switch c.value {
        case 0x200C...0x200F, 0x061C, 0x202A...0x202E, 0x2066...0x2069, 0x2060, 0x00AD, 0xFEFF:
            return true
        default:
            return false
        }
    }
}