/// Explicit dates: 15 تشرين الأول 2017، 15 أكتوبر/تشرين الأول، الخامس عشر من أكتوبر، 15 من
/// الشهر الجاري، 15/10/2017، 2017-10-15.
extension DateReader {
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
