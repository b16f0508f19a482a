/// Group adding: groups joined by و in one expression add up («مقتل 25 من المعارضة و9
/// من قوات النظام» = 34); a breakdown after بينهم/منهم does not. Numbers never add up across
/// different nouns: «350 ألف قتيل و7 ملايين لاجئ» is 350,000 killed; after a casualty noun
/// («25 قتيلاً») only another count of that noun adds («و9 قتلى من قوات النظام»), and
/// refugees, the displaced or detainees never do.
extension CasualtyScan {
    /// Coordinated groups after a figure: «و9 من قوات النظام», «وامرأتان», «وضابطاً». With
    /// `countNoun`, the figure was counted by a casualty noun of that kind: a group adds only
    /// with the same noun.
    func coordinated(from start: Int, limit: Int, beforeTrigger: Bool, countNoun: CasualtyKind? = nil) -> (Int, Int)? {
        var total = 0
        var end = start
        var s = start
        var skipped = 0
        while s < limit && skipped <= 3 {
            let t = tokens[s]
            let k = t.key
            // «مقتل 10 من الفصائل، مقابل 7 من قوات النظام»: the other side's dead add up.
            if CasualtyWords.versus.contains(k), s + 1 < limit, let m = CasualtyLexicon.numbers.parse(tokens, at: s + 1, limit: limit),
                let v = m.value, !m.isDual,
                !(m.range.upperBound < limit && CasualtyWords.units.contains(key(m.range.upperBound))),
                !(m.range.upperBound < limit && isOtherCount(m.range.upperBound))
            {
                var e = m.range.upperBound
                if let (_, g) = group(at: s + 1, limit: limit) { e = g }
                total += v
                end = e
                s = e
                skipped = 0
                continue
            }
            if t.boundary >= .comma { break }
            // «سقوط 8 قتلى في صفوف التنظيم و11 في صفوف الجيش»: the ranks a
            // group died in are part of it.
            if s + 1 < limit, CasualtyWords.inKeys.contains(k) || k == CasualtyWords.min,
                CasualtyWords.ranks.contains(key(s + 1)), tokens[s + 1].boundary < .comma
            {
                s += 2
                skipped = 0
                continue
            }
            if CasualtyWords.triggers[k] != nil || CasualtyWords.subset.contains(k) || CasualtyWords.stops.contains(k) { break }
            let startsWithWa = k.unicodeScalars.first == "و"
            guard startsWithWa else {
                s += 1
                skipped += 1
                continue
            }
            guard let (v, e) = group(at: s, limit: limit, countNoun: countNoun) else { break }
            // «و3 آخرون أصيبوا»: the group is the subject of the next verb.
            var after = e
            if let (_, qe) = hedgeAfter(after, limit: hi) { after = qe }
            if !beforeTrigger, after < hi, let next = CasualtyWords.triggers[key(after)], next.isVerb, !next.conjoined {
                break
            }
            total += v
            end = e
            s = e
            skipped = 0
        }
        return total > 0 ? (total, end) : nil
    }

    /// One coordinated group starting at a و-token: a number with a noun, a dual, or a
    /// singular indefinite person noun. After a casualty noun (`countNoun`), a number with
    /// the same casualty noun.
    func group(at s: Int, limit: Int, countNoun: CasualtyKind? = nil) -> (Int, Int)? {
        var j = s
        if key(j) == CasualtyWords.wa {
            j += 1
            guard j < limit, tokens[j].isNumber else { return nil }
        }
        if let kind = countNoun {
            guard let m = CasualtyLexicon.numbers.parse(tokens, at: j, limit: limit), let v = m.value, !m.isDual,
                m.range.upperBound < limit, let t = CasualtyWords.triggers[tokens[m.range.upperBound]], t.kind == kind,
                case .countNoun = t.role
            else { return nil }
            var end = m.range.upperBound + 1
            if end + 1 < limit, key(end) == CasualtyWords.min { end = groupEnd(from: end + 1, limit: limit) }
            return (v, end)
        }
        if let m = CasualtyLexicon.numbers.parse(tokens, at: j, limit: limit) {
            if m.isDual { return (2, m.range.upperBound) }
            guard let v = m.value else { return nil }
            var end = m.range.upperBound
            if end < limit, isOtherCount(end) { return nil }
            if end < limit, let p = person(end), !p.conjoined {
                end += 1
            } else if end + 1 < limit, key(end) == CasualtyWords.min {
                end = groupEnd(from: end + 1, limit: limit)
            } else {
                return nil
            }
            if let (_, e) = hedgeAfter(end, limit: limit) { end = e }
            return (v, end)
        }
        if let p = person(j), p.conjoined, !p.definite, !CasualtyWords.otherCounts.contains(tokens[j]) {
            switch p.number {
            case .singular: return (1, j + 1)
            case .dual: return (2, j + 1)
            default: return nil
            }
        }
        return nil
    }

    /// The end of a «من …» group: up to three words, stopping at punctuation, prepositions,
    /// triggers and و-words.
    func groupEnd(from start: Int, limit: Int) -> Int {
        var e = start
        while e < min(limit, start + 3) {
            let t = tokens[e]
            if e > start && t.boundary >= .comma { break }
            let k = t.key
            if CasualtyWords.triggers[k] != nil || CasualtyWords.stops.contains(k) || CasualtyWords.subset.contains(k) { break }
            if e > start && (k.unicodeScalars.first == "و" || t.isNumber) { break }
            e += 1
        }
        return max(e, start + 1)
    }

    /// A noun that counts people who are not dead or hurt: refugees, the displaced,
    /// detainees («7 ملايين لاجئ»).
    func isOtherCount(_ j: Int) -> Bool {
        CasualtyWords.otherCounts.contains(tokens[j])
    }
}

extension CasualtyWords {
    /// «في صفوف», «من صفوف»: the ranks a group died in.
    static let ranks = WordSet(.exact, ["صفوف"])
    /// People counted as something other than dead or wounded.
    static let otherCounts = WordSet(.procliticsAndSuffixes, [
        "لاجئ", "لاجئا", "لاجئين", "لاجئون", "نازح", "نازحا", "نازحين", "نازحون", "مهجر", "مهجرين",
        "مشرد", "مشردين", "معتقل", "معتقلا", "معتقلين", "معتقلون", "أسير", "أسيرا", "أسرى", "سجين",
        "سجناء", "مهاجر", "مهاجرين", "مفقود", "مفقودين", "مختطف", "مختطفين", "رهينة", "رهائن",
        "نسمة",
    ])
}
