/// Anchors («X بريف Y», «X شمال Y») and ambiguous names read from the other places named.
extension PlaceScanner {
    // MARK: Anchors and ambiguity

    mutating func anchor() {
        guard raws.count > 1 else { return }
        for a in stride(from: raws.count - 2, through: 0, by: -1) {
            let b = a + 1
            let am = raws[a].m
            guard !am.isGeneric, !am.isForeign else { continue }
            if let p = am.place, p.level == .governorate { continue }
            let gapStart = am.range.upperBound, gapEnd = raws[b].m.range.lowerBound
            guard gapEnd >= gapStart, gapEnd - gapStart <= 8 else { continue }
            if t[gapStart...min(gapEnd, t.count - 1)].contains(where: { $0.boundary == .hard }) {
                continue
            }
            let bp = raws[b].proclitic
            if bp.conjunction != nil { continue }
            var firm = raws[b].isRural
            var near = false
            var inside = false
            var allConnect = true
            var lastBelonging = false
            for k in gapStart..<gapEnd {
                let tok = t[k]
                if tok.isNumber { continue }
                var ok = false
                lastBelonging = false
                for r in T.connectorIndex.readings(tok.key) where r.proclitic.conjunction == nil {
                    if L.belonging.contains(r.stem) {
                        ok = true; firm = true; lastBelonging = true
                    } else if L.directions.contains(r.stem) || L.proximity.contains(r.stem) {
                        ok = true; near = true
                    } else if L.connectors.contains(r.stem) {
                        ok = true
                        if T.fi.contains(r.stem) || r.proclitic.preposition == "ب" { inside = true }
                    }
                }
                if !ok { allConnect = false; break }
            }
            guard allConnect else { continue }
            if bp.preposition == "ب" { inside = true }
            if bp.preposition == "ل" && !lastBelonging { continue }
            if bp.preposition == "ك" { continue }
            // «في محافظة Y»: inside a governorate is firm.
            if inside, let p = raws[b].m.place, p.level == .governorate { firm = true }
            let relation: Relation
            if firm { relation = .firm } else if near { relation = .near } else if inside {
                relation = .inside
            } else {
                continue
            }
            apply(anchor: b, to: a, relation)
        }
    }

    mutating func apply(anchor b: Int, to a: Int, _ relation: Relation) {
        let bm = raws[b].m
        if raws[b].dropped { return }
        if bm.isForeign {
            // «بلدة نصيب قرب الحدود مع الأردن»: a place by a border is not abroad.
            if isBorder(bm) { return }
            // «مدينة سنجار غرب الموصل», «X في تركيا».
            if raws[a].m.place == nil && raws[a].inner == nil || raws[a].byCue
                || relation != .inside
            {
                raws[a].m.isForeign = true
                raws[a].m.place = nil
                raws[a].m.governorate = nil
                raws[a].m.district = nil
            }
            return
        }
        guard var bg = bm.governorate else {
            if bm.isGeneric || bm.anchoredToGeneric, raws[a].m.place == nil,
                raws[a].m.governorate == nil
            {
                raws[a].m.anchoredToGeneric = true
            }
            return
        }
        var bd: Place? = {
            if let p = bm.place { return p.level == .governorate ? nil : g.district(of: p) }
            return bm.district
        }()
        // Damascus is the city alone: what lies around it («شرق دمشق») is Rif Dimashq,
        // except the city's own neighbourhoods and camps.
        if relation == .near, bg.pcode == "SY01", raws[a].kind != .neighbourhood,
            let rif = g.place(pcode: "SY03")
        {
            bg = rif
            bd = nil
        }
        if raws[a].m.place == nil {
            if raws[a].inner != nil && raws[a].m.governorate != nil { return }
            if !raws[a].hits.isEmpty, pick(a, governorate: bg) { return }
            raws[a].m.governorate = bg
            raws[a].m.district = bd
            return
        }
        guard let ap = raws[a].m.place, g.governorate(of: ap)?.pcode != bg.pcode else { return }
        if pick(a, governorate: bg) { return }
        if raws[a].byAnchorOnly {
            // A common word that only looked like a place.
            raws[a].dropped = true
            return
        }
        if relation == .firm && ap.level >= .subdistrict {
            // Another place of the same name as the gazetteer's.
            raws[a].m.place = nil
            raws[a].m.governorate = bg
            raws[a].m.district = bd
        }
    }

    /// Reads `a` as its gazetteer row in governorate `gov`, if it has one.
    mutating func pick(_ a: Int, governorate gov: Place) -> Bool {
        let inGov = raws[a].hits.filter {
            g.governorate(of: g.places[$0.index])?.pcode == gov.pcode
        }
        guard !inGov.isEmpty else { return false }
        let c = choose(inGov, kind: raws[a].kind)
        guard let p = c.place else { return false }
        raws[a].m.place = p
        raws[a].m.governorate = g.governorate(of: p)
        raws[a].m.district = g.district(of: p)
        return true
    }

    /// An ambiguous name takes the governorate of another place named in the range.
    mutating func disambiguate() {
        for a in raws.indices where raws[a].m.place == nil && raws[a].m.governorate == nil
            && !raws[a].hits.isEmpty
        {
            for b in raws.indices where b != a {
                if let gov = raws[b].m.governorate, pick(a, governorate: gov) { break }
            }
        }
    }

    /// A border mention («الحدود مع الأردن», «الحدود العراقية»): Syria's side too.
    func isBorder(_ m: PlaceMention) -> Bool {
        T.index.readings(t[m.range.lowerBound]).contains { L.border.contains($0.stem) }
    }
}
