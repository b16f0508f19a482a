/// Acts an article names only as background, and the clauses that go on about them.
///
/// A clause the filters drop (the past recalled, an act named only as the cause or the time
/// of another, talk about an act) still names an act at a place, and a later clause may
/// speak of it again with a definite noun: «قصفت الطائرات مطارا ردا على قصف بغاز الكلور على
/// البلدة ... وقتل في القصف 40», «طالب الوزير بمعاقبة من نفذ الهجوم على السوق ... وأضاف أن
/// الهجوم الذي نفذ الأحد أسفر عن سقوط 30». Such a retelling is background too, not a new
/// incident of the article's days: its toll would be counted again with the reports of the
/// days it happened.
struct BackgroundAct {
    enum Kind {
        /// The past recalled («وكانت ... قد», «في السابق», a past year, a date weeks before),
        /// or what another act answers («ردا على», «الرد على»: it came before the answer,
        /// which is the news): a retelling with no recent day of its own is background.
        case recalled
        /// Named as another act's time, or talked about (a call, a condemnation): possibly
        /// recent, so only a retelling that dates it two days or more before publication
        /// is background.
        case named
    }
    var kind: Kind
    /// The act cues the background clause named (killing words aside).
    var cues: [EventCue]
    var clauseIndex: Int
    /// The governorates (P-codes) of the places its clause names.
    var governorates: Set<String>
    /// The actors its clause names.
    var actors: Set<String>
    /// The day its clause names, when resolved, for the past recalled (another kind's
    /// clause dates the talk, the answer or the act it names the time of).
    var date: String?
}

extension ArticleBuilder {
    /// How many background acts an article keeps: retellings follow what they retell
    /// closely, and a huge article must not grow the list without bound.
    static let backgroundLookBack = 16

    /// Whether a clause that `verdict` keeps from being news names its act as background,
    /// how, and the day it gives the act (the past recalled only: another kind's day dates
    /// the talk or the act that answers). Talk told in the pluperfect («وكانت واشنطن قد
    /// اتهمت النظام بشن هجوم») is the past recalled: the act came before it. (A period,
    /// «منذ» of a long time, is a running campaign, not the past, unless its day is weeks old.)
    func background(_ verdict: NotNews, _ f: ClauseFacts) -> (kind: BackgroundAct.Kind, date: String?)? {
        let day = f.date.flatMap { $0.ofStatement ? nil : $0.date }
        switch verdict.rule {
        case .talk: return pastRecalled(f) != nil ? (.recalled, day) : (.named, nil)
        case .onlyAsTime:
            let answered = f.cues.first.map { wordBefore($0.at, in: FilterWords.cause, floor: f.range.lowerBound) != nil } ?? false
            return (answered ? .recalled : .named, nil)
        case .pastRecalled, .pastMarker, .pastTime, .backgroundDate: return (.recalled, day)
        // A period dated weeks before publication is the past too.
        case .period: return backgroundDate(f) != nil ? (.recalled, day) : nil
        case .notDone, .reportCount, .abroad, .tally: return nil
        }
    }

    /// Keeps the background act clause `f` names: the whole clause's when it yields no draft
    /// for a background reason, or the act it names as its own act's cause or time
    /// («خطف 30 مدنيا أثناء هجومه على القرى»).
    mutating func noteBackground(_ f: ClauseFacts, draft: Draft?, verdict: NotNews?) {
        let acts = f.cues.filter { $0.cue != .killing }
        guard !acts.isEmpty else { return }
        var act: BackgroundAct?
        let governorates = Set(f.places.compactMap { $0.governorate?.pcode })
        guard !governorates.isEmpty else { return }
        let actors = Set(f.actors.map(\.slug))
        if let verdict {
            if let (kind, date) = background(verdict, f) {
                act = BackgroundAct(kind: kind, cues: acts.map(\.cue), clauseIndex: clauseIndex, governorates: governorates, actors: actors, date: date)
            }
        } else if draft != nil, let other = embeddedAct(f), let cue = f.cues.first(where: { $0.at == other.act })?.cue {
            let kind: BackgroundAct.Kind = FilterWords.cause.contains(tokens[other.by]) ? .recalled : .named
            act = BackgroundAct(kind: kind, cues: [cue], clauseIndex: clauseIndex, governorates: governorates, actors: actors, date: nil)
        }
        guard let act else { return }
        backgroundActs.append(act)
        if backgroundActs.count > Self.backgroundLookBack { backgroundActs.removeFirst() }
    }

    /// Why draft `d` only goes on about an act named as background, or nil. `d` speaks of
    /// its act with a definite noun, at a place that agrees, with a day that is not recent
    /// (for the past recalled: no day of its own either), and the background act is its
    /// antecedent rather than an incident of the article: nearer, or of the kind the
    /// definite noun names where the incident is of another kind («وأسفر الهجوم عن مقتل
    /// 250» after an abduction told «أثناء هجومه»).
    func retellsBackground(_ d: Draft, window: ReversedCollection<Range<Int>>) -> String? {
        guard let told = d.retold, !backgroundActs.isEmpty else { return nil }
        // A day of its own, and whether it lies two days or more before publication.
        let dated = d.date.map { $0.date != nil && !$0.ofStatement } ?? false
        let old = daysBeforePublication(d.date).map { $0 >= 2 } ?? false
        for b in backgroundActs.reversed() where b.clauseIndex < d.clauseIndex {
            switch b.kind {
            case .recalled: guard !dated || old else { continue }
            // (And the clause tells the act, not deaths in it: «وأسفر الهجوم الذي وقع
            // السبت عن مقتل 60», not «ويوم الاثنين قتل 94 في الغارات», a day's new toll.)
            case .named: guard old, d.actLeads else { continue }
            }
            // A day of its own that is not the background act's is another act.
            if let bd = b.date, let dd = d.date, !dd.ofStatement, let x = dd.date,
                let apart = CalendarDate.daysBetween(bd, x), abs(apart) > 1
            {
                continue
            }
            // Where and who must agree: a known governorate, and an actor the background
            // clause names (or none). («في هذا القصف» points back whoever the clause names:
            // often the victims.)
            guard let g = d.governorate?.pcode, b.governorates.contains(g) else { continue }
            if let a = d.actor, a != "unknown", !b.actors.isEmpty, !b.actors.contains(where: { ActorCamps.sameCamp($0, a) }),
                !told.pointsBack
            {
                continue
            }
            let sameKind = d.retellsAssault || b.cues.contains(told.cue)
            guard sameKind || d.clauseIndex - b.clauseIndex <= 2 else { continue }
            // (Reached once: either way this returns.)
            if let n = window.first(where: { mayBeOne(drafts[$0], d) && retelling(of: drafts[$0], by: d) != nil }) {
                let e = drafts[n]
                let nearer = sameKind && b.clauseIndex > e.lastClauseIndex
                let otherKind = sameKind && e.subEventType != d.subEventType
                guard nearer || otherKind else { return nil }
            }
            return "retells an act named as background (\(b.kind)) in clause \(b.clauseIndex)"
        }
        return nil
    }
}
