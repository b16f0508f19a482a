/// Precision filters: a clause that names a violent act may still not report one incident
/// of the article's days. Talk about an act, the past recalled, a period, a toll, abroad.
/// Each reads its trigger in context: the words around a real report (a victim's age, the
/// time «منذ ساعات الصباح», «ما إذا» "whether", a place described as under someone's
/// control) do not fire it.
/// Why a clause that names an act is not news: the rule that fired, and what it read (for
/// `--trace`). The rule also says whether the act it names happened before the article's
/// days (`BackgroundActs`) or abroad (counted, not stored).
struct NotNews {
    enum Rule: Equatable {
        case talk, notDone, onlyAsTime, reportCount, pastRecalled, pastMarker, pastTime, period
        case backgroundDate, abroad, tally
    }
    var rule: Rule
    var why: String
}

extension ArticleBuilder {
    /// The clause reports an act as news: not talk about one (a threat, a denial, a
    /// condemnation, an inquiry), not the past recalled, not a period, not a date well
    /// before publication, not abroad.
    func isNews(_ f: ClauseFacts) -> Bool { notNews(f) == nil }

    /// The rule that keeps clause `f` from being news, and what it read; nil when it is news.
    func notNews(_ f: ClauseFacts) -> NotNews? {
        // Talk about an act (a threat, a denial, a condemnation, an inquiry) is not a report
        // of one; protesters denounce things while being shot at, so protests are exempt.
        if !f.has(.protest), let i = talkTrigger(f) {
            return NotNews(rule: .talk, why: "talk about an act: «\(tokens[i].key)» frames the act")
        }
        if let i = negatedOrPurposeOnly(f) {
            return NotNews(rule: .notDone, why: "no act done: every act cue is denied or a purpose («\(tokens[i].key)»)")
        }
        if let i = actOnlyAsTime(f) {
            return NotNews(rule: .onlyAsTime, why: "an act named only as when or why something else happened: «\(tokens[i].key)»")
        }
        if let i = reportCount(f) {
            return NotNews(rule: .reportCount, why: "a report's or a study's count: «\(tokens[i].key)» with no day of its own")
        }
        if let why = pastRecalled(f) { return NotNews(rule: .pastRecalled, why: why) }
        if let i = pastMarker(f) {
            return NotNews(rule: .pastMarker, why: "the past recalled: «\(tokens[i].key)» before the act")
        }
        // Years, months, «منذ أن ...»: a period or the past recalled, not one incident.
        if let verdict = periodOrPast(f) ?? recentPast(f) { return verdict }
        if let gap = backgroundDate(f) {
            return NotNews(rule: .backgroundDate, why: "background date: \(gap) days before publication («\(f.date?.text ?? "")»)")
        }
        if let why = abroad(f) { return NotNews(rule: .abroad, why: why) }
        if continuesTally(f) {
            return NotNews(rule: .tally, why: "goes on with the clause before, a period's toll or the past (no place or day of its own)")
        }
        return nil
    }

    // MARK: A tally that goes on

    /// «وقتل 252 من الفصائل مقابل 281 من المقاتلين الأكراد خلال المعارك. كما قتل 149 مدنيا
    /// بحسب المرصد»: right after a clause whose toll is a period's (dropped as one), a clause
    /// that only counts more dead (a killing word, no act of its kind, no place but
    /// «البلدة», no day but a statement's, no side) goes on with the same tally. Right after
    /// an act of the past, a clause with no place but «البلدة», no day but a statement's and
    /// no side goes on about that act («في أبريل 2017 وقع هجوم على خان شيخون. وقال شهود إنهم شاهدوا
    /// طائرات تقصف البلدة»). Neither is an incident, nor the deaths of one told before.
    func continuesTally(_ f: ClauseFacts) -> Bool {
        guard let (before, past) = tallyClause, before == clauseIndex - 1,
            f.places.allSatisfy(\.isGeneric), f.date?.ofStatement ?? true, f.actors.isEmpty
        else { return false }
        return past || f.casualties.killed.value != nil && telling(f) == .bareKilling
    }

    /// Why clause `f`, which names an act and is `verdict`, yields no draft (for `--trace`);
    /// `periodToll`: `incidentFigures` found the clause's toll a period's.
    func whyNoDraft(_ f: ClauseFacts, _ verdict: NotNews?, periodToll: Bool) -> String {
        if let verdict { return verdict.why }
        if periodToll { return "a period's toll with no day of its own (IncidentFigures)" }
        return "no event type: the cues name no act the product records (EventTyping)"
    }

    // MARK: Talk about an act

    /// The token of a word that makes the clause talk about an act rather than report it:
    /// it stands before an act cue it frames («حذرت من قصف», «نفت أن تكون قصفت», «إذا
    /// شنت»), or an adjective of possibility follows the cue («هجوم محتمل»). Not when it
    /// only looks like one: «ما إذا» (whether), «حالة» (a state), «لتحقيق تقدم» (to
    /// achieve), a fear that the toll rises; and a denial or an accusation only disputes
    /// who did it when the clause counts the dead.
    func talkTrigger(_ f: ClauseFacts) -> Int? {
        guard let lastCue = f.cues.map(\.at).max() else { return nil }
        let figure = f.casualties.killed.value != nil || f.casualties.wounded.value != nil
        for i in f.range where EventLexicon.nonFactualWords.contains(tokens[i]) {
            let after = i < lastCue
            let adjective = EventLexicon.possibilityAdjectives.contains(tokens[i])
                && f.cues.contains { $0.at < i && i - $0.at <= 2 }
            guard after || adjective else { continue }
            if !isTalkInContext(i, f.range) { continue }
            if figure && EventLexicon.attributionWords.contains(tokens[i]) { continue }
            return i
        }
        return nil
    }

    /// Whether the trigger at `i` means what it says where it stands.
    func isTalkInContext(_ i: Int, _ range: Range<Int>) -> Bool {
        let t = tokens[i]
        let prev = i > range.lowerBound ? tokens[i - 1] : nil
        let next = i + 1 < range.upperBound ? tokens[i + 1] : nil
        // «في حال» (in case): a condition; «حال» alone is a state or «as soon as».
        if FilterWords.halForms.contains(t) {
            return t == FilterWords.hal && (prev.map { FilterWords.fi.contains($0) } ?? false)
        }
        // «ما إذا» (whether) asks, it does not suppose.
        if FilterWords.idha.contains(t), let p = prev, p == FilterWords.ma { return false }
        // «تحقيق» is an inquiry with «في», «فتح», «لجنة»; otherwise «تحقيق تقدم» (achieving).
        if FilterWords.inquiry.contains(t) {
            let opens = prev.map { FilterWords.inquiryOpeners.contains($0) } ?? false
            let into = next.map { FilterWords.inquiryObjects.contains($0) } ?? false
            return opens || into
        }
        // «روى شهود عيان أن الطائرات قصفت»: witnesses' accounts are the news.
        if FilterWords.tell.contains(t) {
            let hi = min(range.upperBound, i + 4)
            if FilterWords.witnesses.any(tokens, (i + 1)..<hi) { return false }
        }
        // «مخاوف من ارتفاع عدد القتلى»: a hedge on the toll, not a condition on the act.
        if FilterWords.fear.contains(t) {
            let hi = min(range.upperBound, i + 4)
            if FilterWords.rise.any(tokens, (i + 1)..<hi) { return false }
        }
        return true
    }

    // MARK: Acts not done

    /// The token of the first cue when every act cue of the clause is denied («لم تنفذ أي
    /// غارات», «لا معارك»), a purpose («مشروع لقتل», «تستعد لقصف») or supposed («لأي
    /// هجوم», «خوفا من هجوم»): nothing was done.
    /// Casualty words alone do not make an act («لم تسفر عن إصابات» after a strike keeps
    /// the strike, which is not denied).
    func negatedOrPurposeOnly(_ f: ClauseFacts) -> Int? {
        guard let first = f.cues.first?.at else { return nil }
        for (_, at) in f.cues where !isNegated(at, f.range) && !isPurpose(at, f.range) && !isSupposed(at, f.range) {
            return nil
        }
        return first
    }

    /// «للتصدي لأي هجوم» (any attack), «نزحوا خوفا من هجوم», «تحسبا لهجوم»: an act supposed
    /// or feared, not one done.
    func isSupposed(_ at: Int, _ range: Range<Int>) -> Bool {
        if at > range.lowerBound, FilterWords.anyOf.contains(tokens[at - 1]) { return true }
        return wordBefore(at, in: FilterWords.fearOf, floor: range.lowerBound) != nil
    }

    /// «لا معارك», «لم تشن أي ضربات», «دون قصف», «عدم وقوع اشتباكات».
    func isNegated(_ at: Int, _ range: Range<Int>) -> Bool {
        var k = at - 1
        if k >= range.lowerBound, FilterWords.anyOf.contains(tokens[k]) { k -= 1 }
        if k >= range.lowerBound, FilterWords.doVerbs.contains(tokens[k]) { k -= 1 }
        return k >= range.lowerBound && FilterWords.negations.contains(tokens[k])
    }

    /// «يسعى لاستعادة», «مشروع لقتل», «تستعد لاقتحام»: ل + the act's noun after a word of
    /// intent is what someone means to do. Not «تعرضت لقصف» (was shelled), «تصدت لهجوم»
    /// (repelled an attack): the ل there takes the act as an object.
    func isPurpose(_ at: Int, _ range: Range<Int>) -> Bool {
        let key = tokens[at].key
        guard key.hasPrefix("ل"), !key.hasPrefix("لقي"), !key.hasPrefix("لقو") else { return false }
        var rest = String(key.dropFirst())
        if rest.hasPrefix("ل") { rest = "ا" + rest }
        guard EventLexicon.words[rest] != nil else { return false }
        return FilterWords.intent.any(tokens, max(range.lowerBound, at - 4)..<at)
    }

    // MARK: Acts named as a time

    /// «ونصت التسوية التي أبرمت عقب هجوم كبير», «أغلقت السلطات المعابر ردا على قصف بالغاز»:
    /// every act cue stands right after «في أعقاب», «عقب», «إثر», «بعد» or «ردا على»,
    /// «انتقاما ل» and the clause counts no one hurt: the act dates or explains something
    /// else (an agreement, a displacement, a reprisal). With casualties («قتل 5 إثر قصف»)
    /// it is the act.
    func actOnlyAsTime(_ f: ClauseFacts) -> Int? {
        guard !f.casualties.killed.isMentioned, !f.casualties.wounded.isMentioned,
            !hasWord(FilterWords.harm, in: f.range), let first = f.cues.first
        else { return nil }
        var previous = -2
        for (_, at) in f.cues {
            defer { previous = at }
            // A cue right after another is the same phrase («هجمات كيماوية»).
            if at == previous + 1 { continue }
            guard wordBefore(at, in: FilterWords.followingOrCause, floor: f.range.lowerBound) != nil else { return nil }
        }
        return first.at
    }

    /// A word of `set` among the two words before the cue at `at` (not before `floor`):
    /// «عقب هجوم», «ردا على قصف», «أثناء هجومه». Its index, or nil.
    func wordBefore(_ at: Int, in set: WordSet, floor: Int) -> Int? {
        (max(floor, at - 2)..<at).first { set.contains(tokens[$0]) }
    }

    // MARK: Reports and studies

    /// «وأحصى التقرير وفاة 212 شخصا», «بيانات أسبوعية تشير إلى مقتل مدنيين», «في دراسة عن
    /// الانتحاريين»: a report or a study that frames the act and names no day counts many
    /// acts, not one incident. A news report of one day («ذكر تقرير أن غارة قتلت 5 أمس»)
    /// gives its day.
    func reportCount(_ f: ClauseFacts) -> Int? {
        guard f.date == nil, let firstCue = f.cues.map(\.at).min() else { return nil }
        return firstWord(FilterWords.reports, in: f.range.lowerBound..<firstCue)
    }

    // MARK: The past recalled

    /// «وكانت الولايات المتحدة شنت ...» opening a clause recalls the past as background.
    /// Not when what was reported earlier is the news («وكانت وكالة سانا ذكرت أن ...»), nor
    /// when the clause names a day of the last week («وكان 5 مدنيين قتلوا أمس»).
    func pastRecalled(_ f: ClauseFacts) -> String? {
        guard let first = f.range.first, EventLexicon.pluperfectWords.contains(tokens[first]) else {
            return nil
        }
        let hi = min(f.range.upperBound, first + 8)
        if let firstCue = f.cues.map(\.at).min(),
            let say = ((first + 1)..<hi).first(where: { FilterWords.reportVerbs.contains(tokens[$0]) }),
            say < firstCue
        {
            // «وكانت وكالة محلية في البداية قد ذكرت أن»: what was said at first, since
            // corrected, is not the news.
            if let k = ((first + 1)..<say).first(where: { FilterWords.atFirst.contains(tokens[$0]) }) {
                return "a first report since corrected: «\(tokens[k].key)»"
            }
            return nil
        }
        if let d = f.date?.date, let p = published, let gap = CalendarDate.daysBetween(d, p), gap >= 0, gap <= 7 {
            return nil
        }
        return "the past recalled: «\(tokens[first].key)» opens the clause"
    }

    /// How many days before publication a mention dates the event (not a statement), or nil.
    func daysBeforePublication(_ m: DateMention?) -> Int? {
        guard let m, !m.ofStatement, let d = m.date, let p = published else { return nil }
        return CalendarDate.daysBetween(d, p)
    }

    /// A date well before publication is background, not news: how many days before.
    func backgroundDate(_ f: ClauseFacts) -> Int? {
        guard let d = f.date?.date, let p = published, let gap = CalendarDate.daysBetween(d, p), gap > 10 else {
            return nil
        }
        return gap
    }

    /// «الذي شن في الماضي غارات», «شن سابقا غارات»: a word of the past right before
    /// an act cue (within three words) recalls acts done before, not this one.
    func pastMarker(_ f: ClauseFacts) -> Int? {
        for (_, at) in f.cues {
            for i in max(f.range.lowerBound, at - 3)..<at where FilterWords.past.contains(tokens[i]) {
                // «في الماضي», «في السابق» are two words («الأربعاء الماضي» is a day, «الرئيس
                // السابق» a former one); «سابقا» one.
                if FilterWords.pastNouns.contains(tokens[i]), i == f.range.lowerBound || !FilterWords.fi.contains(tokens[i - 1]) {
                    continue
                }
                return i
            }
        }
        return nil
    }

    // MARK: Periods and the past

    /// The clause is about years or months («بعد خمس سنوات من الحصار») or says «منذ» of
    /// anything longer than today (`.period`), or names a year or a month before the
    /// article's («في أبريل 2017» in a 2018 article: `.pastTime`) — unless it is a victim's
    /// age («طفل يبلغ من العمر 10 سنوات», «عمره 19 عاما») or it describes a place or a party
    /// in a relative clause after the act («... في قرية شرقي حمص، وهي قرية نجت من القصف
    /// طوال عقد من الحرب»).
    func periodOrPast(_ f: ClauseFacts) -> NotNews? {
        let year = published.flatMap { Int($0.prefix(4)) }
        for i in f.range {
            let t = tokens[i]
            if EventLexicon.longSpans.contains(t) {
                if isAge(i, f.range) || describesAfterAct(i, f) { continue }
                return NotNews(rule: .period, why: "a period: «\(t.key)»")
            }
            if t.isNumber, t.key.utf8.count == 4, let y = Int(t.key), y >= 1900, y <= 2100 {
                if let year, y < year, !describesAfterAct(i, f) { return NotNews(rule: .pastTime, why: "a past year: \(y)") }
            }
            if f.date == nil, FilterWords.inMonth.contains(t), let m = pastMonth(after: i, f.range),
                !describesAfterAct(i, f)
            {
                return NotNews(rule: .pastTime, why: "a past month: «\(t.key) \(tokens[i + 1].key)» (month \(m))")
            }
            // «هذا العام», «العام الحالي»: the year so far.
            if f.date == nil, FilterWords.yearWords.contains(t), thisYear(i, f.range), !describesAfterAct(i, f) {
                return NotNews(rule: .period, why: "a period: this year («\(t.key)»)")
            }
            if t == FunctionWords.mundhu {
                let next = i + 1 < f.range.upperBound ? tokens[i + 1] : nil
                let recent = next.map { EventLexicon.sinceShort.contains($0) } ?? false
                // «قتل 5 السبت ... ليرتفع عدد القتلى منذ بدء التصعيد إلى 105»: the span is
                // the running total's, after a day's act (`IncidentFigures` reads which
                // figure is the day's).
                let total = f.date != nil
                    && (max(f.range.lowerBound, i - 5)..<i).contains { FigureWords.risingCount.contains(tokens[$0]) }
                if !recent && !total && !describesAfterAct(i, f) {
                    return NotNews(rule: .period, why: "«منذ» of a long time: «منذ \(next?.key ?? "")»")
                }
            }
        }
        return nil
    }

    /// With no day of its own: «حينها», «آنذاك» (at the time of an act told before) and
    /// «مؤخرا» (recently) recall the past; «في الأيام الماضية», «خلال الأسابيع الأخيرة» are a
    /// span of recent days, many acts. Not in a description after the act («قتل 5 في بلدة
    /// كفرنبل التي تتعرض لقصف مكثف في الأيام الأخيرة»).
    func recentPast(_ f: ClauseFacts) -> NotNews? {
        guard f.date?.ofStatement ?? true else { return nil }
        for i in f.range {
            let past = FilterWords.then.contains(tokens[i]) || FilterWords.recently.contains(tokens[i])
            let span = !past && FilterWords.recentSpans.contains(tokens[i]) && i + 1 < f.range.upperBound
                && FilterWords.lastOnes.contains(tokens[i + 1])
            guard past || span, !describesAfterAct(i, f) else { continue }
            if past { return NotNews(rule: .pastMarker, why: "the past recalled: «\(tokens[i].key)»") }
            return NotNews(rule: .period, why: "a span of recent days: «\(tokens[i].key) \(tokens[i + 1].key)»")
        }
        return nil
    }

    /// The year word at `i` is this year: «هذا/هذه» before it or «الحالي/الجاري» after.
    func thisYear(_ i: Int, _ range: Range<Int>) -> Bool {
        if i > range.lowerBound, FilterWords.this.contains(tokens[i - 1]) { return true }
        return i + 1 < range.upperBound && FilterWords.current.contains(tokens[i + 1])
    }

    /// The month named right after «في»/«خلال» at `i` when it is not the publication's
    /// month («لكن في يناير شنت ...» in a March article): the past recalled.
    func pastMonth(after i: Int, _ range: Range<Int>) -> Int? {
        guard i + 1 < range.upperBound, let p = published, p.count >= 7,
            let now = Int(p.dropFirst(5).prefix(2))
        else { return nil }
        var month = FilterWords.months[tokens[i + 1]]
        if month == nil, i + 2 < range.upperBound, let heads = FilterWords.monthHeads[tokens[i + 1]] {
            month = heads[tokens[i + 2].key]
        }
        guard let m = month else { return nil }
        // «في أبريل الماضي» in an April article: last year's April.
        let after = (i + 2)..<min(range.upperBound, i + 5)
        if m == now, !FilterWords.lastOnes.any(tokens, after) && !FilterWords.pastNouns.any(tokens, after) { return nil }
        return m
    }

    /// «عمره 19 عاما», «يبلغ من العمر 10 سنوات», «طفلة (5 أعوام)»: an age, not a period.
    func isAge(_ i: Int, _ range: Range<Int>) -> Bool {
        guard i > range.lowerBound, tokens[i - 1].isNumber else { return false }
        let lo = max(range.lowerBound, i - 5)
        return FilterWords.ageWords.any(tokens, lo..<(i - 1))
    }

    /// The word at `i` stands after the act, in a relative or descriptive clause («التي»,
    /// «الذي», «وهي», «حيث»): it describes a place or a party, not when the act happened.
    func describesAfterAct(_ i: Int, _ f: ClauseFacts) -> Bool {
        guard let firstCue = f.cues.map(\.at).min(), firstCue < i else { return false }
        for k in (firstCue + 1)..<i where FilterWords.relatives.contains(tokens[k]) {
            // «وهي», «حيث» open a description; «التي» does right after a place or a comma
            // («البلدة التي تحاصرها منذ سنوات»), not after the act's noun («الغارات التي
            // شنتها خلال السنوات الماضية»).
            if FilterWords.descriptive.contains(tokens[k]) || tokens[k].boundary >= .comma
                || f.places.contains(where: { $0.range.upperBound == k })
            {
                return true
            }
        }
        return false
    }

    // MARK: Abroad

    /// A clause that names a place abroad (outside an actor's name and outside a border
    /// «الحدود مع الأردن») and nothing in Syria — no Syrian place, not Syria itself. A town
    /// abroad the place finder knows («بلدة سروج») counts when the clause says which country
    /// («التركية», «في تركيا», «قرب الحدود السورية»): a Syrian town may share its name
    /// («بلدة صيدا» in Daraa, in articles that name Jordan's border).
    func abroad(_ f: ClauseFacts) -> String? {
        guard f.foreign || f.placedAbroad && ForeignPlaces.saysAbroad(tokens, f.range),
            !f.places.contains(where: { $0.governorate != nil })
        else { return nil }
        return "abroad: a place outside Syria and none in it"
    }

    func hasWord(_ set: WordSet, in range: Range<Int>) -> Bool {
        set.any(tokens, range)
    }

    /// The first token of `range` in `set`.
    func firstWord(_ set: WordSet, in range: Range<Int>) -> Int? {
        range.first { set.contains(tokens[$0]) }
    }
}
