/// Dates of social-media posts: the English date of a platform («December 1, 2024»), and a
/// post's own date line at its top, which stands for the publication date when the input
/// gives none.
extension DateReader {
    /// «December 1, 2024», «Dec 1»: an English month, its day, a year after a comma.
    static func englishDate(_ toks: [Token], month m: Int, at i: Int, hi: Int) -> Candidate? {
        guard i + 1 < hi, joined(toks, i + 1), toks[i + 1].isNumber, toks[i + 1].key.utf8.count <= 2,
            let d = digitValue(toks[i + 1].key), d >= 1, d <= CalendarDate.daysInMonth(2000, m)
        else { return nil }
        if i + 2 < hi, toks[i + 2].boundary <= .comma, let y = yearValue(toks[i + 2].key),
            CalendarDate.isValid(y, m, d)
        {
            return Candidate(start: i, prefix: 0, end: i + 3, resolution: .full(y, m, d), score: scoreFullDate)
        }
        return Candidate(start: i, prefix: 0, end: i + 2, resolution: .dayMonth(m, d, .past), score: scoreDayMonth)
    }

    /// Lines at the top of a post looked at for its date line (a page name may come first).
    static let postDateLines = 3
    /// Most tokens of a date line («الأحد 1 كانون الأول 2024 الساعة 10:15 مساء»).
    static let postDateLineTokens = 12

    /// The date of a post's date line, `YYYY-MM-DD`: one of its first lines holds a full date
    /// and nothing else but times, weekdays and Latin words («December 1, 2024 at 10:15
    /// AM», «الأحد 1 كانون الأول 2024»). A headline that tells an event with its date is
    /// not a date line.
    public static func postDate(in text: TokenizedText) -> String? {
        let toks = text.tokens
        var lineStart = 0
        var lines = 0
        var k = 1
        while lines < postDateLines && lineStart < toks.count {
            while k < toks.count && k - lineStart <= postDateLineTokens && !breaksLine(text, before: k) { k += 1 }
            if k - lineStart <= postDateLineTokens, let date = dateLine(text, lineStart..<k) { return date }
            // Past a long line: on to the next line break, if it is still near the top.
            while k < toks.count && !breaksLine(text, before: k) { k += 1 }
            lineStart = k
            k += 1
            lines += 1
        }
        return nil
    }

    private static func dateLine(_ text: TokenizedText, _ line: Range<Int>) -> String? {
        let toks = text.tokens
        for c in candidates(in: text, range: line) {
            guard case .full(let y, let m, let d) = c.resolution else { continue }
            for j in line where !(c.start..<c.end).contains(j) && !isDateLineWord(toks[j]) { return nil }
            return CalendarDate.string(y, m, d)
        }
        return nil
    }

    /// What a date line holds besides the date: times, weekdays, Latin words («at», «AM»).
    private static func isDateLineWord(_ t: Token) -> Bool {
        if t.isNumber || (t.key.utf8.first.map { $0 >= 0x61 && $0 <= 0x7A } ?? false) { return true }
        if let a = Lexicon.anchors[t], case .weekday = a.value { return true }
        return Lexicon.timesAfter.contains(t.key) || Lexicon.clockWords.contains(t.key)
    }

    private static func breaksLine(_ text: TokenizedText, before k: Int) -> Bool {
        var i = text.tokens[k - 1].end
        while i < text.tokens[k].start {
            if text.scalars[i] == "\n" { return true }
            i += 1
        }
        return false
    }
}

extension DateReader.Lexicon {
    /// «الساعة 10:15 م»: a clock time on a date line.
    static let clockWords = set(["الساعة", "م", "ص", "صباحا", "مساء", "ظهرا"])
}
