/// The killed and wounded figures one clause gives.
public struct CasualtyReading: Sendable, Equatable {
    public var killed: Casualty
    public var wounded: Casualty
    /// The tokens of the death expression that gave `killed` («مقتل 25 عنصراً»).
    public var killedRange: Range<Int>?
    /// The tokens of the injury expression that gave `wounded`.
    public var woundedRange: Range<Int>?

    public init(
        killed: Casualty = .none, wounded: Casualty = .none,
        killedRange: Range<Int>? = nil, woundedRange: Range<Int>? = nil
    ) {
        self.killed = killed
        self.wounded = wounded
        self.killedRange = killedRange
        self.woundedRange = woundedRange
    }

    public static let none = CasualtyReading()
}

/// Finds death and injury expressions in a clause and the figure attached to each.
///
/// Where the figure is looked for, by the kind of trigger word:
/// * nouns of the event («مقتل», «مصرع», «استشهاد», «إصابة», «إعدام», «وفاة»): right after
///   it, behind an optional hedge («مقتل ما لا يقل عن 25 عنصراً»);
/// * verbs («قتل», «قتلوا», «أصيب», «قضوا»): right after it (a passive subject), right before
///   it («خمسة وثلاثين مدنياً على الأقل قتلوا», «طفلة قُتلت»), or after the subject of an
///   active verb («قتلت قوات النظام 5 مدنيين»);
/// * casualty nouns («قتلى», «قتيلاً», «جرحى», «مصابين», «ضحايا»): right before it
///   («ستة قتلى», «عشرات الجرحى»);
/// * «لقي … مصرعهم/حتفهم», «أودى بحياة …», «خسائر بشرية».
///
/// A singular person noun with no number is 1 («مقتل طفل»), a dual is 2 («بإعدام شخصين»).
/// Hedges give `.atLeast`, `.moreThan` or `.about`. A casualty noun after a double space
/// (digits stripped by the source) gives `.digitsMissing`; vague quantities give
/// `.vague(word)`; casualties with no quantity give `.unspecified`.
///
/// Groups joined by و in one expression add up («مقتل 25 من المعارضة و9 من قوات النظام» =
/// 34); a breakdown after بينهم/منهم does not. A figure near a cumulative-toll cue
/// («ارتفعت حصيلة القتلى إلى», «منذ بداية», «خلال الشهر») is returned as value nil,
/// `.vague("حصيلة")`: it is not one incident's count.
///
/// When a clause holds several expressions of one kind, the strongest wins (an exact figure,
/// then digits missing, then a vague word, then a toll, then unspecified); between equals,
/// the first. A combined figure («مقتل وإصابة 20 شخصاً») gives both kinds `.unspecified`
/// (or both the vague word). A negated mention («لم تسفر عن إصابات») is ignored.
public enum CasualtyReader {
    public static func read(_ tokens: [Token], in clause: Range<Int>) -> CasualtyReading {
        let lo = max(0, clause.lowerBound)
        let hi = min(tokens.count, clause.upperBound)
        guard lo < hi else { return .none }
        var reader = Reader(tokens: tokens, lo: lo, hi: hi)
        reader.run()
        return reader.reading()
    }

    /// The toll qualifier: a cumulative count, not one incident's.
    public static let tollQualifier = Casualty.Qualifier.vague("حصيلة")
}

// MARK: - Reader

private enum Kind { case killed, wounded }

private struct Figure {
    var casualty: Casualty
    var range: Range<Int>
    /// Read from a number (digits, words, vague quantity), not implied by a noun.
    var hasNumber = false
    /// The number has its counted noun or «من» group («25 عنصراً», «5 من عناصر»).
    var hasNoun = false

    var strength: Int {
        if casualty.value != nil { return 5 }
        switch casualty.qualifier {
        case .digitsMissing: return 4
        case .vague(let w): return w == "حصيلة" ? 2 : 3
        case .unspecified: return 1
        default: return 0
        }
    }
}

/// Where a figure is read, which decides what it needs.
private enum Mode {
    /// Right after a trigger: a bare number is enough.
    case slot
    /// After skipping other words: needs a counted person noun.
    case strict
    /// Ending right before a verb trigger.
    case beforeVerb
    /// Ending right before a casualty noun («ستة قتلى»): the noun is the trigger itself.
    case beforeCountNoun
}

private struct Reader {
    let tokens: [Token]
    let lo: Int
    let hi: Int
    var consumedEnd: Int
    var bestKilled: Figure? = nil
    var bestWounded: Figure? = nil

    init(tokens: [Token], lo: Int, hi: Int) {
        self.tokens = tokens
        self.lo = lo
        self.hi = hi
        self.consumedEnd = lo
    }

    func reading() -> CasualtyReading {
        CasualtyReading(
            killed: bestKilled?.casualty ?? .none, wounded: bestWounded?.casualty ?? .none,
            killedRange: bestKilled?.range, woundedRange: bestWounded?.range)
    }

    mutating func offer(_ kind: Kind, _ f: Figure) {
        switch kind {
        case .killed:
            if let b = bestKilled, b.strength >= f.strength { return }
            bestKilled = f
        case .wounded:
            if let b = bestWounded, b.strength >= f.strength { return }
            bestWounded = f
        }
    }

    @inline(__always) func key(_ j: Int) -> String { tokens[j].key }

    mutating func run() {
        var k = lo
        while k < hi {
            guard let trigger = Lex.triggers[tokens[k]], k >= consumedEnd else {
                k += 1
                continue
            }
            handle(trigger, at: k)
            k = max(k + 1, consumedEnd)
        }
    }

    // MARK: Triggers

    mutating func handle(_ t: Trigger, at k: Int) {
        if isNegated(k) || (t.kind == .wounded && isIllness(after: k)) {
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
        case .tookLives:
            // «أودى بحياة 12 مدنياً», «أودى القصف بحياة …».
            var b = k + 1
            while b < min(hi, k + 5) && !Lex.lives.contains(key(b)) { b += 1 }
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
            if k + 1 < hi, Lex.humanLosses.contains(key(k + 1)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 2)
            } else if k + 2 < hi, Lex.inKeys.contains(key(k + 1)), Lex.lifeWords.contains(key(k + 2)) {
                finish(t.kind, Casualty(qualifier: .unspecified), k, k + 3)
            } else {
                consumedEnd = k + 1
            }
        }
    }

    /// Records a figure for `kind` over [from, to), after the trailing qualifiers, the
    /// injury phrase, the coordinated groups and the toll check.
    mutating func finish(_ kind: Kind, _ c: Casualty, _ from: Int, _ to: Int, forward: Bool = true) {
        var casualty = c
        var end = to
        if casualty.value != nil && forward {
            // «… على الأقل» a few words later.
            if casualty.qualifier == nil, let (q, e) = trailingQualifier(from: end) {
                casualty.qualifier = q
                end = e
            }
            end = skipInjuryPhrase(from: end)
            if let (extra, e) = coordinated(from: end, limit: hi, beforeTrigger: false) {
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
        offer(kind, Figure(casualty: casualty, range: from..<end))
        consumedEnd = max(consumedEnd, end)
    }

    /// «مقتل وإصابة 20 شخصاً», «قتلى وجرحى», «قتلت وأصابت عدداً من الأشخاص»: one figure for
    /// both kinds. Exact → both unspecified; vague → both vague; none → both unspecified.
    mutating func combined(_ t: Trigger, at k: Int) -> Bool {
        guard k + 1 < hi, let other = Lex.triggers[key(k + 1)], other.conjoined, other.kind != t.kind,
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

    mutating func countNoun(_ t: Trigger, at k: Int, number: CasualtyLexicon.NounNumber, definite: Bool,
                            needsQuantity: Bool)
    {
        // «قتلى وجرحى», «عشرات القتلى والجرحى», «20 قتيلاً وجريحاً».
        var bothKinds = false
        if k + 1 < hi, let other = Lex.triggers[key(k + 1)], other.conjoined, other.kind != t.kind,
            tokens[k + 1].boundary < .comma, case .countNoun = other.role
        {
            bothKinds = true
        }
        // «سقط 50 بين قتيل وجريح»: one figure for the dead and the wounded together.
        if k > lo, Lex.betweenWord == key(k - 1), number == .singular {
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
        if definite && pre == nil && !(k > lo && (Lex.among.contains(key(k - 1)) || Lex.countWords.contains(key(k - 1)))) {
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
            finish(t.kind, pre.casualty, pre.range.lowerBound, end)
            return
        }
        if tokens[k].gapBefore, k > lo, !tokens[k - 1].isNumber {
            finish(t.kind, Casualty(qualifier: .digitsMissing), k, end)
            return
        }
        // «عدد القتلى», «حصيلة قتلى النظام … إلى 305»: a reference to a count.
        if k > lo, Lex.countWords.contains(key(k - 1)) {
            if let f = numberAfterCount(from: k + 1) {
                finish(t.kind, f.casualty, k - 1, f.range.upperBound)
            } else {
                consumedEnd = k + 1
            }
            return
        }
        if definite {
            // «من بين القتلى خمسة»: a breakdown of deaths told elsewhere.
            if k > lo, Lex.among.contains(key(k - 1)) {
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
    mutating func meetDeath(_ t: Trigger, at k: Int) {
        var m = k + 1
        var object: CasualtyLexicon.NounNumber? = nil
        while m < min(hi, k + 8) {
            if let o = Lex.deathObjects[key(m)] {
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

    // MARK: Figures

    /// Reads a figure starting at j: [hedge] number|vague|dual|person noun [noun] [من group].
    func figure(at j0: Int, mode: Mode, limit: Int) -> Figure? {
        var j = j0
        guard j < limit else { return nil }
        if mode == .slot, Lex.resumptive.contains(key(j)) { j += 1 }
        var qualifier: Casualty.Qualifier? = nil
        var isRange = false
        if let (q, len, range) = prefixQualifier(at: j, limit: limit) {
            qualifier = q
            isRange = range
            j += len
        }
        // «الـ25»: a detached article.
        if j + 1 < limit, tokens[j].key == Lex.article, tokens[j + 1].isNumber { j += 1 }
        guard j < limit else { return nil }
        let t = tokens[j]

        // Digits stripped by the source: a gap, then the counted noun (or «ألف», «من»).
        if t.gapBefore, !t.isNumber, j > lo, !tokens[j - 1].isNumber, gapSlotFits(j, limit: limit) {
            var end = j + 1
            if NumberParser.isNumberWord(t.key), end < limit, person(end) != nil { end += 1 }
            return Figure(casualty: Casualty(qualifier: .digitsMissing), range: j0..<end)
        }

        if let m = CasualtyLexicon.numbers.parse(tokens, at: j, limit: limit) {
            var end = m.range.upperBound
            if m.isDual {
                if mode == .strict, let p = person(j), p.definite { return nil }
                return Figure(casualty: Casualty(value: 2, qualifier: qualifier), range: j0..<end)
            }
            // «ما بين 25 و30»: the upper bound is skipped.
            if isRange, end < limit {
                if key(end) == Lex.wa, end + 1 < limit, tokens[end + 1].isNumber {
                    end += 2
                } else if let m2 = CasualtyLexicon.numbers.parse(tokens, at: end, limit: limit), m2.value != nil,
                    tokens[end].key.unicodeScalars.first == "و"
                {
                    end = m2.range.upperBound
                }
            }
            if end < limit, Lex.units.contains(key(end)) { return nil }
            if end + 1 < limit, Lex.inKeys.contains(key(end)), Lex.percentWords.contains(key(end + 1)) {
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
            } else if end + 1 < limit, key(end) == Lex.min, !tokens[end + 1].isNumber,
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
                return Figure(casualty: Casualty(value: v, qualifier: qualifier), range: j0..<end, hasNumber: true,
                              hasNoun: hasNoun)
            }
            if mode == .strict && !hasNoun { return nil }
            let word = m.vagueWord ?? ""
            return Figure(casualty: Casualty(qualifier: .vague(word)), range: j0..<end, hasNumber: true,
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
            return Figure(casualty: Casualty(value: 1), range: j0..<end)
        case .dual:
            return Figure(casualty: Casualty(value: 2), range: j0..<end)
        case .plural, .ambiguous:
            // «مقاتلين اثنين», «عسكريين تركيين اثنين».
            for at in [end, end + 1] where at < limit {
                if at > end && !isFiller(end) { break }
                if let n = CasualtyLexicon.numbers.parse(tokens, at: at, limit: limit), n.value == 2, n.range.count == 1,
                    !n.isDual
                {
                    return Figure(casualty: Casualty(value: 2), range: j0..<at + 1)
                }
            }
            if mode == .strict || mode == .beforeCountNoun { return nil }
            return Figure(casualty: Casualty(qualifier: .unspecified), range: j0..<end)
        }
    }

    /// The leftmost figure that ends right before token k (allowing one adjective between),
    /// with its coordinated groups («25 مقاتلاً من الفصائل وثمانية من مقاتلي داعش قتلوا»).
    func figureBefore(_ k: Int, mode: Mode) -> Figure? {
        let floor = max(consumedEnd, lo, k - 16)
        var found: Figure? = nil
        // Where the figure must end: the trigger, or a breakdown in front of it
        // («289 مدنياً على الأقل، بينهم 43 طفلاً، قتلوا»).
        var target = k
        // Across a comma right before the trigger, only a number or a breakdown counts
        // («… وثمانية من مقاتلي داعش، قتلوا»), not a lone noun («من جهة أخرى، قتل»).
        let commaBefore = tokens[k].boundary >= .comma
        var crossedBreakdown = false
        var fallback: Figure? = nil
        var s = k - 1
        while s >= floor {
            if Lex.subset.contains(key(s)) {
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
                    && !(mode == .beforeVerb && Lex.others.contains(key(s)))
                {
                    f.range = f.range.lowerBound..<k
                    found = f
                }
            }
            // Do not cross punctuation (except before a breakdown) or another trigger.
            if tokens[s].boundary >= .comma { break }
            if s < k - 1 && Lex.triggers[key(s)] != nil { break }
            s -= 1
        }
        return found ?? fallback
    }

    /// After an active verb and its subject: «قتلت قوات النظام 5 مدنيين».
    func scan(from start: Int) -> Figure? {
        scanFigure(from: start, limit: hi)
    }

    func scanFigure(from start: Int, limit: Int) -> Figure? {
        var s = start
        while s < min(limit, start + 8) {
            if s > start && tokens[s].boundary >= .comma { return nil }
            let k = key(s)
            if Lex.triggers[k] != nil || Lex.subset.contains(k) { return nil }
            if let f = figure(at: s, mode: .strict, limit: limit) { return f }
            // «قتل واعتقل 16 شخصاً»: another verb, another object.
            if ClauseSplitter.isConjoinedVerb(k) { return nil }
            s += 1
        }
        return nil
    }

    /// The number in «عدد القتلى إلى 305», «حصيلة القتلى 20 شخصاً».
    func numberAfterCount(from start: Int) -> Figure? {
        var s = start
        while s < min(hi, start + 7) {
            if tokens[s].boundary >= .comma && s > start { return nil }
            if Lex.triggers[key(s)] != nil { return nil }
            if Lex.toWords.contains(key(s)) || tokens[s].isNumber || NumberParser.isNumberWord(key(s)) {
                let from = Lex.toWords.contains(key(s)) ? s + 1 : s
                if let f = figure(at: from, mode: .slot, limit: hi), f.casualty.isMentioned {
                    return f
                }
            }
            s += 1
        }
        return nil
    }

    /// Coordinated groups after a figure: «و9 من قوات النظام», «وامرأتان», «وضابطاً».
    func coordinated(from start: Int, limit: Int, beforeTrigger: Bool) -> (Int, Int)? {
        var total = 0
        var end = start
        var s = start
        var skipped = 0
        while s < limit && skipped <= 3 {
            let t = tokens[s]
            let k = t.key
            // «مقتل 10 من الفصائل، مقابل 7 من قوات النظام»: the other side's dead add up.
            if Lex.versus.contains(k), s + 1 < limit, let m = CasualtyLexicon.numbers.parse(tokens, at: s + 1, limit: limit),
                let v = m.value, !m.isDual,
                !(m.range.upperBound < limit && Lex.units.contains(key(m.range.upperBound)))
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
            if Lex.triggers[k] != nil || Lex.subset.contains(k) || Lex.stops.contains(k) { break }
            let startsWithWa = k.unicodeScalars.first == "و"
            guard startsWithWa else {
                s += 1
                skipped += 1
                continue
            }
            guard let (v, e) = group(at: s, limit: limit) else { break }
            // «و3 آخرون أصيبوا»: the group is the subject of the next verb.
            var after = e
            if let (_, qe) = hedgeAfter(after, limit: hi) { after = qe }
            if !beforeTrigger, after < hi, let next = Lex.triggers[key(after)], next.isVerb, !next.conjoined {
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
    /// singular indefinite person noun.
    func group(at s: Int, limit: Int) -> (Int, Int)? {
        var j = s
        if key(j) == Lex.wa {
            j += 1
            guard j < limit, tokens[j].isNumber else { return nil }
        }
        if let m = CasualtyLexicon.numbers.parse(tokens, at: j, limit: limit) {
            if m.isDual { return (2, m.range.upperBound) }
            guard let v = m.value else { return nil }
            var end = m.range.upperBound
            if end < limit, let p = person(end), !p.conjoined {
                end += 1
            } else if end + 1 < limit, key(end) == Lex.min {
                end = groupEnd(from: end + 1, limit: limit)
            } else {
                return nil
            }
            if let (_, e) = hedgeAfter(end, limit: limit) { end = e }
            return (v, end)
        }
        if let p = person(j), p.conjoined, !p.definite {
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
            if Lex.triggers[k] != nil || Lex.stops.contains(k) || Lex.subset.contains(k) { break }
            if e > start && (k.unicodeScalars.first == "و" || t.isNumber) { break }
            e += 1
        }
        return max(e, start + 1)
    }

    // MARK: Qualifiers and context

    func matches(_ seq: [String], at j: Int, limit: Int) -> Bool {
        guard j + seq.count <= limit else { return false }
        for (i, w) in seq.enumerated() where tokens[j + i].key != w { return false }
        return true
    }

    /// A hedge before the number: («ما لا يقل عن», «أكثر من», «نحو», «ما بين»).
    func prefixQualifier(at j: Int, limit: Int) -> (Casualty.Qualifier, Int, Bool)? {
        guard j < limit, let options = Lex.prefixHedges[key(j)] else { return nil }
        for h in options where matches(h.words, at: j, limit: limit) {
            return (h.qualifier, h.words.count, h.isRange)
        }
        return nil
    }

    /// «على الأقل», «تقريباً» right at `j`.
    func hedgeAfter(_ j: Int, limit: Int) -> (Casualty.Qualifier, Int)? {
        for h in Lex.postHedges where matches(h.words, at: j, limit: limit) {
            return (h.qualifier, j + h.words.count)
        }
        return nil
    }

    /// «… على الأقل» within two words after the figure («25 شخصاً مدنياً على الأقل»).
    func trailingQualifier(from j: Int) -> (Casualty.Qualifier, Int)? {
        var s = j
        while s < min(hi, j + 3) {
            if s > j && tokens[s].boundary >= .comma { return nil }
            if let r = hedgeAfter(s, limit: hi) { return r }
            let k = key(s)
            if Lex.triggers[k] != nil || Lex.stops.contains(k) || Lex.subset.contains(k) { return nil }
            if k.unicodeScalars.first == "و" { return nil }
            s += 1
        }
        return nil
    }

    /// Skips «بجروح», «بجروح متفاوتة» after an injury figure.
    func skipInjuryPhrase(from j: Int) -> Int {
        guard j < hi, tokens[j].boundary < .comma, Lex.woundPhrase.contains(key(j)) else { return j }
        if j + 1 < hi, tokens[j + 1].boundary < .comma, Lex.woundAdjectives.contains(key(j + 1)) {
            return j + 2
        }
        return j + 1
    }

    func hasInjuryContext(after k: Int) -> Bool {
        var s = k + 1
        while s < min(hi, k + 5) {
            if Lex.injuryContext.contains(key(s)) { return true }
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
        if person(j) != nil || k == Lex.min { return true }
        if Lex.scaleWords.contains(k) { return true }
        if let t = Lex.triggers[k], case .countNoun = t.role { return true }
        return false
    }

    /// A word that may stand between a counted noun and what follows: an adjective, «قد».
    func isFiller(_ j: Int) -> Bool {
        let k = key(j)
        return !tokens[j].isNumber && tokens[j].boundary < .comma && Lex.triggers[k] == nil
            && !Lex.stops.contains(k) && !NumberParser.isNumberWord(k)
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
            if Lex.illness.contains(key(s)) { return true }
            s += 1
        }
        return false
    }

    func isNegated(_ k: Int) -> Bool {
        if k > lo, Lex.notRightBefore.contains(key(k - 1)) { return true }
        var s = k - 1
        while s >= max(lo, k - 5) {
            if Lex.negators.contains(key(s)) { return true }
            s -= 1
        }
        return false
    }

    /// «حكم بإعدام», «يهدد بإعدام»: a sentence or a threat, not a killing.
    func isCourtContext(_ k: Int) -> Bool {
        var s = k - 1
        while s >= max(lo, k - 6) {
            if Lex.courtWords.contains(key(s)) { return true }
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

    /// A cumulative toll near [from, to): a rise of a count, «منذ بداية», «خلال الشهر».
    func isToll(_ from: Int, _ to: Int) -> Bool {
        let a = max(lo, from - 8)
        let b = min(hi, to + 8)
        var j = a
        while j < b {
            let k = key(j)
            if Lex.rise.contains(k) && j < to {
                var s = j + 1
                while s < min(b, j + 4) {
                    if Lex.tollNouns.contains(key(s)) { return true }
                    s += 1
                }
            } else if Lex.since.contains(k), j + 1 < hi, !Lex.shortTimes.contains(key(j + 1)) {
                return true
            } else if Lex.during.contains(k), j + 1 < hi, Lex.periods.contains(key(j + 1))
                || (j + 2 < hi && Lex.during.contains(k) && Lex.periods.contains(key(j + 2))
                    && (tokens[j + 1].isNumber || NumberParser.isNumberWord(key(j + 1)) || key(j + 1) == Lex.article))
            {
                return true
            } else if Lex.cumulative.contains(k) {
                return true
            } else if Lex.wars.contains(k) && j < from && j >= from - 5 && noBreak(j + 1, from + 1) {
                // «خلفت الحرب 10 آلاف قتيل», «النزاع الذي أودى بحياة …».
                return true
            }
            j += 1
        }
        return false
    }
}

// MARK: - Lexicon

private struct Trigger {
    enum Role {
        /// «مقتل», «إصابة»: figure after. `alsoCount`: «20 إصابة» reads the number before.
        case eventNoun(needsFigure: Bool, alsoCount: Bool)
        case verb(plural: Bool, needsFigure: Bool)
        /// «أصابت القذيفة 3 أشخاص».
        case activeVerb
        case countNoun(CasualtyLexicon.NounNumber, definite: Bool, needsQuantity: Bool)
        /// لقي … مصرعه/حتفه.
        case meetDeath
        /// أودى بحياة …
        case tookLives
        /// خسائر بشرية.
        case losses
    }

    var kind: Kind
    var role: Role
    /// Carries و or ف.
    var conjoined: Bool = false
    /// «أصيب» alone needs «بجروح» or the like nearby.
    var needsContext: Bool = false
    var blockedByCourt: Bool = false
    /// «قتلا», «أصيبا»: a dual verb makes an ambiguous subject («شرطيين») two.
    var dualVerb: Bool = false

    var isVerb: Bool {
        switch role {
        case .verb, .activeVerb, .meetDeath: return true
        default: return false
        }
    }
}

private struct Hedge {
    var words: [String]
    var qualifier: Casualty.Qualifier
    var isRange: Bool = false
}

private enum Lex {
    static let wa = ArabicNormalizer.key("و")
    static let min = ArabicNormalizer.key("من")
    static let article = ArabicNormalizer.key("ال")

    static let triggers = WordTable<Trigger>(keys: triggerTable)

    private static let triggerTable: [String: Trigger] = {
        var table: [String: Trigger] = [:]
        func add(_ forms: [String], _ t: Trigger, prefixes: [String]) {
            for f in forms {
                for p in prefixes {
                    let key = ArabicNormalizer.key(p + f)
                    guard table[key] == nil else { continue }
                    var entry = t
                    entry.conjoined = p.hasPrefix("و") || p.hasPrefix("ف")
                    // «بقتل», «لقتل»: a verbal noun, its object follows.
                    if case .verb = t.role, p.contains("ب") || p.contains("ل") {
                        entry.role = .eventNoun(needsFigure: false, alsoCount: false)
                    }
                    table[key] = entry
                }
            }
        }
        let noun = ["", "و", "ف", "ب", "ل", "وب", "ول", "فب", "فل"]
        let verb = ["", "و", "ف"]
        let definite = ["ال", "وال", "فال", "بال", "وبال", "لل", "ولل"]

        // Deaths.
        add(["مقتل", "مصرع", "استشهاد"], Trigger(kind: .killed, role: .eventNoun(needsFigure: false, alsoCount: false)),
            prefixes: noun)
        add(["وفاة"], Trigger(kind: .killed, role: .eventNoun(needsFigure: true, alsoCount: false)), prefixes: noun)
        add(["إعدام"], Trigger(kind: .killed, role: .eventNoun(needsFigure: true, alsoCount: false),
                               blockedByCourt: true), prefixes: noun)
        add(["قتل", "قتلت", "استشهد", "استشهدت", "أعدم", "أعدمت"],
            Trigger(kind: .killed, role: .verb(plural: false, needsFigure: false)), prefixes: noun)
        add(["يقتل", "تقتل", "قضى", "قضت", "توفي", "توفيت", "يعدم"],
            Trigger(kind: .killed, role: .verb(plural: false, needsFigure: true)), prefixes: verb)
        add(["قتلوا", "قتلن", "استشهدوا", "أعدموا"],
            Trigger(kind: .killed, role: .verb(plural: true, needsFigure: false)), prefixes: verb)
        add(["قضوا", "توفوا"], Trigger(kind: .killed, role: .verb(plural: true, needsFigure: true)), prefixes: verb)
        add(["قتلا", "قضيا", "استشهدا"],
            Trigger(kind: .killed, role: .verb(plural: true, needsFigure: true), dualVerb: true), prefixes: verb)
        add(["لقي", "لقيت", "لقوا", "لقيا", "يلقى", "لقين"], Trigger(kind: .killed, role: .meetDeath), prefixes: verb)
        add(["أودى", "أودت", "يودي", "تودي"], Trigger(kind: .killed, role: .tookLives), prefixes: verb)
        add(["قتيل", "قتيلا", "قتيلة", "شهيد", "شهيدا"],
            Trigger(kind: .killed, role: .countNoun(.singular, definite: false, needsQuantity: false)), prefixes: noun)
        add(["قتيلان", "قتيلين", "شهيدان", "شهيدين"],
            Trigger(kind: .killed, role: .countNoun(.dual, definite: false, needsQuantity: false)), prefixes: noun)
        add(["قتلى", "شهداء"],
            Trigger(kind: .killed, role: .countNoun(.plural, definite: false, needsQuantity: false)), prefixes: noun)
        add(["ضحايا"], Trigger(kind: .killed, role: .countNoun(.plural, definite: false, needsQuantity: true)),
            prefixes: noun)
        add(["ضحية"], Trigger(kind: .killed, role: .countNoun(.singular, definite: false, needsQuantity: true)),
            prefixes: noun)
        add(["قتلى", "شهداء", "ضحايا"],
            Trigger(kind: .killed, role: .countNoun(.plural, definite: true, needsQuantity: false)), prefixes: definite)
        add(["خسائر"], Trigger(kind: .killed, role: .losses), prefixes: noun)

        // Injuries.
        add(["إصابة"], Trigger(kind: .wounded, role: .eventNoun(needsFigure: true, alsoCount: true)), prefixes: noun)
        add(["أصيب", "أصيبت"], Trigger(kind: .wounded, role: .verb(plural: false, needsFigure: false),
                                       needsContext: true), prefixes: verb)
        add(["يصاب", "تصاب", "جرح", "جرحت"],
            Trigger(kind: .wounded, role: .verb(plural: false, needsFigure: true)), prefixes: verb)
        add(["أصيبوا", "جرحوا", "أصبن"],
            Trigger(kind: .wounded, role: .verb(plural: true, needsFigure: false)), prefixes: verb)
        add(["أصيبا", "جرحا"],
            Trigger(kind: .wounded, role: .verb(plural: true, needsFigure: false), dualVerb: true), prefixes: verb)
        add(["أصاب", "أصابت", "يصيب", "تصيب", "أصابوا"], Trigger(kind: .wounded, role: .activeVerb), prefixes: verb)
        add(["جريح", "جريحا"],
            Trigger(kind: .wounded, role: .countNoun(.singular, definite: false, needsQuantity: false)), prefixes: noun)
        // «مصاب بمرض»: the singular counts only with a number.
        add(["مصاب", "مصابا"],
            Trigger(kind: .wounded, role: .countNoun(.singular, definite: false, needsQuantity: true)), prefixes: noun)
        add(["جريحان", "جريحين", "مصابان"],
            Trigger(kind: .wounded, role: .countNoun(.dual, definite: false, needsQuantity: false)), prefixes: noun)
        add(["جرحى", "مصابين", "مصابون", "إصابات"],
            Trigger(kind: .wounded, role: .countNoun(.plural, definite: false, needsQuantity: false)), prefixes: noun)
        add(["جرحى", "مصابين", "مصابون"],
            Trigger(kind: .wounded, role: .countNoun(.plural, definite: true, needsQuantity: false)), prefixes: definite)
        return table
    }()

    private static func hedges(_ list: [(String, Casualty.Qualifier)], range: Bool = false) -> [Hedge] {
        list.map { (text, q) in
            Hedge(words: text.split(separator: " ").map { ArabicNormalizer.key(String($0)) }, qualifier: q,
                  isRange: range)
        }
    }

    /// First word → hedges that start with it, longest first.
    static let prefixHedges: [String: [Hedge]] = {
        let all = hedges([
            ("ما لا يقل عن", .atLeast), ("ما لا يقل على", .atLeast), ("لا يقل عن", .atLeast),
            ("لا يقل على", .atLeast), ("ما لا تقل عن", .atLeast), ("ما لايقل عن", .atLeast),
            ("لايقل عن", .atLeast), ("على الأقل", .atLeast),
            ("أكثر من", .moreThan), ("أكثر", .moreThan), ("ما يزيد عن", .moreThan), ("ما يزيد على", .moreThan),
            ("يزيد عن", .moreThan), ("يزيد على", .moreThan), ("أزيد من", .moreThan),
            ("ما يربو على", .moreThan), ("ما يربو عن", .moreThan), ("يربو على", .moreThan),
            ("ما يفوق", .moreThan), ("يفوق", .moreThan), ("ما يتجاوز", .moreThan), ("يتجاوز", .moreThan),
            ("نحو", .about), ("حوالي", .about), ("قرابة", .about), ("زهاء", .about), ("ما يقارب", .about),
            ("يقارب", .about), ("ما يقرب من", .about), ("قرابة ال", .about), ("نحو ال", .about),
            ("حوالي ال", .about), ("تقريبا", .about),
        ]) + hedges([("ما بين", .atLeast), ("بين", .atLeast)], range: true)
        var table: [String: [Hedge]] = [:]
        for h in all {
            table[h.words[0], default: []].append(h)
            // «وأكثر من», «وحوالي».
            var conjoined = h
            conjoined.words[0] = "و" + h.words[0]
            table[conjoined.words[0], default: []].append(conjoined)
        }
        for (k, v) in table { table[k] = v.sorted { $0.words.count > $1.words.count } }
        return table
    }()

    static let postHedges: [Hedge] = hedges([
        ("على الأقل", .atLeast), ("على أقل تقدير", .atLeast), ("تقريبا", .about), ("على وجه التقريب", .about),
    ])

    /// What follows «فيه/فيها» after a passive verb: «قتل فيها 5 أشخاص».
    static let resumptive = WordSet(.exact, [
        "فيه", "فيها", "فيهم", "خلاله", "خلالها", "جراءه", "جراءها", "بها", "به", "منهم", "منها",
    ])

    /// Nouns after a number that make it something other than people.
    static let units = WordSet(.exact, [
        "غارة", "غارات", "ضربة", "ضربات", "صاروخ", "صواريخ", "صاروخا", "قذيفة", "قذائف", "برميل", "براميل",
        "برميلا", "طلعة", "طلعات", "قرية", "قرى", "بلدة", "بلدات", "مدينة", "مدن", "منزل", "منازل", "منزلا",
        "مبنى", "مباني", "موقع", "مواقع", "موقعا", "نقطة", "نقاط", "حاجز", "حواجز", "سيارة", "سيارات",
        "دبابة", "دبابات", "آلية", "آليات", "طائرة", "طائرات", "مروحية", "كلم", "كم", "كيلومتر", "كيلومترا",
        "كيلومترات", "متر", "مترا", "أمتار", "ميل", "عام", "عاما", "سنة", "سنوات", "أعوام", "شهر", "شهرا",
        "أشهر", "شهور", "يوم", "يوما", "أيام", "ساعة", "ساعات", "دقيقة", "دقائق", "أسبوع", "أسابيع",
        "أسبوعا", "دولار", "دولارا", "ليرة", "يورو", "طن", "أطنان", "بالمئة", "بالمائة", "هجوم", "هجمات",
        "هجوما", "عملية", "عمليات", "انفجار", "تفجير", "تفجيرات", "مرة", "مرات", "عبوة", "عبوات", "لغم",
        "ألغام", "جثة", "جثث", "جثمان", "يناير", "فبراير", "مارس", "أبريل", "إبريل", "مايو", "يونيو",
        "يوليو", "أغسطس", "سبتمبر", "أكتوبر", "نوفمبر", "ديسمبر", "كانون", "شباط", "آذار", "نيسان", "أيار",
        "حزيران", "تموز", "آب", "أيلول", "تشرين", "عائلة", "عائلات", "أسرة", "أسر", "مليون", "مليار",
    ])
    static let inKeys = WordSet(.exact, ["في", "فى"])
    static let percentWords = WordSet(.exact, ["المئة", "المائة", "المية"])
    static let scaleWords = WordSet(.exact, ["ألف", "آلاف", "مئة", "مائة", "مليون", "ألفا"])

    /// Breakdowns that are not added: «بينهم 63 ضابطاً».
    static let subset = WordSet(.exact, [
        "بينهم", "بينهن", "بينهما", "بينها", "منهم", "منهن", "منهما", "ومنهم", "ومنهن", "وبينهم", "وبينهن",
        "غالبيتهم", "معظمهم", "أغلبهم", "أكثرهم", "جميعهم", "بعضهم",
    ])
    /// Words that end a figure's noun phrase.
    static let stops = WordSet(.exact, [
        "في", "فى", "على", "جراء", "جرّاء", "إثر", "اثر", "خلال", "بعد", "قبل", "منذ", "بسبب", "نتيجة",
        "أثناء", "عقب", "وسط", "حيث", "الذي", "التي", "الذين", "اللذين", "اللتين", "مما", "ما", "عندما",
        "حين", "لدى", "عند", "إلى", "الى", "بين", "بينما", "فيما", "أن", "إن", "بأن", "بحسب", "وفق", "حسب",
        "وفقا", "كما", "قرب", "داخل", "جنوب", "شمال", "شرق", "غرب", "شرقي", "غربي", "شمالي", "جنوبي",
    ])
    static let woundPhrase = WordSet(.exact, ["بجروح", "بجراح", "بإصابات", "بإصابة", "بشظايا"])
    static let woundAdjectives = WordSet(.exact, [
        "متفاوتة", "خطيرة", "بالغة", "طفيفة", "متوسطة", "خطرة", "بليغة", "مختلفة",
    ])
    static let injuryContext = WordSet(.exact, [
        "بجروح", "بجراح", "بإصابات", "بإصابة", "بشظايا", "برصاص", "بالرصاص", "بطلق", "بطلقات", "بطلقة",
        "بنيران", "بقذيفة", "بانفجار", "جراء", "جرّاء", "إثر", "اثر", "خلال", "برصاصة", "بقصف", "بغارة",
    ])
    static let lives = WordSet(.exact, ["بحياة", "بأرواح", "بحياه"])
    static let humanLosses = WordSet(.exact, ["بشرية"])
    static let lifeWords = WordSet(.exact, ["الأرواح"])
    static let deathObjects: [String: CasualtyLexicon.NounNumber] = {
        var t: [String: CasualtyLexicon.NounNumber] = [:]
        for stem in ["حتف", "مصرع"] {
            for s in ["ه", "ها"] { t[ArabicNormalizer.key(stem + s)] = .singular }
            t[ArabicNormalizer.key(stem + "هما")] = .dual
            for s in ["هم", "هن"] { t[ArabicNormalizer.key(stem + s)] = .plural }
        }
        return t
    }()
    static let countWords = WordSet(.exact, [
        "عدد", "حصيلة", "أعداد", "إجمالي", "مجموع", "الحصيلة", "وعدد", "وحصيلة", "بعدد", "لعدد",
    ])
    static let among = WordSet(.exact, ["بين", "وبين"])
    static let betweenWord = ArabicNormalizer.key("بين")
    static let versus = WordSet(.exact, ["مقابل", "ومقابل"])
    /// «آخر», «أخرى»: a victim after a verb («وأصيب آخر»), never a subject before one
    /// («من جهة أخرى، قتل»).
    static let others = WordSet(.exact, ["آخر", "أخرى", "الآخر", "الأخرى"])
    static let toWords = WordSet(.exact, ["إلى", "الى", "إلي", "لـ", "ل"])

    static let illness = WordSet(.exact, [
        "بمرض", "بأمراض", "بالمرض", "بفيروس", "بالفيروس", "بسرطان", "بالسرطان", "بالكوليرا", "بالحصبة",
        "بالإيدز", "بالملاريا", "بالتهاب", "بنوبة", "بجلطة", "بوعكة", "بصدمة", "بالصدمة", "بخيبة", "بالإحباط",
        "بالذعر", "بالهلع", "بالإنفلونزا", "بإنفلونزا", "بالسكري", "بعدوى", "بالعدوى", "بكسر", "بالتسمم",
        "بتسمم", "بأزمة", "بسكتة", "بشلل", "بالشلل", "بإعاقة", "بالجرب", "بالتيفوئيد", "بحمى", "بالحمى",
    ])
    static let negators = WordSet(.exact, [
        "لم", "ولم", "فلم", "دون", "بدون", "ودون", "وبدون", "عدم", "وعدم", "لن", "ولن", "دونما",
    ])
    /// «لا إصابات», «ولا قتلى».
    static let notRightBefore = WordSet(.exact, ["لا", "ولا", "أي"])
    static let courtWords = WordSet(.exact, [
        "حكم", "حكما", "حكمها", "حكمه", "بحكم", "أحكام", "أحكاما", "قضت", "يهدد", "تهدد", "هدد", "هددت",
        "يتوعد", "يتوعدون", "توعد", "مطالبات", "يطالب", "طالب", "طالبت", "يأمر", "بتهمة", "عقوبة",
    ])

    // Cumulative tolls.
    static let rise = WordSet(.exact, [
        "ارتفعت", "ارتفع", "وارتفعت", "وارتفع", "فارتفعت", "ترتفع", "يرتفع", "ليرتفع", "لترتفع", "وترتفع",
        "ويرتفع", "ارتفاع", "وارتفاع", "بارتفاع", "لارتفاع",
    ])
    static let tollNouns = WordSet(.exact, [
        "حصيلة", "الحصيلة", "عدد", "أعداد", "حصيله", "بذلك",
    ])
    static let cumulative = WordSet(.exact, [
        "الإجمالية", "الإجمالي", "إجمالي", "الكلية", "سنويا",
    ])
    /// A war or conflict as the cause of a toll.
    static let wars = WordSet(.exact, [
        "الحرب", "النزاع", "الصراع", "الثورة", "الأزمة", "الاقتتال", "التمرد", "الحروب", "النزاعات",
    ])
    static let since = WordSet(.exact, ["منذ", "ومنذ"])
    static let shortTimes = WordSet(.exact, [
        "صباح", "الصباح", "فجر", "الفجر", "ساعات", "الساعات", "ساعة", "ليل", "الليل", "ليلة", "الليلة",
        "مساء", "ظهر", "الظهر", "الظهيرة", "منتصف", "أمس", "الأمس", "دقائق", "صباحا", "مساء", "يوم",
        "اليوم", "لحظات", "قليل",
    ])
    static let during = WordSet(.exact, ["خلال", "وخلال", "طوال", "طيلة"])
    static let periods = WordSet(.exact, [
        "الشهر", "شهر", "الأشهر", "أشهر", "الشهور", "شهور", "شهرين", "الشهرين", "الأسبوع", "أسبوع",
        "الأسابيع", "أسابيع", "أسبوعين", "الأسبوعين", "العام", "عام", "الأعوام", "أعوام", "عامين", "العامين",
        "السنة", "سنة", "السنوات", "سنوات", "سنتين", "الأيام", "أيام", "يوما", "أسبوعا", "شهرا", "عاما",
        "الفترة", "فترة", "الحرب", "النزاع",
        "الثورة", "الأزمة", "العامين",
    ])
}
