/// A date expression found in a clause.
public struct DateMention: Sendable, Equatable {
    /// The words as written in the original text («ظهر الخميس», «أمس عقب صلاة الجمعة»),
    /// without a conjunction glued to the first word («ومساء الخميس» gives «مساء الخميس»).
    public var text: String
    /// Token indices of the expression.
    public var range: Range<Int>
    /// The calendar day, `YYYY-MM-DD`, when it can be resolved.
    public var date: String?

    public init(text: String, range: Range<Int>, date: String?) {
        self.text = text
        self.range = range
        self.date = date
    }
}

/// Finds the date of an event in a clause of Arabic news text and resolves it against the
/// article's publication date.
///
/// Recognised: relative days (اليوم، أمس، أول أمس، الليلة الماضية، قبل يومين، منذ ثلاثة أيام),
/// weekdays with an optional time of day, «يوم» and «الماضي/المقبل» (مساء الخميس، يوم الجمعة
/// الماضية، ليل الأربعاء الخميس، أمس الجمعة), explicit dates (15 تشرين الأول 2017، 15
/// أكتوبر/تشرين الأول، الخامس عشر من أكتوبر، 15 من الشهر الجاري، 15/10/2017، 2017-10-15).
///
/// One left-to-right pass over the tokens with static dictionary lookups; no regex, no
/// Foundation calendar.
public enum DateReader {
    /// The most specific date expression in tokens `range` of `text`; ties go to the first.
    /// `published` is the article's publication date, `YYYY-MM-DD`; without it only explicit
    /// dates with a year resolve.
    public static func find(in text: TokenizedText, range: Range<Int>, published: String?) -> DateMention? {
        var best: Candidate?
        for c in candidates(in: text, range: range) where best == nil || c.score > best!.score {
            best = c
        }
        guard let c = best else { return nil }
        return mention(c, in: text, published: published)
    }

    /// Every date expression in the clause, in text order (for tests and diagnostics).
    static func all(in text: TokenizedText, range: Range<Int>, published: String?) -> [DateMention] {
        candidates(in: text, range: range).map { mention($0, in: text, published: published) }
    }

    // MARK: - Candidates

    /// What a date expression resolves to.
    enum Resolution: Equatable, Sendable {
        /// `n` days before publication (اليوم 0, أمس 1).
        case daysBefore(Int)
        /// The most recent weekday `wd` (1 = Sunday) on or before publication minus `notAfter`.
        case weekday(Int, notAfter: Int)
        /// The first weekday `wd` after publication (الخميس المقبل).
        case weekdayAfter(Int)
        /// A full calendar date.
        case full(Int, Int, Int)
        /// Day and month without a year: the year that puts it on or before publication (or
        /// on or after it for «المقبل»; the publication year for «الجاري»).
        case dayMonth(Int, Int, Direction)
        /// Day `day` of the publication month shifted by `months` (الشهر الجاري 0, الماضي -1).
        case monthRelative(day: Int, months: Int)
    }

    enum Direction: Equatable, Sendable {
        case past, future, current
    }

    struct Candidate: Equatable, Sendable {
        /// First token, and how many key scalars of it are a glued conjunction (و، ف، بـ).
        var start: Int
        var prefix: Int
        var end: Int
        var resolution: Resolution
        var score: Int
    }

    // Specificity scores: higher wins.
    static let scoreAgo = 2
    static let scoreRelative = 3
    static let scoreWeekday = 3
    static let scoreRelativeWeekday = 4
    static let scoreDayMonth = 5
    static let scoreFullDate = 6
    static let scoreReportingToday = 1

    static func candidates(in text: TokenizedText, range: Range<Int>) -> [Candidate] {
        let toks = text.tokens
        let lo = max(0, range.lowerBound)
        let hi = min(toks.count, range.upperBound)
        guard lo < hi else { return [] }
        var out: [Candidate] = []
        var i = lo
        var floor = lo
        while i < hi {
            if let c = match(text, at: i, floor: floor, hi: hi) {
                out.append(c)
                i = c.end
                floor = c.end
            } else {
                i += 1
            }
        }
        return out
    }

    static func mention(_ c: Candidate, in text: TokenizedText, published: String?) -> DateMention {
        let toks = text.tokens
        let from = originalStart(of: toks[c.start], skipping: c.prefix, in: text)
        // Harakat after the last letter belong to the word («الخميسِ»).
        var to = toks[c.end - 1].end
        while to < text.scalars.count, case .delete = ArabicNormalizer.map(text.scalars[to]) { to += 1 }
        let words = text.text(from: from, to: to)
        let pub = published.flatMap { CalendarDate.days($0) }
        return DateMention(text: words, range: c.start..<c.end, date: resolve(c.resolution, published: pub))
    }

    /// Scalar offset in the original text after the first `n` key scalars of `token`.
    static func originalStart(of token: Token, skipping n: Int, in text: TokenizedText) -> Int {
        guard n > 0 else { return token.start }
        var k = token.start
        var consumed = 0
        while k < token.end && consumed < n {
            switch ArabicNormalizer.map(text.scalars[k]) {
            case .delete: break
            case .expand(let e): consumed += e.count
            default: consumed += 1
            }
            k += 1
        }
        while k < token.end, case .delete = ArabicNormalizer.map(text.scalars[k]) { k += 1 }
        return k
    }

    // MARK: - Resolution

    static func resolve(_ r: Resolution, published pub: Int?) -> String? {
        if case .full(let y, let m, let d) = r { return CalendarDate.string(y, m, d) }
        guard let pub else { return nil }
        switch r {
        case .full: return nil
        case .daysBefore(let n):
            return CalendarDate.string(fromDays: pub - n)
        case .weekday(let wd, let notAfter):
            let base = pub - notAfter
            let back = (CalendarDate.weekday(days: base) - wd + 7) % 7
            return CalendarDate.string(fromDays: base - back)
        case .weekdayAfter(let wd):
            let base = pub + 1
            let ahead = (wd - CalendarDate.weekday(days: base) + 7) % 7
            return CalendarDate.string(fromDays: base + ahead)
        case .dayMonth(let m, let d, let direction):
            let p = CalendarDate.civil(pub)
            if direction == .current { return CalendarDate.string(p.y, m, d) }
            let future = direction == .future
            let notLater = m < p.m || (m == p.m && d <= p.d)
            let notEarlier = m > p.m || (m == p.m && d >= p.d)
            var y = future ? (notEarlier ? p.y : p.y + 1) : (notLater ? p.y : p.y - 1)
            // 29 February: the nearest leap year in the same direction.
            var tries = 0
            while !CalendarDate.isValid(y, m, d) && tries < 8 {
                y += future ? 1 : -1
                tries += 1
            }
            return CalendarDate.string(y, m, d)
        case .monthRelative(let d, let months):
            let p = CalendarDate.civil(pub)
            let index = p.y * 12 + (p.m - 1) + months
            let y = index >= 0 ? index / 12 : (index - 11) / 12
            return CalendarDate.string(y, index - y * 12 + 1, d)
        }
    }

    // MARK: - Matching

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

    static func today(_ toks: [Token], at i: Int, prefix: Int, floor: Int, hi: Int) -> Candidate? {
        if i + 1 < toks.count, joined(toks, i + 1), Lexicon.todayStopNext.contains(toks[i + 1].key) {
            return nil
        }
        var c = Candidate(start: i, prefix: prefix, end: i + 1, resolution: .daysBefore(0), score: scoreRelative)
        if prefix == 0, i >= 1, joined(toks, i) {
            let pk = toks[i - 1].key
            if Lexicon.thatWords.contains(pk) { return nil }  // ذلك اليوم، نفس اليوم
            if pk == Lexicon.this {
                if i >= 2, Lexicon.likeWords.contains(toks[i - 2].key) { return nil }  // في مثل هذا اليوم
                if i - 1 >= floor {
                    c.start = i - 1
                }
            }
        }
        let tod = extendLeft(&c, toks, floor: floor, allowDay: false)
        if let wd = weekdayAfter(toks, c.end, hi: hi) {
            c.end += 1
            c.resolution = .weekday(wd, notAfter: 0)
            c.score = scoreRelativeWeekday
        }
        let todAfter = !tod && extendTimeAfter(&c, toks, hi: hi)
        extendPrayer(&c, toks, hi: hi)
        if !tod && !todAfter, c.prefix == 0, c.start >= 1, joined(toks, c.start) {
            let before = toks[c.start - 1].key
            if Lexicon.untilWords.contains(before) { return nil }  // حتى اليوم، إلى اليوم
            if c.start == i, Lexicon.sinceWords.contains(before) { return nil }  // منذ اليوم
            if before == Lexicon.from, c.start >= 2, Lexicon.startingWords.contains(toks[c.start - 2].key) {
                return nil  // اعتبارا من اليوم
            }
        }
        if tod || todAfter {
            c.score += 1
        } else if c.start == i, reportsSpeech(toks, today: i, end: c.end) {
            c.score = scoreReportingToday  // «قال المرصد اليوم إن»: the date of the report
        }
        return c
    }

    /// True when a bare «اليوم» dates a statement: a reporting verb shortly before it
    /// (same sentence), or «إن/أن/عن» right after it.
    static func reportsSpeech(_ toks: [Token], today i: Int, end: Int) -> Bool {
        if end < toks.count, toks[end].boundary <= .comma, Lexicon.speechOpeners.contains(toks[end].key) {
            return true
        }
        var j = i
        while j > 0 && i - j < 6 && toks[j].boundary < .hard {
            j -= 1
            if Lexicon.reportingVerbs.contains(toks[j].key) { return true }
        }
        return false
    }

    static func yesterday(_ toks: [Token], at i: Int, prefix: Int, floor: Int, hi: Int) -> Candidate? {
        if i + 1 < toks.count, joined(toks, i + 1), Lexicon.yesterdayStopNext.contains(toks[i + 1].key) {
            return nil  // بالأمس القريب
        }
        var c = Candidate(start: i, prefix: prefix, end: i + 1, resolution: .daysBefore(1), score: scoreRelative)
        var k = 1
        if i + 1 < hi, joined(toks, i + 1), toks[i + 1].key == Lexicon.first {
            c.end = i + 2  // أمس الأول
            k = 2
        } else if prefix == 0, i - 1 >= floor, joined(toks, i) {
            if let p = Lexicon.firstWords[toks[i - 1].key] {
                c.start = i - 1  // أول أمس
                c.prefix = p
                k = 2
            } else if i - 2 >= floor, toks[i - 1].key == Lexicon.from, joined(toks, i - 1),
                let p = Lexicon.firstWords[toks[i - 2].key]
            {
                c.start = i - 2  // أول من أمس
                c.prefix = p
                k = 2
            }
        }
        c.resolution = .daysBefore(k)
        let tod = extendLeft(&c, toks, floor: floor, allowDay: true)
        if let wd = weekdayAfter(toks, c.end, hi: hi) {
            c.end += 1
            c.resolution = .weekday(wd, notAfter: k)
            c.score = scoreRelativeWeekday
        }
        let todAfter = !tod && extendTimeAfter(&c, toks, hi: hi)
        extendPrayer(&c, toks, hi: hi)
        if !tod && !todAfter, c.prefix == 0, c.start >= 1, joined(toks, c.start),
            Lexicon.untilWords.contains(toks[c.start - 1].key)
        {
            return nil  // حتى أمس
        }
        if tod || todAfter { c.score += 1 }
        return c
    }

    static func weekday(_ text: TokenizedText, _ wd: Int, at i: Int, prefix: Int, floor: Int, hi: Int) -> Candidate? {
        let toks = text.tokens
        if prefix == 0, i >= 1, joined(toks, i), Lexicon.weekdayStopPrev.contains(toks[i - 1].key) {
            return nil  // صلاة الجمعة، كلا الاثنين
        }
        if wd == 1, i + 1 < toks.count, Lexicon.tens.contains(toks[i + 1].key) {
            return nil  // الأحد عشر
        }
        var c = Candidate(start: i, prefix: prefix, end: i + 1, resolution: .weekday(wd, notAfter: 0), score: scoreWeekday)
        let next = wd % 7 + 1
        func isWeekday(_ j: Int, _ w: Int) -> Bool {
            guard j < hi, joined(toks, j), let a = Lexicon.anchors[toks[j]], a.prefix == 0,
                case .weekday(let x) = a.value
            else { return false }
            return x == w
        }
        // A night spanning two days: ليل الأربعاء الخميس، ليلة الأربعاء على الخميس.
        if isWeekday(c.end, next) {
            c.end += 1
        } else if c.end < hi, joined(toks, c.end), Lexicon.spanWords.contains(toks[c.end].key), isWeekday(c.end + 1, next) {
            c.end += 2
        }
        if c.end < hi, joined(toks, c.end) {
            let k = toks[c.end].key
            if Lexicon.pastWords.contains(k) {
                c.resolution = .weekday(wd, notAfter: 1)
                c.end += 1
            } else if Lexicon.futureWords.contains(k) {
                c.resolution = .weekdayAfter(wd)
                c.end += 1
            }
        }
        // An explicit date in apposition: يوم الاثنين 19 مارس الجاري.
        var j = c.end
        if j < hi, toks[j].boundary <= .comma, toks[j].key == Lexicon.corresponding { j += 1 }
        if j < hi, toks[j].boundary <= .comma, let e = explicit(text, at: j, hi: hi) {
            c.end = e.end
            c.resolution = e.resolution
            c.score = e.score + 1
        }
        var tod = extendLeft(&c, toks, floor: floor, allowDay: true)
        if !tod, case .weekday = c.resolution { tod = extendTimeAfter(&c, toks, hi: hi) }
        if !tod, case .weekdayAfter = c.resolution { tod = extendTimeAfter(&c, toks, hi: hi) }
        if tod { c.score += 1 }
        return c
    }

    static func ago(_ toks: [Token], at i: Int, prefix: Int, hi: Int) -> Candidate? {
        var j = i + 1
        guard j < hi, joined(toks, j) else { return nil }
        let k = toks[j].key
        var n: Int
        if let v = Lexicon.agoDirect[k] {
            // «منذ يوم الخميس», «قبل يوم أمس»: the day is named by what follows.
            if j + 1 < hi, Lexicon.dayWords[k] != nil {
                let nk = toks[j + 1].key
                if toks[j + 1].isNumber || Lexicon.anchors[nk] != nil { return nil }
            }
            n = v
            j += 1
        } else {
            guard let count = Lexicon.numberWords[k] ?? digitValue(k), j + 1 < hi, joined(toks, j + 1),
                let unit = Lexicon.agoUnits[toks[j + 1].key]
            else { return nil }
            n = count * unit
            j += 2
        }
        guard n >= 1 && n <= 62 else { return nil }
        // «قبل يومين من الهجوم»: relative to another event, not to publication.
        if j < toks.count, joined(toks, j), Lexicon.relativeTo.contains(toks[j].key) { return nil }
        return Candidate(start: i, prefix: prefix, end: j, resolution: .daysBefore(n), score: scoreAgo)
    }

    // MARK: - Explicit dates

    static func digitValue(_ key: String) -> Int? {
        let u = key.utf8
        guard !u.isEmpty, u.count <= 4 else { return nil }
        var v = 0
        for c in u {
            guard c >= 0x30 && c <= 0x39 else { return nil }
            v = v * 10 + Int(c - 0x30)
        }
        return v
    }

    /// A year: four digits, 1900...2100, optionally followed by «م».
    static func yearValue(_ key: String) -> Int? {
        var k = Substring(key)
        if k.hasSuffix("م") { k = k.dropLast() }
        guard k.utf8.count == 4, let y = digitValue(String(k)), y >= 1900 && y <= 2100 else { return nil }
        return y
    }

    /// The single non-space separator between tokens `j - 1` and `j` («/», «-»).
    static func separator(_ text: TokenizedText, before j: Int) -> Unicode.Scalar? {
        var found: Unicode.Scalar?
        for k in text.tokens[j - 1].end..<text.tokens[j].start {
            let s: Unicode.Scalar
            switch ArabicNormalizer.map(text.scalars[k]) {
            case .keep: s = text.scalars[k]
            case .replace(let r): s = r
            case .delete, .space: continue
            case .expand: return nil
            }
            if s == " " || s == "\n" { continue }
            if found != nil { return nil }
            found = s
        }
        return found
    }

    static func month(_ toks: [Token], at j: Int, hi: Int) -> (month: Int, end: Int)? {
        guard j < hi, joined(toks, j) else { return nil }
        if let m = Lexicon.months[toks[j].key] { return (m, j + 1) }
        if let tails = Lexicon.monthHeads[toks[j].key], j + 1 < hi, joined(toks, j + 1),
            let m = tails[toks[j + 1].key]
        {
            return (m, j + 2)
        }
        return nil
    }

    /// An explicit date starting at token `i` (a day number or an ordinal word).
    static func explicit(_ text: TokenizedText, at i: Int, hi: Int) -> Candidate? {
        let toks = text.tokens
        let t = toks[i]
        var day: Int
        var j = i + 1
        var prefix = 0
        func key(_ k: Int) -> String? { k < hi && joined(toks, k) ? toks[k].key : nil }
        if t.isNumber {
            if let c = dotted(t.key) {
                return Candidate(start: i, prefix: 0, end: i + 1, resolution: .full(c.y, c.m, c.d), score: scoreFullDate)
            }
            guard let v = digitValue(t.key) else { return nil }
            // 15/10/2017, 2017-10-15.
            if i + 2 < hi, let b = digitValue(toks[i + 1].key), let c = digitValue(toks[i + 2].key),
                let s = separator(text, before: i + 1), s == "/" || s == "-",
                separator(text, before: i + 2) == s
            {
                let n0 = t.key.utf8.count, n2 = toks[i + 2].key.utf8.count
                var ymd: (Int, Int, Int)?
                if n0 == 4 && n2 <= 2 { ymd = (v, b, c) } else if n0 <= 2 && n2 == 4 { ymd = (c, b, v) }
                if let (y, m, d) = ymd, y >= 1900, y <= 2100, CalendarDate.isValid(y, m, d) {
                    return Candidate(start: i, prefix: 0, end: i + 3, resolution: .full(y, m, d), score: scoreFullDate)
                }
                return nil
            }
            guard t.key.utf8.count <= 2, v >= 1 && v <= 31 else { return nil }
            day = v
            // A range of days: «22 - 23 مارس», «16 وحتى 19 من مارس»: the first day.
            var k = j
            while k < j + 2, let w = key(k), Lexicon.rangeWords.contains(w) { k += 1 }
            if let w = key(k), toks[k].isNumber, let v2 = digitValue(w), w.utf8.count <= 2, v2 > v, v2 <= 31,
                k > j || separator(text, before: k) == "-"
            {
                j = k + 1
            }
        } else {
            guard let a = Lexicon.anchors[t], case .ordinal(let v) = a.value else { return nil }
            day = v
            prefix = a.prefix
            if v < 10, let w = key(j), let tens = Lexicon.ordinalTens[w] {
                day += tens
                j += 1
            } else if t.key == Lexicon.ordinalOneOnly {
                return nil  // «الحادي» needs «عشر» or «والعشرين»
            }
            guard key(j) == Lexicon.from else { return nil }  // الخامس عشر من أكتوبر
        }
        if key(j) == Lexicon.from { j += 1 }
        if key(j) == Lexicon.monthWord { j += 1 }
        // «15 من الشهر الجاري».
        if key(j) == Lexicon.theMonth, let w = key(j + 1), let delta = Lexicon.monthDelta[w] {
            return Candidate(start: i, prefix: prefix, end: j + 2, resolution: .monthRelative(day: day, months: delta), score: scoreDayMonth)
        }
        guard let (m, e) = month(toks, at: j, hi: hi) else { return nil }
        j = e
        // «تشرين الأول/أكتوبر», «أكتوبر (تشرين الأول)».
        if let (m2, e2) = month(toks, at: j, hi: hi), m2 == m { j = e2 }
        guard day <= CalendarDate.daysInMonth(2000, m) else { return nil }
        // A year: «2017», «عام 2017», «من العام 2017».
        var k = j
        if key(k) == Lexicon.from, let w = key(k + 1), Lexicon.yearWords.contains(w) { k += 1 }
        if let w = key(k), Lexicon.yearWords.contains(w) { k += 1 }
        if let w = key(k), let y = yearValue(w) {
            guard CalendarDate.isValid(y, m, day) else { return nil }
            return Candidate(start: i, prefix: prefix, end: k + 1, resolution: .full(y, m, day), score: scoreFullDate)
        }
        var direction = Direction.past
        if let w = key(j) {
            if Lexicon.pastWords.contains(w) {
                j += 1
            } else if Lexicon.currentWords.contains(w) {
                direction = .current
                j += 1
            } else if Lexicon.futureWords.contains(w) {
                direction = .future
                j += 1
            }
        }
        return Candidate(start: i, prefix: prefix, end: j, resolution: .dayMonth(m, day, direction), score: scoreDayMonth)
    }

    /// «15.10.2017» (one token: the tokenizer keeps dots between digits).
    static func dotted(_ key: String) -> (y: Int, m: Int, d: Int)? {
        let parts = key.split(separator: ".", omittingEmptySubsequences: false)
        guard parts.count == 3, let a = digitValue(String(parts[0])), let m = digitValue(String(parts[1])),
            let b = digitValue(String(parts[2]))
        else { return nil }
        let n0 = parts[0].utf8.count, n2 = parts[2].utf8.count
        let ymd: (Int, Int, Int)
        if n0 <= 2 && n2 == 4 { ymd = (b, m, a) } else if n0 == 4 && n2 <= 2 { ymd = (a, m, b) } else { return nil }
        guard ymd.0 >= 1900, ymd.0 <= 2100, CalendarDate.isValid(ymd.0, ymd.1, ymd.2) else { return nil }
        return ymd
    }
}
