/// From an article to the incidents a careful coder would record (ANNOTATION.md).
///
/// The pipeline: tokenize once; split into clauses; read each clause's cues, actors, places,
/// targets, casualties and date; turn clauses that report a violent act into draft
/// incidents; fold drafts that tell the same incident again (a summary and its detail, a
/// clause that goes on about «الغارات») into one, keeping the most specific place and the
/// best-supported figures.
public struct IncidentExtractor: Sendable {
    public init() {}

    /// Extracts the incidents of one article. `trace`, when given, receives one line per
    /// clause saying what was read and decided (for `incidents extract --trace`).
    public func extract(_ article: Article, trace: ((String) -> Void)? = nil) -> [ExtractedIncident] {
        extract(article, trace: trace, cache: nil)
    }

    /// `extract` reusing the token keys of earlier articles (`Ingester` keeps one cache).
    func extract(_ article: Article, trace: ((String) -> Void)? = nil, cache: TokenKeyCache?) -> [ExtractedIncident] {
        let text = TokenizedText(article.text, cache: cache)
        guard !text.tokens.isEmpty else { return [] }
        var builder = ArticleBuilder(text: text, published: article.published)
        builder.trace = trace
        for clause in ClauseSplitter.clauses(text) where !clause.isEmpty {
            builder.add(clause: clause)
        }
        return builder.finish()
    }
}

/// A draft incident while the article is being read.
struct Draft {
    var eventType: String
    var subEventType: String
    var actor: String?
    var actor2: String?
    var target: String?
    var place: PlaceMention?
    var governorate: Place?
    var district: Place?
    var date: DateMention?
    var killed: Casualty
    var wounded: Casualty
    /// Token range of the clause the evidence is taken from.
    var evidence: Range<Int>
    var clauseIndex: Int
    var lastClauseIndex: Int
    /// The clause names a place itself (not inherited from the clauses before).
    var ownPlace = true
}

struct ArticleBuilder {
    let text: TokenizedText
    let published: String?
    var drafts: [Draft] = []
    var clauseIndex = -1
    var records: [ClauseRecord] = []
    /// The most recent specific place, for «المدينة», «البلدة» and clauses that go on.
    var lastPlace: PlaceMention?
    var lastPlaceClause = -10
    var mentionsSyria = false
    var trace: ((String) -> Void)?

    init(text: TokenizedText, published: String?) {
        self.text = text
        self.published = published
    }

    var tokens: [Token] { text.tokens }

    // MARK: - Reading a clause

    mutating func add(clause: Range<Int>) {
        clauseIndex += 1
        var clause = clause
        if clauseIndex == 0 {
            // A dateline («دبي، الإمارات العربية المتحدة (CNN)—»): the story starts after it.
            let window = clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 12)
            if let last = window.last(where: { Self.isLatinWord(tokens[$0].key) }), last + 3 < clause.upperBound {
                clause = (last + 1)..<clause.upperBound
            }
        }
        let cues = CueReader.cues(tokens, in: clause)
        let shifts = CueReader.shiftsTopic(tokens, clause)
        if !mentionsSyria { mentionsSyria = SyriaWords.mentioned(tokens, clause) }
        records.append(ClauseRecord(range: clause, shiftsTopic: shifts))
        // Most clauses name no violent act: their actors and places are read only if a
        // later clause needs them (a place to inherit, «التنظيم» to resolve).
        guard !cues.isEmpty || trace != nil else { return }

        let facts = read(clause, cues: cues, shifts: shifts)
        records[clauseIndex].places = facts.places
        records[clauseIndex].actors = facts.actors
        if !mentionsSyria { mentionsSyria = facts.places.contains { $0.governorate != nil } }
        (lastPlace, lastPlaceClause) = previousPlace()
        let draft = makeDraft(facts)
        if let trace {
            var line = "[\(clauseIndex)] \(text.text(tokens: clause))\n"
            line += "    cues: \(facts.cues.map { "\($0.cue)@\($0.at)" }) actors: \(facts.actors.map { "\($0.slug)@\($0.range)" })"
            line += " places: \(facts.places.map { "\($0.name)(\($0.governorate?.nameAr ?? "-"))" }) targets: \(facts.targets)"
            line += " killed: \(facts.casualties.killed) wounded: \(facts.casualties.wounded)"
            if let d = facts.date { line += " date: \(d.text)" }
            if let draft {
                line += "\n    => \(draft.eventType)/\(draft.subEventType) actor=\(draft.actor ?? "-") actor2=\(draft.actor2 ?? "-") place=\(draft.place?.name ?? "-") gov=\(draft.governorate?.nameAr ?? "-")"
            }
            trace(line)
        }
        guard let draft else { return }
        merge(draft, continuing: facts)
    }

    /// What one clause held, read lazily.
    struct ClauseRecord {
        var range: Range<Int>
        var shiftsTopic: Bool
        var places: [PlaceMention]?
        var actors: [ActorMention]?
    }

    /// Actors and places of clause `i`, read now if they were not.
    mutating func ensureRead(_ i: Int) {
        guard records[i].actors == nil else { return }
        let range = records[i].range
        let actors = ActorMatcher.mentions(in: tokens, range: range)
        records[i].actors = actors
        records[i].places = placeMentions(range, actors: actors)
    }

    /// The most recent specific place before the current clause, and its clause: reading
    /// back until a clause that changed the topic.
    mutating func previousPlace() -> (PlaceMention?, Int) {
        var j = clauseIndex - 1
        if records[clauseIndex].shiftsTopic { return (nil, -10) }
        while j >= 0 {
            ensureRead(j)
            if let p = bestPlace(records[j].places ?? []) { return (p, j) }
            if records[j].shiftsTopic { return (nil, -10) }
            j -= 1
        }
        return (nil, -10)
    }

    /// Slugs of the actors named before the current clause.
    mutating func actorsBefore() -> Set<String> {
        var seen: Set<String> = []
        for j in 0..<clauseIndex {
            ensureRead(j)
            for a in records[j].actors ?? [] where !a.isAnaphor { seen.insert(a.slug) }
        }
        return seen
    }

    /// Governorates of every place the article names.
    mutating func allGovernorates() -> Set<String> {
        var out: Set<String> = []
        for j in records.indices {
            ensureRead(j)
            for p in records[j].places ?? [] {
                if let g = p.governorate?.pcode { out.insert(g) }
            }
        }
        return out
    }

    func placeMentions(_ range: Range<Int>, actors: [ActorMention]) -> [PlaceMention] {
        // A place named inside an actor's name («التحالف الدولي بقيادة واشنطن») is not where
        // anything happened, nor is a place abroad.
        PlaceFinder.mentions(in: text, range: range).filter { p in
            !actors.contains { $0.range.overlaps(p.range) }
                && !(p.place == nil && ForeignPlaces.contains(p.range, tokens))
        }
    }

    static func isLatinWord(_ key: String) -> Bool {
        var n = 0
        for u in key.unicodeScalars {
            guard u.value >= 0x61 && u.value <= 0x7A else { return false }
            n += 1
        }
        return n >= 2
    }

    mutating func read(_ range: Range<Int>, cues: [(cue: EventCue, at: Int)], shifts: Bool) -> ClauseFacts {
        var actors = ActorMatcher.mentions(in: tokens, range: range)
        if actors.contains(where: \.isAnaphor) {
            let seen = actorsBefore()
            actors = actors.filter { !$0.isAnaphor || seen.contains($0.slug) || actors.contains { !$0.isAnaphor && $0.slug == "isis" } }
        }
        let places = placeMentions(range, actors: actors)
        var foreign = false
        for i in range where ForeignPlaces.names.contains(tokens[i])
            && !actors.contains(where: { $0.range.contains(i) })
        {
            foreign = true
            break
        }
        return ClauseFacts(
            range: range,
            cues: cues,
            casualties: CasualtyReader.read(tokens, in: range),
            actors: actors,
            places: places,
            targets: TargetReader.targets(in: tokens, range: range),
            date: DateReader.find(in: text, range: range, published: published),
            shiftsTopic: shifts, foreign: foreign)
    }

    // MARK: - Deciding what happened

    func isAir(_ m: ActorMention, in range: Range<Int>) -> Bool {
        if ["coalition", "russia", "israel", "usa"].contains(m.slug) { return true }
        let lo = max(range.lowerBound, m.range.lowerBound - 2)
        for i in lo..<m.range.upperBound where EventLexicon.airWords.contains(tokens[i]) {
            return true
        }
        return false
    }

    func clauseHasAirWords(_ f: ClauseFacts) -> Bool {
        for i in f.range where EventLexicon.airWords.contains(tokens[i]) {
            return true
        }
        return false
    }

    func clauseHasStrongGroundFire(_ f: ClauseFacts) -> Bool {
        for i in f.range where EventLexicon.strongGroundFireWords.contains(tokens[i]) {
            return true
        }
        return false
    }

    func clauseHasGroundFire(_ f: ClauseFacts) -> Bool {
        for i in f.range where EventLexicon.groundFireWords.contains(tokens[i]) {
            return true
        }
        return false
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

    /// The clause speaks of a toll over a span of time («في الأيام التسعة الماضية», «منذ
    /// بدء الهجوم», «ليرتفع عدد القتلى إلى»), or the casualty reader saw a toll.
    func isCumulative(_ f: ClauseFacts) -> Bool {
        if f.casualties.killed.qualifier == .vague("حصيلة") || f.casualties.wounded.qualifier == .vague("حصيلة") {
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

    func hasWord(_ set: WordSet, in range: Range<Int>) -> Bool {
        set.any(tokens, range)
    }

    /// A capture cue counts unless an intent word stands just before it.
    func realCapture(_ f: ClauseFacts) -> Bool {
        for (cue, at) in f.cues where cue == .capture {
            let lo = max(f.range.lowerBound, at - 3)
            if !hasWord(EventLexicon.intentWords, in: lo..<at) { return true }
        }
        return false
    }

    static let stateSide: Set<String> = ["regime", "russia", "iran", "hezbollah", "ndf", "iraqi_militias"]
    static let withdrawal = WordSet(.procliticsAndSuffixes, ["انسحاب", "انسحب", "انسحبت", "انسحابه", "انسحابها", "تسليم", "سلموا"])

    func makeDraft(_ f: ClauseFacts) -> Draft? {
        let killing = f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned
        // Talk about an act (a threat, a denial, a condemnation, an inquiry) is not a report
        // of one; protesters denounce things while being shot at, so protests are exempt.
        if !f.has(.protest) && hasWord(EventLexicon.nonFactualWords, in: f.range) { return nil }
        // «وكانت الولايات المتحدة شنت ...»: the past recalled as background.
        if let first = f.range.first, EventLexicon.pluperfectWords.contains(tokens[first]) { return nil }
        // Years, months, «منذ أن ...»: a period or the past recalled, not one incident.
        if isPeriodOrPast(f) { return nil }
        // A date well before publication is background, not news.
        if let d = f.date?.date, let p = published, let gap = CalendarDate.daysBetween(d, p), gap > 10 {
            return nil
        }
        // A cumulative toll (a campaign's, a period's) is not one incident: without a day
        // of its own the clause is dropped; with one, its figures are not this day's.
        var killedFigure = f.casualties.killed
        var woundedFigure = f.casualties.wounded
        if killing && isCumulative(f) {
            if f.date == nil { return nil }
            if killedFigure.value != nil || killedFigure.qualifier == .vague("حصيلة") { killedFigure = Casualty(qualifier: .vague("حصيلة")) }
            if woundedFigure.value != nil { woundedFigure = Casualty(qualifier: .vague("حصيلة")) }
        }
        // Abroad: a foreign place and no Syrian one.
        if f.foreign && !f.places.contains(where: { $0.governorate != nil }) { return nil }
        let (agent, other) = pickActors(f)
        let agentMention = agent.flatMap { a in f.actors.first { $0.slug == a } }
        let airActor = agentMention.map { isAir($0, in: f.range) } ?? false

        var type: (String, String)?
        if f.has(.protest) && (f.has(.shooting) || killing) {
            type = ("Protests", "Excessive force against protesters")
        } else if f.has(.execution) {
            type = ("Violence against civilians", "Attack")
        } else if f.has(.abduction) {
            type = ("Violence against civilians", "Abduction/forced disappearance")
        } else if realCapture(f) && hasWord(EventLexicon.generalQuantifiers, in: f.range) && !killing {
            // «استعادت الحكومة السيطرة على أغلب المدن»: the state of the war, not an act.
            return nil
        } else if realCapture(f) && !f.has(.airStrike) || (realCapture(f) && (f.has(.clash) || f.has(.assault))) {
            let lo = f.range.lowerBound
            if hasWord(Self.withdrawal, in: lo..<f.range.upperBound) && !f.has(.clash) {
                type = ("Strategic developments", "Non-violent transfer of territory")
            } else if let a = agent, Self.stateSide.contains(a) {
                type = ("Battles", "Government regains territory")
            } else {
                type = ("Battles", "Non-state actor overtakes territory")
            }
        } else if f.has(.clash) || (f.has(.assault) && !f.has(.airStrike)) {
            if f.has(.assault) && !f.has(.clash) && other == nil && isCivilianTarget(f.targets) {
                type = ("Violence against civilians", "Attack")
            } else {
                type = ("Battles", "Armed clash")
            }
        } else if f.has(.chemical) && (f.has(.airStrike) || f.has(.bombardment) || f.has(.assault) || f.has(.targeting) || killing) {
            type = ("Explosions/Remote violence", "Chemical weapon")
        } else if f.has(.suicide) {
            type = ("Explosions/Remote violence", "Suicide bomb")
        } else if f.has(.explosive) {
            type = ("Explosions/Remote violence", "Remote explosive/landmine/IED")
        } else if f.has(.airStrike) || (airActor && (f.has(.shelling) || f.has(.bombardment)) && !clauseHasStrongGroundFire(f)) {
            // An air force firing missiles is an air strike.
            type = ("Explosions/Remote violence", "Air/drone strike")
        } else if f.has(.shelling) {
            type = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
        } else if f.has(.targeting) && !airActor && !clauseHasAirWords(f) && other != nil
            && !isCivilianTarget(f.targets) && !killing
        {
            // A ground force hitting another's position: fighting.
            type = ("Battles", "Armed clash")
        } else if f.has(.bombardment) || f.has(.targeting) {
            if clauseHasGroundFire(f) {
                type = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
            } else if airActor || clauseHasAirWords(f) {
                type = ("Explosions/Remote violence", "Air/drone strike")
            } else if f.has(.bombardment) || killing {
                type = ("Explosions/Remote violence", "Shelling/artillery/missile attack")
            }
        } else if f.has(.shooting) && (killing || agent != nil) {
            if isCivilianTarget(f.targets) || other == nil {
                type = ("Violence against civilians", "Attack")
            } else {
                type = ("Battles", "Armed clash")
            }
        } else if killing && f.has(.killing) {
            // Deaths with no word for how: a continuation of the incident before, or an
            // attack on whoever died.
            if hasWord(EventLexicon.backgroundWords, in: f.range) { return nil }
            if hasWord(EventLexicon.nonViolentDeath, in: f.range) { return nil }
            if hasWord(EventLexicon.speechWords, in: f.range) && agent == nil && !f.casualties.killed.isMentioned {
                return nil
            }
            type = ("Violence against civilians", "Attack")
        }
        guard let (eventType, subType) = type else { return nil }

        // Where.
        var place = bestPlace(f.places)
        let ownPlace = place != nil
        if place == nil, !f.shiftsTopic, let last = lastPlace,
            f.places.contains(where: { $0.isGeneric }) || clauseIndexIsContinuation
                || lastPlaceClause == clauseIndex - 1
        {
            place = last
        }
        var governorate = place?.governorate
        var district = place?.district
        if governorate == nil {
            // Another place of the same clause supports the governorate.
            if let other = f.places.first(where: { $0.governorate != nil && !$0.isGeneric }) {
                governorate = other.governorate
                district = district ?? other.district
            }
        }

        var target: String?
        if eventType == "Protests" {
            target = "protesters"
        } else if isCivilianTarget(f.targets) {
            target = "civilians"
        } else if let o = other {
            target = o
        } else if f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned {
            target = f.targets.first
        }

        var killed = killedFigure
        var wounded = woundedFigure
        if eventType == "Strategic developments" {
            killed = .none
            wounded = .none
        }
        return Draft(
            eventType: eventType, subEventType: subType, actor: agent,
            actor2: eventType == "Battles" ? other : nil, target: target, place: place,
            governorate: governorate, district: district, date: f.date, killed: killed,
            wounded: wounded, evidence: f.range, clauseIndex: clauseIndex,
            lastClauseIndex: clauseIndex, ownPlace: ownPlace)
    }

    /// Clauses right after an incident go on about it unless they change the topic.
    var clauseIndexIsContinuation: Bool {
        guard let last = drafts.last else { return false }
        return clauseIndex - last.lastClauseIndex <= 1
    }

    func isCivilianTarget(_ targets: [String]) -> Bool {
        targets.contains { ["civilians", "children", "medical", "protesters"].contains($0) }
    }

    static let agentMarkers = WordSet(.exact, [
        "من", "قبل", "شنها", "شنتها", "نفذها", "نفذتها", "شنه", "شنته", "يد", "برصاص", "بنيران",
        "بقذائف", "بغارة", "بغارات", "عناصر", "مسلحي", "مقاتلي",
    ])
    static let supportMarkers = WordSet(.exact, [
        "بدعم", "المدعومة", "مدعومة", "المدعوم", "مدعوم", "بمساندة", "بغطاء", "بإسناد", "بمؤازرة",
        "بمشاركة", "المدعومين", "الموالية", "الموالي", "الموالين", "حلفاء", "وسط", "بالتزامن",
        "تحت", "غطاء",
    ])
    static let objectNouns = WordSet(.exact, [
        "دبابة", "دبابات", "موقعا", "موقع", "مواقع", "آليات", "آلية", "مقر", "مقرات", "نقاط",
        "نقطة", "حاجز", "حواجز", "مستودع", "مطار", "رتل", "عربة", "مدرعة", "تجمع", "تجمعات",
    ])
    static let patientMarkers = WordSet(.exact, [
        "ضد", "على", "مواقع", "صفوف", "لحساب", "مناطق", "معاقل", "نقاط", "مقرات", "مقر",
        "حواجز", "حاجز", "تجمعات", "معقل", "عناصر", "مقاتلي", "مسلحي", "دبابة", "دبابات",
        "موقعا", "موقع", "آليات", "آلية", "عربة", "تراجع", "خسائر", "قتلى", "أسرى", "مستودع",
        "مطار", "رتل", "مدرعة",
    ])

    /// Who did it, and the other side: a score per named actor from the words around it.
    func pickActors(_ f: ClauseFacts) -> (String?, String?) {
        let actors = f.actors
        guard !actors.isEmpty else { return (nil, nil) }
        // «بين X و(بين) Y»: the two sides of a clash.
        for (n, a) in actors.enumerated() where a.range.lowerBound > f.range.lowerBound {
            let before = tokens[a.range.lowerBound - 1]
            if before == FunctionWords.bayn || before == FunctionWords.baynaha {
                if let b = actors[(n + 1)...].first(where: { $0.slug != a.slug }) {
                    return (a.slug, b.slug)
                }
            }
        }
        let cueAt = Set(f.cues.map(\.at))
        var scores: [(slug: String, score: Double, at: Int)] = []
        for (n, a) in actors.enumerated() {
            var s = n == 0 ? 0.5 : -Double(n) * 0.1
            if a.isWeak { s -= 0.5 }
            let lo = a.range.lowerBound
            if lo > f.range.lowerBound {
                let b1 = tokens[lo - 1]
                let b1IsMin = b1 == FunctionWords.min
                // «غارة من طيران التحالف», «قصف مدفعي من قوات النظام»
                if Self.agentMarkers.contains(b1) {
                    let b2 = lo - 2 >= f.range.lowerBound ? lo - 2 : nil
                    let afterCasualty = f.casualties.killedRange.map { lo - 1 <= $0.upperBound + 1 && lo > $0.lowerBound } ?? false
                    if afterCasualty && b1IsMin {
                        s -= 0.5
                    } else if let b2, cueAt.contains(b2) || cueAt.contains(b2 - 1) || !b1IsMin {
                        s += 3
                    }
                }
                if Self.patientMarkers.contains(b1) && !Self.agentMarkers.contains(b1) { s -= 2 }
                // «دبابة لقوات النظام», «مواقع لقوات النظام»: a thing of the actor was hit.
                if Self.objectNouns.contains(tokens[lo]) { s -= 2 }
                for k in max(f.range.lowerBound, lo - 3)..<lo where tokens[k] == FunctionWords.didd { s -= 2 }
                if lo - 2 >= f.range.lowerBound && Self.patientMarkers.contains(tokens[lo - 2])
                    && tokens[lo - 2] != FunctionWords.min { s -= 1 }
                // Right after a verb cue: the subject (VSO).
                if cueAt.contains(lo - 1) { s += 2 }
                for k in max(f.range.lowerBound, lo - 4)..<lo where Self.supportMarkers.contains(tokens[k]) {
                    s -= 4
                }
                // «للتحالف»: a genitive after a strike noun.
                if tokens[lo].key.hasPrefix("لل") || tokens[lo].key.hasPrefix("ل") && !tokens[lo].key.hasPrefix("ال") {
                    if cueAt.contains(lo - 1) || cueAt.contains(lo - 2) { s += 2 }
                }
            }
            // Right before a verb cue: the subject (SVO); not before «و/ف + verb», which
            // starts another predicate.
            if cueAt.contains(a.range.upperBound), a.range.upperBound < f.range.upperBound,
                !tokens[a.range.upperBound].key.hasPrefix("و"), !tokens[a.range.upperBound].key.hasPrefix("ف")
            { s += 2 }
            scores.append((a.slug, s, n))
        }
        let best = scores.max { x, y in x.score < y.score || (x.score == y.score && x.at > y.at) }!
        // «طيران النظام السوري والطيران الروسي»: an actor joined to the agent by «و» acted
        // with it; it is not the other side.
        var coAgents: Set<String> = []
        for n in actors.indices.dropFirst() {
            let prev = actors[n - 1], cur = actors[n]
            if prev.slug == best.slug && cur.range.lowerBound == prev.range.upperBound
                && tokens[cur.range.lowerBound].key.hasPrefix("و")
            {
                coAgents.insert(cur.slug)
            }
        }
        let other = scores.filter { $0.slug != best.slug && $0.slug != "unknown" && !coAgents.contains($0.slug) }
            .max { $0.score < $1.score }
        // Everyone named only supports or suffers: the clause does not say who acted.
        if best.score <= -1 { return (nil, other?.slug) }
        // A country or a political body named without being the one that acted.
        if actors[best.at].isWeak && best.score < 1 { return (nil, other?.slug) }
        // A generic «طائرات حربية» yields to a named actor.
        if best.slug == "unknown", let o = other { return (o.slug, nil) }
        return (best.slug, other?.slug)
    }

    func bestPlace(_ places: [PlaceMention]) -> PlaceMention? {
        var best: PlaceMention?
        var bestRank = -1
        for p in places where !p.isGeneric {
            let rank: Int
            if let pl = p.place {
                rank = pl.level.rawValue * 2
            } else {
                rank = p.governorate != nil ? 11 : 9
            }
            if rank > bestRank {
                best = p
                bestRank = rank
            }
        }
        return best
    }

    // MARK: - One incident once

    func placeRank(_ p: PlaceMention?) -> Int {
        guard let p else { return 0 }
        if let pl = p.place { return pl.level.rawValue }
        return 5
    }

    /// Two places can be one incident's: one is missing, they are the same, or one lies
    /// inside the other (a village of a governorate, a neighbourhood of a town).
    func compatible(_ a: Draft, _ b: Draft) -> Bool {
        if let ga = a.governorate?.pcode, let gb = b.governorate?.pcode, ga != gb { return false }
        guard let pa = a.place, let pb = b.place else { return true }
        if pa.name == pb.name { return true }
        // A local name with no governorate of its own cannot be told apart from the other.
        if (pa.place == nil && a.governorate == nil) || (pb.place == nil && b.governorate == nil) {
            return true
        }
        let ra = placeRank(pa), rb = placeRank(pb)
        // A governorate or district contains whatever lies in it.
        if ra <= 2 || rb <= 2 { return true }
        // A named local place (not in the gazetteer) may lie inside a town or subdistrict
        // of its governorate.
        if (pa.place == nil) != (pb.place == nil), a.governorate != nil, b.governorate != nil {
            return true
        }
        return false
    }

    func sameSides(_ a: Draft, _ b: Draft) -> Bool {
        guard let x = b.actor else { return true }
        guard let y = a.actor else { return true }
        if x == y || x == a.actor2 || b.actor2 == y { return true }
        if x == "unknown" || y == "unknown" { return true }
        // A clause with no place of its own that goes on about a fight against the same
        // side («لا تزال المواجهات مستمرة وسط غارات ... على مواقع التنظيم»).
        if b.place == nil && b.clauseIndex - a.lastClauseIndex <= 1 && a.eventType == "Battles" {
            let sa = Set([a.actor, a.actor2].compactMap { $0 }), sb = Set([b.actor, b.actor2].compactMap { $0 })
            if !sa.isDisjoint(with: sb) { return true }
        }
        return false
    }

    mutating func merge(_ d: Draft, continuing f: ClauseFacts) {
        // Look back over the incidents of this article, newest first.
        for i in drafts.indices.reversed() {
            let e = drafts[i]
            let sameType = e.eventType == d.eventType
                && (e.subEventType == d.subEventType || d.actor == nil || e.eventType == "Battles")
            guard sameType, sameSides(e, d), compatible(e, d) else { continue }
            if let x = e.date?.date, let y = d.date?.date, x != y { continue }
            // Without an actor of its own a clause only goes on about a recent incident.
            if d.actor == nil && d.clauseIndex - e.lastClauseIndex > 2 { continue }
            drafts[i] = fold(e, d)
            return
        }
        var d = d
        // A fragment that names no actor, no place and no casualties and continues nothing
        // is not an incident.
        if d.actor == nil && !d.ownPlace && !d.killed.isMentioned && !d.wounded.isMentioned { return }
        if d.actor == nil { d.actor = "unknown" }
        drafts.append(d)
    }

    func better(_ a: Casualty, _ b: Casualty) -> Casualty {
        if a.value != nil { return a }
        if b.value != nil { return b }
        if a.qualifier != nil { return a }
        return b
    }

    func fold(_ e: Draft, _ d: Draft) -> Draft {
        var m = e
        // A later clause refines a coarse place; a town already named is not replaced by
        // a local name the gazetteer lacks (often a short form of the same town).
        if placeRank(d.place) > placeRank(e.place) && placeRank(e.place) < 4 && d.governorate != nil {
            m.place = d.place
            m.district = d.district ?? e.district
        }
        m.governorate = e.governorate ?? d.governorate
        if m.district == nil { m.district = d.district }
        m.killed = better(e.killed, d.killed)
        m.wounded = better(e.wounded, d.wounded)
        if e.killed.value == nil && d.killed.value != nil {
            m.evidence = d.evidence
        } else if e.killed.value == nil && e.wounded.value == nil && d.wounded.value != nil {
            m.evidence = d.evidence
        }
        if m.actor == nil || m.actor == "unknown", let a = d.actor { m.actor = a }
        if m.actor2 == nil, let a2 = d.actor2, a2 != m.actor { m.actor2 = a2 }
        if m.target == nil || m.target == "unknown" { m.target = d.target ?? m.target }
        if m.date == nil { m.date = d.date }
        if m.subEventType == "Armed clash" && d.eventType == "Battles" && d.subEventType != "Armed clash" {
            m.subEventType = d.subEventType
        }
        m.lastClauseIndex = d.clauseIndex
        return m
    }

    // MARK: - Output

    mutating func finish() -> [ExtractedIncident] {
        guard !drafts.isEmpty else { return [] }
        // Articles that never mention Syria or a Syrian place are about somewhere else.
        let governorates = allGovernorates()
        guard mentionsSyria || !governorates.isEmpty else { return [] }
        // An article mostly about another country (Yemen's Hodeidah, Morocco's Kenitra share
        // names with Syrian places) yields nothing.
        var syria = 0, abroad = 0
        for t in tokens {
            if SyriaWords.strong.contains(t) { syria += 1 } else if ForeignPlaces.countries.contains(t) { abroad += 1 }
        }
        if abroad > 2 * syria + 1 { return [] }
        // Where the article names places of one governorate only, an incident it does not
        // place otherwise happened there.
        let onlyGovernorate = governorates.count == 1 ? governorates.first : nil
        return drafts.compactMap { d in
            var d = d
            if d.governorate == nil, let g = onlyGovernorate, d.place == nil {
                d.governorate = PlaceTable.all.first { $0.pcode == g }
            }
            // An incident that cannot be placed in a Syrian governorate is not recorded:
            // most are abroad, and none can be counted by region.
            guard d.governorate != nil else { return nil }
            // Nobody named and nobody hurt: commentary about violence («وسط القصف العنيف»,
            // «الهجوم»), not a report of an act.
            if (d.actor ?? "unknown") == "unknown" && !d.killed.isMentioned && !d.wounded.isMentioned {
                return nil
            }
            let actor = d.actor ?? "unknown"
            if d.place == nil && d.governorate == nil && actor == "unknown"
                && d.killed.value == nil && d.wounded.value == nil
            {
                return nil
            }
            let evStart = tokens[d.evidence.lowerBound].start
            let evEnd = tokens[d.evidence.upperBound - 1].end
            let place = d.place
            return ExtractedIncident(
                eventType: d.eventType, subEventType: d.subEventType, actor: actor,
                actor2: d.actor2 == actor ? nil : d.actor2,
                target: d.target ?? "unknown",
                place: place?.name ?? d.governorate?.nameAr,
                pcode: place?.place?.pcode ?? d.governorate?.pcode,
                governorate: d.governorate?.nameAr, district: d.district?.nameAr,
                lat: place?.place?.lat ?? d.governorate?.lat,
                lon: place?.place?.lon ?? d.governorate?.lon,
                dateText: d.date?.text, date: d.date?.date,
                killed: d.killed, wounded: d.wounded,
                evidence: text.text(from: evStart, to: evEnd),
                evidenceStart: evStart, evidenceEnd: evEnd)
        }
    }
}

/// Words that place an article in Syria even when no Syrian place is named.
enum SyriaWords {
    /// Syria and its governorates' unambiguous names, for weighing an article's country.
    static let strong = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد", "حلب",
        "إدلب", "الرقة", "دير الزور", "الحسكة", "درعا", "حمص", "حماة", "اللاذقية", "طرطوس",
        "السويداء", "الغوطة", "تدمر", "عفرين", "منبج", "الميادين", "البوكمال", "داعش",
        "النظام", "قسد", "المرصد",
    ])

    static let words = WordSet(.procliticsAndSuffixes, [
        "سوريا", "سورية", "السوري", "السورية", "السوريين", "السوريون", "دمشق", "الأسد",
    ])

    static func mentioned(_ tokens: [Token], _ range: Range<Int>) -> Bool {
        for i in range where words.contains(tokens[i]) { return true }
        return false
    }
}

/// Places abroad that reports name beside Syrian events (an outlet's seat, a capital that
/// leads a coalition): never where a Syrian incident happened.
enum ForeignPlaces {
    static let names = WordSet(.procliticsAndSuffixes, [
        "لندن", "واشنطن", "موسكو", "باريس", "أنقرة", "طهران", "بيروت", "عمان", "بغداد", "القاهرة",
        "جنيف", "أستانة", "استانا", "سوتشي", "نيويورك", "إسطنبول", "اسطنبول", "الرياض", "الدوحة",
        "برلين", "بروكسل", "فيينا", "العراق", "لبنان", "الأردن", "تركيا", "إيران", "روسيا",
        "دبي", "أبوظبي", "الإمارات", "أتلانتا", "بريطانيا", "فرنسا", "الكويت", "قطر", "السعودية",
        "ألمانيا", "البحرين", "عمان", "تونس", "الجزائر", "المغرب", "السودان", "الخرطوم", "جيبوتي",
        "أوكرانيا", "كييف", "ميانمار", "الهند", "الصين", "اليابان", "كوريا", "نيجيريا", "مالي",
        "أمريكا", "الموصل", "الأنبار", "الفلوجة", "الرمادي", "صنعاء", "عدن", "تعز", "الحديدة",
        "اليمن", "ليبيا", "طرابلس", "بنغازي", "سرت", "مصر", "سيناء", "العريش", "غزة", "القدس",
        "الضفة", "فلسطين", "أفغانستان", "كابول", "باكستان", "الصومال", "مقديشو", "نيجيريا",
    ])

    static func contains(_ range: Range<Int>, _ tokens: [Token]) -> Bool {
        names.any(tokens, range)
    }

    /// Other countries, their people and their wars' main names.
    static let countries = WordSet(.procliticsAndSuffixes, [
        "اليمن", "اليمني", "اليمنية", "اليمنيين", "الحوثي", "الحوثيين", "الحوثية", "الحوثيون",
        "صنعاء", "عدن", "تعز", "مأرب", "العراق", "العراقي", "العراقية", "العراقيين", "بغداد",
        "الموصل", "الأنبار", "كركوك", "المغرب", "المغربي", "المغربية", "الرباط", "ليبيا", "الليبي",
        "الليبية", "طرابلس", "بنغازي", "مصر", "المصري", "المصرية", "القاهرة", "سيناء",
        "أفغانستان", "الأفغاني", "طالبان", "كابول", "باكستان", "الصومال", "الصومالي",
        "نيجيريا", "مالي", "السودان", "السوداني", "الخرطوم", "تونس", "التونسي",
        "الجزائر", "الجزائري", "غزة", "الفلسطيني", "الفلسطينية", "الفلسطينيين", "الضفة",
        "القدس", "البحرين", "الكويت", "السعودية", "السعودي", "الإمارات", "قطر", "ميانمار",
        "الروهينغا", "أوكرانيا", "فرنسا", "بريطانيا", "ألمانيا",
    ])
}
