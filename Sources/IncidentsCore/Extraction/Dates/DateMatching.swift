/// Matching: at each token, the longest date expression that starts there, and how it
/// extends left («ومساء»), to a time of day, a prayer or a weekday in apposition.
extension DateReader {
    @inline(__always)
    static func joined(_ toks: [Token], _ j: Int) -> Bool { toks[j].boundary <= .quote }

    static func match(_ text: TokenizedText, at i: Int, floor: Int, hi: Int) -> Candidate? {
        let toks = text.tokens
        let t = toks[i]
        if t.isNumber {
            guard var c = explicit(text, at: i, hi: hi) else { return nil }
            if extendLeft(&c, toks, floor: floor, allowDay: true) { c.score += 1 }
            return c
        }
        guard let a = Lexicon.anchors[t] else { return nil }
        switch a.value {
        case .ordinal:
            guard var c = explicit(text, at: i, hi: hi) else { return nil }
            if extendLeft(&c, toks, floor: floor, allowDay: true) { c.score += 1 }
            return c
        case .month(let m):
            return englishDate(toks, month: m, at: i, hi: hi)
        case .today:
            return today(toks, at: i, prefix: a.prefix, floor: floor, hi: hi)
        case .yesterday:
            return yesterday(toks, at: i, prefix: a.prefix, floor: floor, hi: hi)
        case .weekday(let wd):
            return weekday(text, wd, at: i, prefix: a.prefix, floor: floor, hi: hi)
        case .ago:
            return ago(toks, at: i, prefix: a.prefix, hi: hi)
        case .night:
            guard i + 1 < hi, joined(toks, i + 1) else { return nil }
            if Lexicon.pastWords.contains(toks[i + 1].key) {
                return Candidate(start: i, prefix: a.prefix, end: i + 2, resolution: .daysBefore(1), score: scoreRelative)
            }
            if i + 2 < hi, joined(toks, i + 2), toks[i + 1].key == Lexicon.before,
                Lexicon.pastWords.contains(toks[i + 2].key)
            {
                return Candidate(start: i, prefix: a.prefix, end: i + 3, resolution: .daysBefore(2), score: scoreRelative)
            }
            return nil
        }
    }

    /// Adds «يوم», a time of day («مساء», «ظهر») and its modifiers («بعد», «منتصف») on the
    /// left. Returns true when a time of day was added.
    static func extendLeft(_ c: inout Candidate, _ toks: [Token], floor: Int, allowDay: Bool) -> Bool {
        func canJoin() -> Bool { c.prefix == 0 && c.start - 1 >= floor && joined(toks, c.start) }
        if allowDay, canJoin(), let p = Lexicon.dayWords[toks[c.start - 1].key] {
            c.start -= 1
            c.prefix = p
        }
        guard canJoin(), let p = Lexicon.timesOfDay[toks[c.start - 1].key] else { return false }
        c.start -= 1
        c.prefix = p
        var n = 0
        while n < 2, canJoin(), let p = Lexicon.timeModifiers[toks[c.start - 1].key] {
            c.start -= 1
            c.prefix = p
            n += 1
        }
        return true
    }

    /// A time of day after the day: «الأحد صباحا», «أمس مساء». Returns true when added.
    static func extendTimeAfter(_ c: inout Candidate, _ toks: [Token], hi: Int) -> Bool {
        guard c.end < hi, joined(toks, c.end), Lexicon.timesAfter.contains(toks[c.end].key) else { return false }
        c.end += 1
        return true
    }

    /// «عقب صلاة الجمعة» after a relative day.
    static func extendPrayer(_ c: inout Candidate, _ toks: [Token], hi: Int) {
        let j = c.end
        guard j + 2 < hi, joined(toks, j), joined(toks, j + 1), joined(toks, j + 2),
            Lexicon.prayerHeads.contains(toks[j].key), toks[j + 1].key == Lexicon.prayer,
            Lexicon.prayerNames.contains(toks[j + 2].key)
        else { return }
        c.end = j + 3
    }

    /// A weekday right after `j` (apposition: «اليوم الخميس», «أمس، الجمعة،»).
    static func weekdayAfter(_ toks: [Token], _ j: Int, hi: Int) -> Int? {
        guard j < hi, toks[j].boundary <= .comma, let a = Lexicon.anchors[toks[j]], a.prefix == 0,
            case .weekday(let wd) = a.value
        else { return nil }
        return wd
    }
}
