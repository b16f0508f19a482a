/// Trigger words: what each kind of death or injury word reads around it, and how a
/// figure found for it is finished (qualifiers, injury phrase, groups, toll).
extension CasualtyScan {
    mutating func handle(_ t: CasualtyTrigger, at k: Int) {
        if t.kind == .wounded && isIllness(after: k) {
            consumedEnd = k + 1
            return
        }
        // «لم تسفر عن إصابات», «دون سقوط قتلى أو جرحى»: nobody hurt is a known zero.
        if let negator = negator(of: k) {
            if saysNobodyHurt(t, at: k, negator: negator) {
                offer(t.kind, CasualtyFigure(casualty: Casualty(value: 0), range: k..<k + 1))
                if t.kind == .wounded || t.role.isLosses {
                    offer(.killed, CasualtyFigure(casualty: Casualty(value: 0), range: k..<k + 1))
                }
            }
            lastNegated = k
            consumedEnd = k + 1
            return
        }
        switch t.role {
        case .eventNoun(let needsFigure, let alsoCount):
            // «20 إصابة»: a number right before the noun, not a noun phrase («151 طفلاً، وإصابة»).
            if alsoCount, tokens[k].boundary < .comma, k > lo, person(k - 1) == nil,
                let pre = figureBefore(k, mode: .beforeCountNoun)
            {
                finish(t.kind, pre.casualty, pre.range.lowerBound, k + 1)
                return
            }
            if t.blockedByCourt && isCourtContext(k) {
                consumedEnd = k + 1
                return
            }
            if combined(t, at: k) { return }
            if let f = figure(at: k + 1, mode: .slot, limit: hi) {
                finish(t.kind, f.casualty, k, f.range.upperBound)
            } else if t.kind == .killed, let e = namedVictim(after: k) {
                // «مقتل سليم الحوراني، القيادي في الفصيل»: one named person.
                finish(t.kind, Casualty(value: 1), k, e)
            } else if !needsFigure {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 1)
            } else {
                consumedEnd = k + 1
            }
        case .verb(let plural, let needsFigure):
            let before = figureBefore(k, mode: .beforeVerb)
            // «قتل وجرح 20 شخصاً», but not «طفلة قُتلت وجرح مدنيون».
            if before == nil, combined(t, at: k) { return }
            let after = figure(at: k + 1, mode: .slot, limit: hi)
            var useBefore: Bool
            switch (after, before) {
            case (nil, nil): useBefore = false
            case (nil, .some): useBefore = true
            case (.some, nil): useBefore = false
            case (.some(let a), .some(let b)):
                useBefore = plural ? b.strength >= a.strength : b.strength > a.strength
            }
            if useBefore, var b = before {
                if t.dualVerb, b.casualty.qualifier == .unspecified { b.casualty = Casualty(value: 2) }
                finish(t.kind, b.casualty, b.range.lowerBound, k + 1, forward: false)
            } else if let a = after {
                finish(t.kind, a.casualty, k, a.range.upperBound)
            } else if let s = scan(from: k + 1) {
                finish(t.kind, s.casualty, k, s.range.upperBound)
            } else if !needsFigure && (!t.needsContext || hasInjuryContext(after: k)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 1)
            } else {
                consumedEnd = k + 1
            }
        case .activeVerb:
            if combined(t, at: k) { return }
            if let f = figure(at: k + 1, mode: .slot, limit: hi) ?? scan(from: k + 1) {
                finish(t.kind, f.casualty, k, f.range.upperBound)
            } else if hasInjuryContext(after: k) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 1)
            } else {
                consumedEnd = k + 1
            }
        case .countNoun(let number, let definite, let needsQuantity):
            countNoun(t, at: k, number: number, definite: definite, needsQuantity: needsQuantity)
        case .meetDeath:
            meetDeath(t, at: k)
        case .martyr:
            martyr(t, at: k)
        case .tookLives:
            // «أودى بحياة 12 مدنياً», «أودى القصف بحياة …».
            var b = k + 1
            while b < min(hi, k + 5) && !CasualtyWords.lives.contains(key(b)) { b += 1 }
            guard b < min(hi, k + 5) else {
                consumedEnd = k + 1
                return
            }
            if let f = figure(at: b + 1, mode: .slot, limit: hi) {
                finish(t.kind, f.casualty, k, f.range.upperBound)
            } else {
                finish(t.kind, Casualty(qualifier: .unspecified), k, b + 1)
            }
        case .losses:
            if k + 1 < hi, CasualtyWords.materialLosses.contains(key(k + 1)), materialOnly(k) {
                // «خسائر مادية فقط», «اقتصرت على الخسائر المادية»: nobody hurt.
                finish(.killed, Casualty(value: 0), k, k + 2)
                finish(.wounded, Casualty(value: 0), k, k + 2)
            } else if k + 1 < hi, CasualtyWords.humanLosses.contains(key(k + 1)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 2)
            } else if k + 2 < hi, CasualtyWords.inKeys.contains(key(k + 1)), CasualtyWords.lifeWords.contains(key(k + 2)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 3)
            } else {
                consumedEnd = k + 1
            }
        }
    }

    /// Records a figure for `kind` over [from, to), after the trailing qualifiers, the
    /// injury phrase, the coordinated groups and the toll check.
    /// `countNoun`: the figure was counted by a casualty noun («25 قتيلاً»), so only groups
    /// of that noun add to it.
    mutating func finish(_ kind: CasualtyKind, _ c: Casualty, _ from: Int, _ to: Int, forward: Bool = true,
                         countNoun: Bool = false)
    {
        var casualty = c
        var end = to
        if casualty.value != nil && forward {
            // «… على الأقل» a few words later.
            if casualty.qualifier == nil, let (q, e) = trailingQualifier(from: end) {
                casualty.qualifier = q
                end = e
            }
            end = skipInjuryPhrase(from: end)
            if let (extra, e) = coordinated(from: end, limit: hi, beforeTrigger: false, countNoun: countNoun ? kind : nil) {
                casualty.value! += extra
                end = e
            }
        } else {
            if let (_, e) = trailingQualifier(from: end), casualty.qualifier != .digitsMissing {
                end = e
            }
            end = skipInjuryPhrase(from: end)
        }
        if casualty.isMentioned, isToll(from, end) {
            casualty = Casualty(value: nil, qualifier: CasualtyReader.tollQualifier)
        }
        offer(kind, CasualtyFigure(casualty: casualty, range: from..<end))
        consumedEnd = max(consumedEnd, end)
    }

    /// «مقتل وإصابة 20 شخصاً», «قتلى وجرحى», «قتلت وأصابت عدداً من الأشخاص»: one figure for
    /// both kinds. Exact → both unspecified; vague → both vague; none → both unspecified.
    mutating func combined(_ t: CasualtyTrigger, at k: Int) -> Bool {
        guard k + 1 < hi, let other = CasualtyWords.triggers[key(k + 1)], other.conjoined, other.kind != t.kind,
            tokens[k + 1].boundary < .comma
        else { return false }
        switch other.role {
        case .eventNoun, .verb, .activeVerb: break
        default: return false
        }
        var shared = Casualty(qualifier: .unspecified)
        var end = k + 2
        if let f = figure(at: k + 2, mode: .slot, limit: hi) {
            end = f.range.upperBound
            if f.casualty.value == nil { shared = f.casualty }
        } else if case .eventNoun(needsFigure: true, alsoCount: _) = other.role {
            return false
        }
        finish(.killed, shared, k, end)
        finish(.wounded, shared, k, end)
        return true
    }

    mutating func countNoun(_ t: CasualtyTrigger, at k: Int, number: CasualtyLexicon.NounNumber, definite: Bool,
                            needsQuantity: Bool)
    {
        // «قتلى وجرحى», «عشرات القتلى والجرحى», «20 قتيلاً وجريحاً».
        var bothKinds = false
        if k + 1 < hi, let other = CasualtyWords.triggers[key(k + 1)], other.conjoined, other.kind != t.kind,
            tokens[k + 1].boundary < .comma, case .countNoun = other.role
        {
            bothKinds = true
        }
        // «سقط 50 بين قتيل وجريح»: one figure for the dead and the wounded together.
        if k > lo, CasualtyWords.betweenWord == key(k - 1), number == .singular {
            let pre = figureBefore(k - 1, mode: .beforeCountNoun)
            var shared = Casualty(qualifier: .unspecified)
            if let pre, pre.casualty.value == nil { shared = pre.casualty }
            let from = pre?.range.lowerBound ?? k - 1
            var end = k + 1
            if k + 1 < hi, tokens[k + 1].boundary < .comma, key(k + 1).unicodeScalars.first == "و" { end = k + 2 }
            finish(t.kind, shared, from, end)
            if bothKinds { finish(t.kind == .killed ? .wounded : .killed, shared, from, end) }
            return
        }
        let pre = figureBefore(k, mode: .beforeCountNoun)
        if let pre, pre.range.lowerBound < k, isNegated(pre.range.lowerBound) {
            consumedEnd = k + 1
            return
        }
        let end = bothKinds ? k + 2 : k + 1
        // «تضامناً مع الشهداء والجرحى»: definite, no quantity, not a count.
        if definite && pre == nil && !(k > lo && (CasualtyWords.among.contains(key(k - 1)) || CasualtyWords.countWords.contains(key(k - 1)))) {
            consumedEnd = end
            return
        }
        if bothKinds {
            var shared = Casualty(qualifier: .unspecified)
            if let pre, pre.casualty.value == nil { shared = pre.casualty }
            if needsQuantity && pre == nil {
                consumedEnd = end
                return
            }
            let from = pre?.range.lowerBound ?? k
            finish(.killed, shared, from, end)
            finish(.wounded, shared, from, end)
            return
        }
        if let pre {
            finish(t.kind, pre.casualty, pre.range.lowerBound, end, countNoun: true)
            return
        }
        if tokens[k].gapBefore, k > lo, !tokens[k - 1].isNumber {
            finish(t.kind, Casualty(qualifier: .digitsMissing), k, end)
            return
        }
        // «عدد القتلى», «حصيلة قتلى النظام … إلى 305»: a reference to a count.
        if k > lo, CasualtyWords.countWords.contains(key(k - 1)) {
            if let f = numberAfterCount(from: k + 1) {
                finish(t.kind, f.casualty, k - 1, f.range.upperBound)
            } else {
                consumedEnd = k + 1
            }
            return
        }
        if definite {
            // «من بين القتلى خمسة»: a breakdown of deaths told elsewhere.
            if k > lo, CasualtyWords.among.contains(key(k - 1)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k - 1, end)
                return
            }
            consumedEnd = k + 1
            return
        }
        if needsQuantity {
            consumedEnd = k + 1
            return
        }
        switch number {
        case .singular: finish(t.kind, Casualty(value: 1), k, end)
        case .dual: finish(t.kind, Casualty(value: 2), k, end)
        case .plural, .ambiguous: finish(t.kind, Casualty(qualifier: .unspecified), k, end)
        }
    }

    /// «لقي 5 أشخاص مصرعهم», «لقي شخص حتفه», «شخصين لقيا حتفهما».
    mutating func meetDeath(_ t: CasualtyTrigger, at k: Int) {
        var m = k + 1
        var object: CasualtyLexicon.NounNumber? = nil
        while m < min(hi, k + 8) {
            if let o = CasualtyWords.deathObjects[key(m)] {
                object = o
                break
            }
            m += 1
        }
        guard let object else {
            consumedEnd = k + 1
            return
        }
        if let f = figure(at: k + 1, mode: .slot, limit: m) {
            finish(t.kind, f.casualty, k, m + 1)
        } else if let b = figureBefore(k, mode: .beforeVerb) {
            finish(t.kind, b.casualty, b.range.lowerBound, m + 1, forward: false)
        } else if let s = scanFigure(from: k + 1, limit: m) {
            finish(t.kind, s.casualty, k, m + 1)
        } else {
            switch object {
            case .singular: finish(t.kind, Casualty(value: 1), k, m + 1)
            case .dual: finish(t.kind, Casualty(value: 2), k, m + 1)
            default: finish(t.kind, Casualty(qualifier: .unspecified), k, m + 1)
            }
        }
    }
}
