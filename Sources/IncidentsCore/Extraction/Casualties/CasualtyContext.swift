/// The context of a trigger or a figure: injury words nearby, person nouns, fillers and
/// adjectives, illness, negation, a court's sentence, punctuation.
extension CasualtyScan {
    func hasInjuryContext(after k: Int) -> Bool {
        var s = k + 1
        while s < min(hi, k + 5) {
            if CasualtyWords.injuryContext.contains(key(s)) { return true }
            s += 1
        }
        return false
    }

    func person(_ j: Int) -> CasualtyLexicon.PersonNoun? {
        CasualtyLexicon.personNouns[tokens[j]]
    }

    /// After a gap, what shows a stripped number: a person noun, «من», a scale word, a
    /// casualty noun.
    func gapSlotFits(_ j: Int, limit: Int) -> Bool {
        let k = key(j)
        if person(j) != nil || k == CasualtyWords.min { return true }
        if CasualtyWords.scaleWords.contains(k) { return true }
        if let t = CasualtyWords.triggers[k], case .countNoun = t.role { return true }
        return false
    }

    /// A word that may stand between a counted noun and what follows: an adjective, «قد».
    func isFiller(_ j: Int) -> Bool {
        let k = key(j)
        return !tokens[j].isNumber && tokens[j].boundary < .comma && CasualtyWords.triggers[k] == nil
            && !CasualtyWords.stops.contains(k) && !NumberParser.isNumberWord(k)
    }

    /// A nisba adjective («تركياً», «تركيين»), or a plural people noun used as one
    /// («جنود أتراك»).
    func isAdjectiveLike(_ j: Int) -> Bool {
        let k = key(j)
        guard isFiller(j) else { return false }
        // «جنود أتراك», «مقاتلين أجانب».
        if let p = person(j), !p.definite, p.number == .plural { return true }
        let scalars = Array(k.unicodeScalars.suffix(3))
        guard scalars.count >= 2 else { return false }
        let ya: Unicode.Scalar = "\u{064A}"
        let last = scalars[scalars.count - 1]
        let before = scalars[scalars.count - 2]
        // -ي, -يا, -يه (-ية), -ين/-ون/-ان after ي.
        if last == ya { return true }
        if before == ya && (last == "\u{0627}" || last == "\u{0647}") { return true }
        if scalars.count == 3 && scalars[0] == ya && last == "\u{0646}" { return true }
        return false
    }

    /// «أصيب بمرض», «إصابة 20 شخصاً بالكوليرا»: an illness, not a wound.
    func isIllness(after k: Int) -> Bool {
        var s = k + 1
        while s < min(hi, k + 6) {
            if CasualtyWords.illness.contains(key(s)) { return true }
            s += 1
        }
        return false
    }

    func isNegated(_ k: Int) -> Bool { negator(of: k) != nil }

    /// The negation of the trigger at k: a negator up to five words before («لم تسفر عن
    /// إصابات»), «لا» right before, or the negated trigger it is joined to («قتلى أو جرحى»,
    /// «قتلى وجرحى»). Returns the negator's index.
    func negator(of k: Int) -> Int? {
        if k > lo, CasualtyWords.notRightBefore.contains(key(k - 1)) { return k - 1 }
        if lastNegated >= lo, lastNegated == k - 1 || (lastNegated == k - 2 && CasualtyWords.orWords.contains(key(k - 1))) {
            return lastNegated
        }
        var s = k - 1
        while s >= max(lo, k - 5) {
            if CasualtyWords.negators.contains(key(s)) { return s }
            s -= 1
        }
        return nil
    }

    /// A negated casualty word that says nobody was hurt: an indefinite count («قتلى»,
    /// «إصابات», «خسائر بشرية»), negated as a fact («لم تسفر», «دون»), not a future («لن»)
    /// nor a lack of news («لم ترد أنباء عن إصابات», «لم يعرف عدد القتلى»).
    func saysNobodyHurt(_ t: CasualtyTrigger, at k: Int, negator: Int) -> Bool {
        switch t.role {
        case .countNoun(_, let definite, _):
            if definite { return false }
        case .eventNoun:
            if t.kind != .wounded { return false }
        case .losses:
            guard k + 1 < hi, CasualtyWords.humanLosses.contains(key(k + 1)) else { return false }
        default:
            return false
        }
        if CasualtyWords.futureNegators.contains(key(negator)) { return false }
        var s = max(lo, min(negator, k - 5))
        while s < k {
            if CasualtyWords.noNewsWords.contains(key(s)) { return false }
            s += 1
        }
        return true
    }

    /// A named victim right after a death noun: a name marker («مقتل أبو محمد الجولاني»,
    /// «مقتل المدعو …»), or a name of one to three words and, after a comma, a title or kin
    /// word in apposition («مقتل سليم الحوراني، القيادي في الفصيل», «مقتل ماهر
    /// العكيدي، شقيق قائد اللواء»). Returns the end of the expression.
    func namedVictim(after k: Int) -> Int? {
        let j = k + 1
        guard j + 1 < hi, tokens[j].boundary < .comma else { return nil }
        if CasualtyWords.nameMarkers.contains(tokens[j]) { return j + 2 }
        var s = j
        while s < min(hi, j + 4) {
            let t = tokens[s]
            if s > j, t.boundary == .comma {
                if let p = person(s), p.number == .singular, p.definite { return s + 1 }
                if CasualtyWords.appositions.contains(t) { return s + 1 }
                return nil
            }
            if t.boundary >= .comma || t.isNumber || NumberParser.isNumberWord(t.key) || person(s) != nil
                || CasualtyWords.triggers[t] != nil || CasualtyWords.stops.contains(t) || CasualtyWords.subset.contains(t)
            {
                return nil
            }
            s += 1
        }
        return nil
    }

    /// «خسائر مادية فقط», «اقتصرت الأضرار على الخسائر المادية».
    func materialOnly(_ k: Int) -> Bool {
        if k + 2 < hi, CasualtyWords.only.contains(key(k + 2)) { return true }
        var s = k - 1
        while s >= max(lo, k - 5) {
            if CasualtyWords.limitedTo.contains(key(s)) { return true }
            s -= 1
        }
        return false
    }

    /// «حكم بإعدام», «يهدد بإعدام»: a sentence or a threat, not a killing.
    func isCourtContext(_ k: Int) -> Bool {
        var s = k - 1
        while s >= max(lo, k - 6) {
            if CasualtyWords.courtWords.contains(key(s)) { return true }
            s -= 1
        }
        return false
    }

    /// No comma or full stop before any token in [from, to).
    func noBreak(_ from: Int, _ to: Int) -> Bool {
        var j = from
        while j < min(to, hi) {
            if tokens[j].boundary >= .comma { return false }
            j += 1
        }
        return true
    }
}
