/// Relative dates: اليوم، أمس، أول أمس، الليلة الماضية، weekdays (مساء الخميس، يوم الجمعة
/// الماضية)، and «قبل يومين، منذ ثلاثة أيام».
extension DateReader {
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

    /// True when a bare «اليوم» dates a statement (`datesStatement`, «عن» after it too:
    /// «أعلن اليوم عن»).
    static func reportsSpeech(_ toks: [Token], today i: Int, end: Int) -> Bool {
        // «عن» after the day opens what was said only after a verb of saying, which the scan
        // back finds («أعلن المرصد اليوم عن مقتل»); «أسفر الهجوم الذي وقع اليوم عن مقتل»
        // tells the act's result.
        datesStatement(toks, start: i, end: end, openers: Lexicon.thatOpeners)
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
        if tod || todAfter {
            c.score += 1
        } else if c.start == i, datesStatement(toks, start: i, end: c.end) {
            c.score = scoreReportingToday  // «قالت المنظمة، أمس الخميس، إن»
        }
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
        // «أعلن المرصد الثلاثاء أن ...»: a bare weekday right after who said it dates the
        // statement; a day inside what was said («قال إن 5 قتلوا الثلاثاء») is the event's.
        if !tod, c.start == i, c.end == i + 1, datesStatement(toks, start: i, end: c.end) { c.score = scoreReportingToday }
        return c
    }

    /// A bare day word at `start..<end` that a reporting verb shortly before introduces,
    /// with no «أن/إن» between them, or that one of `openers` follows. (By default not «عن»:
    /// after a weekday it is as often the act's, «نجم القصف الاثنين عن سقوط قتلى».)
    static func datesStatement(
        _ toks: [Token], start i: Int, end: Int, openers: WordSet = Lexicon.thatOpeners
    ) -> Bool {
        if end < toks.count, toks[end].boundary <= .comma, openers.contains(toks[end].key) {
            return true
        }
        return saidBefore(toks, i, within: 6, nouns: false)
    }

    /// A verb of saying (or, with `nouns`, a statement's noun) within `within` words before
    /// `start`, in its sentence, with no «أن/إن» between: who said it, just before.
    static func saidBefore(_ toks: [Token], _ start: Int, within: Int, nouns: Bool) -> Bool {
        var j = start
        while j > 0 && start - j < within && toks[j].boundary < .hard {
            j -= 1
            if Lexicon.speechOpeners.contains(toks[j].key) { return false }
            if Lexicon.reportingVerbs.contains(toks[j].key) || nouns && Lexicon.statementNouns.contains(toks[j].key) {
                return true
            }
        }
        return false
    }

    /// A date of any form at `start..<end` that dates a statement or a publication: right
    /// before what was said («وقال المرصد في بيان اليوم الخميس (23 يوليو 2015) إن») or
    /// before the report it names («ونشرت الوكالة في 13 فبراير 2018 تقريرا عن هجوم 7
    /// فبراير»), with a verb of saying or a statement's noun shortly before and no «أن/إن»
    /// between (a date inside what was said is the act's).
    static func datesStatementOrReport(_ toks: [Token], start: Int, end: Int) -> Bool {
        guard end < toks.count, toks[end].boundary <= .quote,
            Lexicon.thatOpeners.contains(toks[end].key) || Lexicon.statementNouns.contains(toks[end].key)
        else { return false }
        return saidBefore(toks, start, within: 12, nouns: true)
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
}
