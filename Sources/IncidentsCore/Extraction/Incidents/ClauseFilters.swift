/// Precision filters: a clause that names a violent act may still not report one incident
/// of the article's days. Talk about an act, the past recalled, a period, a toll.
extension ArticleBuilder {
    /// The clause reports an act as news: not talk about one (a threat, a denial, a
    /// condemnation, an inquiry), not the past recalled, not a period, not a date well
    /// before publication.
    func isNews(_ f: ClauseFacts) -> Bool {
        // Talk about an act (a threat, a denial, a condemnation, an inquiry) is not a report
        // of one; protesters denounce things while being shot at, so protests are exempt.
        if !f.has(.protest) && hasWord(EventLexicon.nonFactualWords, in: f.range) { return false }
        // «وكانت الولايات المتحدة شنت ...»: the past recalled as background.
        if let first = f.range.first, EventLexicon.pluperfectWords.contains(tokens[first]) { return false }
        // Years, months, «منذ أن ...»: a period or the past recalled, not one incident.
        if isPeriodOrPast(f) { return false }
        // A date well before publication is background, not news.
        if let d = f.date?.date, let p = published, let gap = CalendarDate.daysBetween(d, p), gap > 10 {
            return false
        }
        return true
    }

    /// The clause is about years or months («بعد خمس سنوات من الحصار»), names a year before
    /// the article's («في أبريل 2017» in a 2018 article), or says «منذ» of anything longer
    /// than today.
    func isPeriodOrPast(_ f: ClauseFacts) -> Bool {
        if hasWord(EventLexicon.longSpans, in: f.range) { return true }
        let year = published.flatMap { Int($0.prefix(4)) }
        for i in f.range {
            let t = tokens[i]
            if t.isNumber, t.key.utf8.count == 4, let y = Int(t.key), y >= 1900, y <= 2100 {
                if let year, y < year { return true }
            }
            if t == FunctionWords.mundhu {
                let next = i + 1 < f.range.upperBound ? tokens[i + 1] : nil
                if next.map({ !EventLexicon.sinceShort.contains($0) }) ?? true { return true }
            }
        }
        return false
    }

    func hasWord(_ set: WordSet, in range: Range<Int>) -> Bool {
        set.any(tokens, range)
    }
}
