/// Which of a clause's figures are one incident's: a period's or a campaign's toll is
/// not, and is kept only as a qualified toll.
extension ArticleBuilder {
    /// The clause's killed and wounded figures as one incident's, or nil when the clause
    /// gives only a cumulative toll (a campaign's, a period's) and no day of its own: such
    /// a clause is no incident. With a day, a toll's figures are kept as `حصيلة`, not this
    /// day's numbers.
    func incidentFigures(_ f: ClauseFacts) -> (killed: Casualty, wounded: Casualty)? {
        let killing = f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned
        var killedFigure = f.casualties.killed
        var woundedFigure = f.casualties.wounded
        if killing && isCumulative(f) {
            if f.date == nil { return nil }
            if killedFigure.value != nil || killedFigure.qualifier == .toll { killedFigure = Casualty(qualifier: .toll) }
            if woundedFigure.value != nil { woundedFigure = Casualty(qualifier: .toll) }
        }
        return (killedFigure, woundedFigure)
    }

    /// The clause speaks of a toll over a span of time («في الأيام التسعة الماضية», «منذ
    /// بدء الهجوم», «ليرتفع عدد القتلى إلى»), or the casualty reader saw a toll.
    func isCumulative(_ f: ClauseFacts) -> Bool {
        if f.casualties.killed.qualifier == .toll || f.casualties.wounded.qualifier == .toll {
            return true
        }
        if hasWord(EventLexicon.sinceWords, in: f.range) { return true }
        for i in f.range.dropFirst() where tokens[i] == FunctionWords.alaan && tokens[i - 1] == FunctionWords.hatta {
            return true
        }
        // «أدت العملية العسكرية إلى مقتل أكثر من 1600 شخص»: a campaign's toll. Hundreds
        // killed in one day at one place are rare, and such reports give the day.
        if (f.casualties.killed.value ?? 0) >= 200 && f.date == nil
            && hasWord(EventLexicon.campaignWords, in: f.range)
        {
            return true
        }
        for i in f.range where EventLexicon.timeSpans.contains(tokens[i]) {
            let lo = max(f.range.lowerBound, i - 3), hi = min(f.range.upperBound, i + 4)
            if hasWord(EventLexicon.periodWords, in: lo..<hi) { return true }
        }
        return false
    }
}
