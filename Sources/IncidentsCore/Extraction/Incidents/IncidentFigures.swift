/// Which of a clause's figures are one incident's: a period's or a campaign's toll is
/// not, and is kept only as a qualified toll.
extension ArticleBuilder {
    /// The clause's killed and wounded figures as one incident's, or nil when the clause
    /// gives only a cumulative toll (a campaign's, a period's) and no day of its own: such
    /// a clause is no incident. With a day, a toll's figures are kept as `حصيلة`, not this
    /// day's numbers.
    func incidentFigures(_ f: ClauseFacts) -> (killed: Casualty, wounded: Casualty)? {
        var killedFigure = f.casualties.killed
        var woundedFigure = f.casualties.wounded
        // A toll told of another act the clause names as the cause or the time of its own
        // is that act's: the clause's own act has no figure. (Only when the clause is not of
        // the last days: «وجاءت هذه الغارات بعد أخرى استهدفت البلدة صباح اليوم، ما أدى إلى
        // مقتل 11» counts today's dead, who are the news whichever strike killed them.)
        if let other = embeddedAct(f), (daysBeforePublication(f.date) ?? 2) >= 2 {
            if let r = f.casualties.killedRange, tellsResult(of: other, at: r) {
                trace?("    killed figure left out by incidentFigures: the toll of the act named at «\(tokens[other.act].key)»")
                killedFigure = .none
            }
            if let r = f.casualties.woundedRange, tellsResult(of: other, at: r) { woundedFigure = .none }
        }
        let killing = killedFigure.isMentioned || woundedFigure.isMentioned
        if killing, let why = cumulativeReason(f), !dayFigureBeforeToll(f) {
            // A period's toll at a place («250 مدنياً قضوا في ثلاثة أيام من القصف على
            // إدلب»): kept as a toll, the frame the day's figures told after it join.
            let periodAtPlace = CasualtyReader.spansPeriod(tokens, in: f.range)
                && f.places.contains { $0.governorate != nil && !$0.isGeneric }
            // A count across the whole country is no incident, whatever its day.
            if f.date == nil && !periodAtPlace || why == Self.wholeCountry {
                trace?("    dropped by incidentFigures: a cumulative toll (\(why)) with no day of its own")
                return nil
            }
            trace?("    figures kept as a toll by incidentFigures: \(why)")
            if killedFigure.value != nil || killedFigure.qualifier == .toll { killedFigure = Casualty(qualifier: .toll) }
            if woundedFigure.value != nil { woundedFigure = Casualty(qualifier: .toll) }
        }
        return (killedFigure, woundedFigure)
    }

    /// Why the clause's figures are a toll over time rather than one incident's, or nil.
    func cumulativeReason(_ f: ClauseFacts) -> String? {
        let killed = f.casualties.killed.value ?? 0
        if f.casualties.killed.qualifier == .toll || f.casualties.wounded.qualifier == .toll {
            return "a period, campaign or report toll"
        }
        if hasWord(EventLexicon.sinceWords, in: f.range) { return "a total" }
        for i in f.range.dropFirst() where tokens[i] == FunctionWords.alaan && FigureWords.until.contains(tokens[i - 1]) {
            return "a count until now"
        }
        // «منذ بدء الهجوم»; not «منذ صباح اليوم».
        for i in f.range where FigureWords.since.contains(tokens[i]) && !describesAfterAct(i, f) {
            if i + 1 < f.range.upperBound, !CasualtyWords.shortTimes.contains(tokens[i + 1]) { return "since" }
        }
        // «ارتفعت حصيلة القتلى إلى …» with no day: a campaign's count climbing. With a day
        // named it is that day's incident's count, which rises as bodies are found.
        // (Not in an article's lead, for fewer than 100: «أفادت مصادر طبية بارتفاع حصيلة
        // القتلى في الغوطة إلى 28 مدنيا» opens the day's news with the day's toll.)
        if f.date == nil && hasWord(FigureWords.risingCount, in: f.range)
            && !CasualtyReader.isPreliminaryCount(tokens, in: f.range)
            && !(clauseIndex == 0 && killed < 100)
        {
            return "a rising count with no day"
        }
        // «ارتفع عدد قتلى الفصائل في عموم سوريا إلى 130»: a count across the country,
        // however recent its day, is many incidents' toll.
        if hasWord(FigureWords.risingCount, in: f.range) && saysWholeCountry(f) {
            return Self.wholeCountry
        }
        // «خلّفت الحملة العسكرية نحو 900 قتيل»: a campaign's toll. Hundreds
        // killed in one day at one place are rare, and such reports give the day.
        if killed >= 200 && f.date == nil && hasWord(EventLexicon.campaignWords, in: f.range) {
            return "hundreds killed in a campaign"
        }
        // Hundreds killed with neither a day nor one attack named («وثق مقتل أكثر من 400
        // عنصر», «قتل ما يقرب من ألف من رجاله»): a count over a period.
        if killed >= 200 && f.date == nil && !hasWord(FigureWords.oneEvent, in: f.range) {
            return "hundreds killed with no day and no one attack"
        }
        // More than a thousand dead in one incident needs an explicit one-event reading:
        // a day and one attack («الهجوم الكيماوي … الثلاثاء»).
        // («أكثر من ألف» reads 1000: a thousand or more.)
        // (The day of a statement, «قالت المنظمة أمس إن», is no day of an event.)
        if killed >= 1000 && !(f.date.map { !$0.ofStatement } == true && hasWord(FigureWords.oneEvent, in: f.range)) {
            return "1000 killed or more with no one-event reading"
        }
        // Not a span in a description after the act («... في بادية حمص، وهي منطقة بقيت
        // بمنأى عن المعارك خلال سنوات النزاع»): it tells of the place, not of the toll.
        for i in f.range where EventLexicon.timeSpans.contains(tokens[i]) && !describesAfterAct(i, f) {
            let lo = max(f.range.lowerBound, i - 3), hi = min(f.range.upperBound, i + 4)
            if hasWord(EventLexicon.periodWords, in: lo..<hi) { return "a span of time" }
        }
        // «خلال يومي الاثنين والثلاثاء», «على مدى يومين»: two days' toll (not «منذ يومين»,
        // two days ago).
        for i in f.range.dropFirst() where FigureWords.twoDays.contains(tokens[i])
            && FigureWords.over.contains(tokens[i - 1])
        {
            return "two days' toll"
        }
        if continuesPeriodToll(f) { return "the other side of the period toll before it" }
        return nil
    }

    static let wholeCountry = "a rising count across the country"

    /// «قصفت الطائرات مطارا ردا على قصف بالغاز ...», «خطف 30 مدنيا أثناء هجومه
    /// على القرى»: an act the clause names after one of its own, as its cause or its time
    /// («ردا على», «بعد», «إثر», «أثناء», «خلال»): its cue, and the word that names it so.
    func embeddedAct(_ f: ClauseFacts) -> (act: Int, by: Int)? {
        guard let own = f.cues.first(where: { $0.cue != .killing })?.at else { return nil }
        for (_, at) in f.cues where at > own + 1 {
            if let by = wordBefore(at, in: FigureWords.causeOrTime, floor: own + 1) { return (at, by) }
        }
        return nil
    }

    /// The figure at `range` comes after the act named at `other`, told by a relative clause
    /// or a verb of result («... قصف بغاز الكلور أوقع 50 قتيلا», «هجومه، والذي
    /// أوقع 250 قتيلا»): it counts that act's dead. After «خلال» («شن غارات خلال الهجوم
    /// أسفرت عن مقتل 10») the strikes' own toll reads the same way, so only a relative
    /// clause («خلال الهجوم الذي ... وأوقع») gives the toll to the other act.
    func tellsResult(of other: (act: Int, by: Int), at range: Range<Int>) -> Bool {
        guard range.lowerBound > other.act else { return false }
        let span = (other.act + 1)...range.lowerBound
        if FigureWords.during.contains(tokens[other.by]) {
            return span.contains { FilterWords.relatives.contains(tokens[$0]) }
        }
        return span.contains {
            FigureWords.resultWords.contains(tokens[$0]) || FilterWords.relatives.contains(tokens[$0])
        }
    }

    /// «أسفر القصف على حرستا عن مقتل ثمانية مدنيين، لترتفع بذلك حصيلة القتلى منذ 18 شباط
    /// إلى 1100»: where a clause that counts an act's dead goes on with the running total they
    /// add to. The total is a period's; the act, its figure and its day are told before it,
    /// and the total's «منذ» or date is none of theirs. Nil when nothing is counted before.
    func runningTotalSplit(_ clause: Range<Int>, cues: [(cue: EventCue, at: Int)]) -> Int? {
        guard let i = clause.first(where: { FigureWords.runningTotal.contains(tokens[$0]) }),
            i > clause.lowerBound + 2, cues.contains(where: { $0.at < i })
        else { return nil }
        let before = CasualtyReader.read(tokens, in: clause.lowerBound..<i)
        return before.killed.value != nil || before.wounded.value != nil ? i : nil
    }

    /// «قتل خمسة مدنيين السبت ... ليرتفع عدد القتلى منذ بدء التصعيد إلى 105»: the clause gives
    /// its day, and the figure read is the day's, told before the running total begins.
    func dayFigureBeforeToll(_ f: ClauseFacts) -> Bool {
        guard f.date != nil, let figure = f.casualties.killedRange,
            let rise = f.range.first(where: { FigureWords.risingCount.contains(tokens[$0]) })
        else { return false }
        return figure.upperBound <= rise
    }

    /// The clause places what it tells in the whole country («في سوريا», «بسوريا», «في
    /// البلاد») and names no place in it.
    func saysWholeCountry(_ f: ClauseFacts) -> Bool {
        guard !f.places.contains(where: { $0.governorate != nil && !$0.isGeneric }) else { return false }
        return CountryParts.wholeCountry(in: tokens, range: f.range)
    }

    /// «قضى في الاشتباكات الدائرة منذ أسبوعين 90 من عناصر التنظيم، فيما قضى 60 من الفصائل»:
    /// a clause that sets its dead against the toll of the clause before, in one sentence,
    /// counts over the same period.
    func continuesPeriodToll(_ f: ClauseFacts) -> Bool {
        let first = f.range.lowerBound
        guard clauseIndex > 0, clauseIndex - 1 < records.count, first + 1 < f.range.upperBound,
            tokens[first].boundary < .hard
        else { return false }
        let contrast = FigureWords.contrast.contains(tokens[first])
            || (FigureWords.inWord.contains(tokens[first]) && FigureWords.when.contains(tokens[first + 1]))
        guard contrast else { return false }
        let before = records[clauseIndex - 1].range
        guard before.upperBound == first else { return false }
        let reading = CasualtyReader.read(tokens, in: before)
        if reading.killed.qualifier == .toll || reading.wounded.qualifier == .toll { return true }
        for i in before where FigureWords.since.contains(tokens[i]) {
            if i + 1 < before.upperBound, !CasualtyWords.shortTimes.contains(tokens[i + 1]) { return true }
        }
        return false
    }
}

/// Words `isCumulative` reads in context.
enum FigureWords {
    /// «فيما», «بينما», «في حين»: a clause set against the one before.
    static let contrast = WordSet(.exact, ["فيما", "بينما", "وفيما", "وبينما"])
    static let inWord = WordSet(.exact, ["في"])
    static let twoDays = WordSet(.exact, ["يومي", "يومين", "اليومين", "يومان"])
    /// «خلال», «طوال», «على مدى»: over a span.
    static let over = WordSet(.procliticsAndSuffixes, ["خلال", "طوال", "طيلة", "مدى"])

    static let when = WordSet(.exact, ["حين"])
    /// What names an act as another's cause or time: «ردا على», «بعد», «أثناء».
    static let causeOrTime = FilterWords.followingOrCause.union(["أثناء", "اثناء", "إبان", "وأثناء"]).union(during)
    /// «خلال»: during an act, or over a span.
    static let during = WordSet(.exact, ["خلال", "وخلال"])
    /// Verbs an act's toll follows: «أوقع», «أسفر عن», «خلّف», «أدى إلى».
    static let resultWords = WordSet(.procliticsAndSuffixes, [
        "أوقع", "أوقعت", "أسفر", "أسفرت", "خلف", "خلفت", "أدى", "أدت", "حصد", "حصدت", "راح",
    ])
    static let since = WordSet(.exact, ["منذ", "ومنذ"])
    /// «حتى الآن», «لغاية الآن».
    static let until = WordSet(.exact, ["حتى", "لغاية", "للآن"])
    /// A count that climbs: «ارتفعت حصيلة القتلى إلى», «ليرتفع عدد القتلى».
    static let risingCount = WordSet(.procliticsAndSuffixes, [
        "ارتفعت", "ارتفع", "ليرتفع", "لترتفع", "ترتفع", "يرتفع", "حصيلة", "الحصيلة", "ارتفاع",
    ])
    /// A result clause that opens a running total («ليرتفع», «لتصل»).
    static let runningTotal = WordSet(.procliticsAndSuffixes, ["ليرتفع", "لترتفع", "ليصل", "لتصل", "ليبلغ", "لتبلغ"])
    /// One attack, named as such.
    static let oneEvent = WordSet(.procliticsAndSuffixes, [
        "المجزرة", "مجزرة", "الهجوم", "هجوم", "التفجير", "تفجير", "الانفجار", "انفجار", "الغارة", "غارة",
        "الضربة", "ضربة",
    ])
}
