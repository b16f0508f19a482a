/// The month a clause gives when it gives no day («في آذار الماضي», «خلال شهر مارس 2018»,
/// «مطلع الشهر الجاري», «أواخر الشهر الماضي»): ACLED's time_precision 3. The date stands at
/// the month's 15th, or its first or last day for «مطلع/أوائل/بداية» and «أواخر/نهاية»
/// (ACLED's convention), never after the publication day.
///
/// It only dates an incident already extracted (`IncidentOutput`): the extraction's own
/// decisions (the filters read `DateReader`'s days) do not depend on it.
enum MonthReader {
    static func month(in text: TokenizedText, range: Range<Int>, published: String?) -> String? {
        let toks = text.tokens
        let lo = max(0, range.lowerBound), hi = min(toks.count, range.upperBound)
        guard lo < hi else { return nil }
        let pub = published.flatMap(CalendarDate.days).map(CalendarDate.civil)
        var i = lo
        while i < hi {
            defer { i += 1 }
            let key = toks[i].key
            var month: Int?
            var end = i + 1
            var delta: Int?
            if key == DateReader.Lexicon.theMonth, i + 1 < hi, let d = relative(toks[i + 1].key) {
                // «الشهر الماضي»: relative to the publication month.
                delta = d
                end = i + 2
            } else if let (m, next) = monthName(toks, at: i, hi: hi) {
                month = m
                end = next
            } else {
                continue
            }
            // What the month needs around it to be one (and not «مارس» the verb).
            let afterWord = end < hi ? toks[end].key : ""
            var year: Int?
            if end < hi, toks[end].isNumber, let y = Int(afterWord), (1990...2100).contains(y) { year = y }
            let before = i > lo ? toks[i - 1].key : ""
            let position = i > lo ? positionDay(toks, before: i, lo: lo) : nil
            let named = before == DateReader.Lexicon.monthWord || year != nil || relative(afterWord) != nil
                || delta != nil || position != nil
            guard named else { continue }
            if month != nil, let d = relative(afterWord) { delta = d == 0 ? 0 : nil }
            // The year and month.
            var y: Int, m: Int
            if let month {
                m = month
                if let year { y = year } else if let pub {
                    // The last such month on or before publication (or this year's with «الجاري»).
                    y = (m <= pub.m || delta == 0) ? pub.y : pub.y - 1
                } else { return nil }
            } else if let delta, let pub {
                let index = pub.y * 12 + (pub.m - 1) + delta
                y = index / 12
                m = index % 12 + 1
            } else { return nil }
            let last = CalendarDate.daysInMonth(y, m)
            let day = position.map { $0 == 0 ? last : $0 } ?? 15
            guard var out = CalendarDate.string(y, m, day) else { return nil }
            if let published, out > published { out = published }
            return out
        }
        return nil
    }

    /// «الماضي» -1, «الجاري» 0, «المقبل» +1.
    private static func relative(_ key: String) -> Int? {
        if DateReader.Lexicon.pastWords.contains(key) { return -1 }
        if DateReader.Lexicon.currentWords.contains(key) { return 0 }
        if DateReader.Lexicon.futureWords.contains(key) { return 1 }
        return nil
    }

    /// A month name at `i` (one word, or a Levantine two-word name), a glued «ب/و/ف»
    /// allowed; the month and the index after it.
    private static func monthName(_ toks: [Token], at i: Int, hi: Int) -> (Int, Int)? {
        func month(_ key: String) -> (Int, Int)? {
            if let m = DateReader.Lexicon.months[key] { return (m, i + 1) }
            if let heads = DateReader.Lexicon.monthHeads[key], i + 1 < hi, let m = heads[toks[i + 1].key] {
                return (m, i + 2)
            }
            return nil
        }
        let key = toks[i].key
        if let found = month(key) { return found }
        // A glued proclitic: tried only on words that begin with one (no String per word).
        for p in proclitics where key.hasPrefix(p) {
            if let found = month(String(key.dropFirst(p.count))) { return found }
        }
        return nil
    }

    private static let proclitics = ["ب", "و", "ف", "وب", "وفي"]

    /// The day a position word before the month stands for: 1 for the start, 0 for the
    /// end (the last day), 15 for the middle.
    private static func positionDay(_ toks: [Token], before i: Int, lo: Int) -> Int? {
        for j in stride(from: i - 1, through: max(lo, i - 2), by: -1) {
            if let d = positions[toks[j].key] { return d }
        }
        return nil
    }

    private static let positions: [String: Int] = {
        var out: [String: Int] = [:]
        for (w, d) in [("مطلع", 1), ("أوائل", 1), ("بداية", 1), ("مستهل", 1), ("أواخر", 0),
                       ("نهاية", 0), ("أواسط", 15), ("منتصف", 15)] {
            for p in ["", "في", "و", "ب"] { out[ArabicNormalizer.key(p + w)] = d }
        }
        return out
    }()
}
