/// Casualty figures: a number, a vague quantity or a counted person noun, read after a
/// trigger, before one, or after an active verb's subject.
extension CasualtyScan {
    /// Reads a figure starting at j: [hedge] number|vague|dual|person noun [noun] [من group].
    func figure(at j0: Int, mode: FigureMode, limit: Int) -> CasualtyFigure? {
        var j = j0
        guard j < limit else { return nil }
        if mode == .slot, CasualtyWords.resumptive.contains(key(j)) { j += 1 }
        var qualifier: Casualty.Qualifier? = nil
        var isRange = false
        if let (q, len, range) = prefixQualifier(at: j, limit: limit) {
            qualifier = q
            isRange = range
            j += len
        }
        // «الـ25»: a detached article.
        if j + 1 < limit, tokens[j].key == CasualtyWords.article, tokens[j + 1].isNumber { j += 1 }
        guard j < limit else { return nil }
        let t = tokens[j]

        // Digits stripped by the source: a gap, then the counted noun (or «ألف», «من»).
        if t.gapBefore, !t.isNumber, j > lo, !tokens[j - 1].isNumber, gapSlotFits(j, limit: limit) {
            var end = j + 1
            if NumberParser.isNumberWord(t.key), end < limit, person(end) != nil { end += 1 }
            return CasualtyFigure(casualty: Casualty(qualifier: .digitsMissing), range: j0..<end)
        }

        if let m = CasualtyLexicon.numbers.parse(tokens, at: j, limit: limit) {
            var end = m.range.upperBound
            if m.isDual {
                if mode == .strict, let p = person(j), p.definite { return nil }
                return CasualtyFigure(casualty: Casualty(value: 2, qualifier: qualifier), range: j0..<end)
            }
            // «ما بين 25 و30»: the upper bound is skipped.
            if isRange, end < limit {
                if key(end) == CasualtyWords.wa, end + 1 < limit, tokens[end + 1].isNumber {
                    end += 2
                } else if let m2 = CasualtyLexicon.numbers.parse(tokens, at: end, limit: limit), m2.value != nil,
                    tokens[end].key.unicodeScalars.first == "و"
                {
                    end = m2.range.upperBound
                }
            } else if end < limit, let v = m.value, tokens[end].isNumber, tokens[end].boundary == .quote,
                let upper = NumberParser.integerValue(ofDigits: tokens[end].key), upper > v
            {
                // «10-15 مدنياً»: a range, read as its lower bound.
                if qualifier == nil { qualifier = .atLeast }
                end += 1
            }
            if end < limit, CasualtyWords.units.contains(key(end)) { return nil }
            if end + 1 < limit, CasualtyWords.inKeys.contains(key(end)), CasualtyWords.percentWords.contains(key(end + 1)) {
                return nil
            }
            var hasNoun = false
            // «5 على الأقل من عناصر …»
            if let (q, e) = hedgeAfter(end, limit: limit) {
                if qualifier == nil { qualifier = q }
                end = e
            }
            if end < limit, let p = person(end), !p.conjoined {
                hasNoun = true
                end += 1
            } else if end + 1 < limit, key(end) == CasualtyWords.min, !tokens[end + 1].isNumber,
                tokens[end + 1].boundary < .comma
            {
                hasNoun = true
                end = groupEnd(from: end + 1, limit: limit)
            }
            if mode == .strict && !hasNoun { return nil }
            if hasNoun, let (q, e) = hedgeAfter(end, limit: limit) {
                if qualifier == nil { qualifier = q }
                end = e
            }
            if let v = m.value {
                if !hasNoun && (1900...2100).contains(v) && m.range.count == 1 { return nil }
                return CasualtyFigure(casualty: Casualty(value: v, qualifier: qualifier), range: j0..<end, hasNumber: true,
                              hasNoun: hasNoun)
            }
            if mode == .strict && !hasNoun { return nil }
            let word = m.vagueWord ?? ""
            return CasualtyFigure(casualty: Casualty(qualifier: .vague(word)), range: j0..<end, hasNumber: true,
                          hasNoun: hasNoun)
        }

        // A person noun with no number.
        guard qualifier == nil, let p = person(j), !p.conjoined else { return nil }
        var end = j + 1
        switch p.number {
        case .singular:
            if mode == .strict && (p.definite || !p.accusative) { return nil }
            if mode == .beforeCountNoun { return nil }
            // «بقتل الرئيس»… going back, «الأميركي» is an adjective, not a victim.
            if mode == .beforeVerb && p.definite { return nil }
            // «شخص واحد»
            if end < limit, let n = CasualtyLexicon.numbers.parse(tokens, at: end, limit: limit), n.value == 1,
                n.range.count == 1
            {
                end += 1
            }
            if let (_, e) = hedgeAfter(end, limit: limit) { end = e }
            // «استشهاد الشاب أحمد … والطفل محمد …»: named victims counted (`MartyrdomPhrases`).
            if mode == .slot, p.definite, let list = namedVictims(from: j) {
                return CasualtyFigure(casualty: Casualty(value: list.count), range: j0..<list.end)
            }
            return CasualtyFigure(casualty: Casualty(value: 1), range: j0..<end)
        case .dual:
            return CasualtyFigure(casualty: Casualty(value: 2), range: j0..<end)
        case .plural, .ambiguous:
            // «مقاتلين اثنين», «عسكريين تركيين اثنين».
            for at in [end, end + 1] where at < limit {
                if at > end && !isFiller(end) { break }
                if let n = CasualtyLexicon.numbers.parse(tokens, at: at, limit: limit), n.value == 2, n.range.count == 1,
                    !n.isDual
                {
                    return CasualtyFigure(casualty: Casualty(value: 2), range: j0..<at + 1)
                }
            }
            if mode == .strict || mode == .beforeCountNoun { return nil }
            return CasualtyFigure(casualty: Casualty(qualifier: .unspecified), range: j0..<end)
        }
    }

    /// The leftmost figure that ends right before token k (allowing one adjective between),
    /// with its coordinated groups («25 مقاتلاً من الفصائل وثمانية من مقاتلي داعش قتلوا»).
    func figureBefore(_ k: Int, mode: FigureMode) -> CasualtyFigure? {
        let floor = max(consumedEnd, lo, k - 16)
        var found: CasualtyFigure? = nil
        // Where the figure must end: the trigger, or a breakdown in front of it
        // («289 مدنياً على الأقل، بينهم 43 طفلاً، قتلوا»).
        var target = k
        // Across a comma right before the trigger, only a number or a breakdown counts
        // («… وثمانية من مقاتلي داعش، قتلوا»), not a lone noun («من جهة أخرى، قتل»).
        let commaBefore = tokens[k].boundary >= .comma
        var crossedBreakdown = false
        var fallback: CasualtyFigure? = nil
        var s = k - 1
        while s >= floor {
            if CasualtyWords.subset.contains(key(s)) {
                // A figure right after «بينهم» is a breakdown; one further on («من بينها
                // الهجوم الذي أوقع 32 قتيلاً») is not.
                if fallback == nil, let f = found, f.range.lowerBound > s + 1 { fallback = f }
                found = nil
                target = s
                crossedBreakdown = true
                if s == lo { break }
                s -= 1
                continue
            }
            if var f = figure(at: s, mode: mode, limit: target), !commaBefore || crossedBreakdown || f.hasNumber {
                var end = f.range.upperBound
                if end < target, let v = f.casualty.value,
                    let (extra, e) = coordinated(from: end, limit: target, beforeTrigger: true)
                {
                    f.casualty.value = v + extra
                    f.range = f.range.lowerBound..<e
                    end = e
                }
                // One word may stand between: an adjective or «قد» after a counted noun
                // («3225 شخصاً مجهولاً قتلوا», «915 شخصاً قد قتلوا»), only a nisba after a
                // bare number (not «61 ألف جريمة قتل»).
                let gapOK = end == target - 1 && mode == .beforeVerb
                    && (f.hasNoun || !f.hasNumber ? isFiller(target - 1) : isAdjectiveLike(target - 1))
                if (end == target || gapOK)
                    && (s >= target - 8 || f.range.count > 3)
                    && !(mode == .beforeVerb && CasualtyWords.others.contains(key(s)))
                {
                    f.range = f.range.lowerBound..<k
                    found = f
                }
            }
            // Do not cross punctuation (except before a breakdown) or another trigger.
            if tokens[s].boundary >= .comma { break }
            if s < k - 1 && CasualtyWords.triggers[key(s)] != nil { break }
            s -= 1
        }
        return found ?? fallback
    }

    /// After an active verb and its subject: «قتلت قوات النظام 5 مدنيين».
    func scan(from start: Int) -> CasualtyFigure? {
        scanFigure(from: start, limit: hi)
    }

    func scanFigure(from start: Int, limit: Int) -> CasualtyFigure? {
        var s = start
        while s < min(limit, start + 8) {
            if s > start && tokens[s].boundary >= .comma { return nil }
            let k = key(s)
            if CasualtyWords.triggers[k] != nil || CasualtyWords.subset.contains(k) { return nil }
            if let f = figure(at: s, mode: .strict, limit: limit) { return f }
            // «قتل واعتقل 16 شخصاً»: another verb, another object.
            if ClauseSplitter.isConjoinedVerb(k) { return nil }
            s += 1
        }
        return nil
    }

    /// The number in «عدد القتلى إلى 305», «حصيلة القتلى 20 شخصاً», «عدد القتلى جراء
    /// الغارات على مدينة دوما الأربعاء إلى 27».
    func numberAfterCount(from start: Int) -> CasualtyFigure? {
        var s = start
        while s < min(hi, start + 12) {
            if tokens[s].boundary >= .comma && s > start { return nil }
            if CasualtyWords.triggers[key(s)] != nil { return nil }
            if CasualtyWords.toWords.contains(key(s)) || tokens[s].isNumber || NumberParser.isNumberWord(key(s)) {
                let from = CasualtyWords.toWords.contains(key(s)) ? s + 1 : s
                if let f = figure(at: from, mode: .slot, limit: hi), f.casualty.isMentioned {
                    // «بلغ عدد الضحايا أكثر من 100 قتيل وجريح»: the dead and the wounded
                    // together, which the count noun after the number reads.
                    return countsBothKinds(after: f) ? nil : f
                }
            }
            s += 1
        }
        return nil
    }

    /// The figure is followed by a count noun of one kind joined to one of the other
    /// («100 قتيل وجريح», «قتلى وجرحى»): one number for both.
    func countsBothKinds(after f: CasualtyFigure) -> Bool {
        for k in [f.range.upperBound - 1, f.range.upperBound] where k >= lo && k + 1 < hi {
            guard let a = CasualtyWords.triggers[key(k)], case .countNoun = a.role,
                let b = CasualtyWords.triggers[key(k + 1)], b.conjoined, b.kind != a.kind, case .countNoun = b.role
            else { continue }
            return true
        }
        return false
    }
}
