/// A date expression found in a clause.
public struct DateMention: Sendable, Equatable {
    /// The words as written in the original text («ظهر الخميس», «أمس عقب صلاة الجمعة»),
    /// without a conjunction glued to the first word («ومساء الخميس» gives «مساء الخميس»).
    public var text: String
    /// Token indices of the expression.
    public var range: Range<Int>
    /// The calendar day, `YYYY-MM-DD`, when it can be resolved.
    public var date: String?
    /// The day dates a statement about the event («قال المرصد اليوم إن», «أعلن الثلاثاء
    /// أن»), not the event itself: another clause may tell the event's own day.
    public var ofStatement: Bool

    public init(text: String, range: Range<Int>, date: String?, ofStatement: Bool = false) {
        self.text = text
        self.range = range
        self.date = date
        self.ofStatement = ofStatement
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
            if var c = match(text, at: i, floor: floor, hi: hi) {
                if c.score != scoreReportingToday, datesStatementOrReport(toks, start: c.start, end: c.end) {
                    c.score = scoreReportingToday
                    // «اليوم الخميس (23 يوليو 2015) إن»: the day the date restates too.
                    if let p = out.last, p.end == c.start { out[out.count - 1].score = scoreReportingToday }
                }
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
        return DateMention(
            text: words, range: c.start..<c.end, date: resolve(c.resolution, published: pub),
            ofStatement: c.score == scoreReportingToday)
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
}
