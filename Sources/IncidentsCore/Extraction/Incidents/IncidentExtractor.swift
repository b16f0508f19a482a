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
        read(article, trace: trace, cache: cache).incidents
    }

    /// What one article yields: its incidents, and how many incidents it reports abroad
    /// (in Turkey, Lebanon, Iraq...), which are not stored (the ingest summary counts them).
    public struct Reading: Sendable {
        public var incidents: [ExtractedIncident]
        public var abroad: Int
    }

    /// `extract`, also counting the incidents abroad it left out. An article longer than a
    /// window (`TextWindows`, `windowBytes`) is read one window at a time, each as an article
    /// of its own with the article's publication date, so memory stays bounded; evidence
    /// offsets are the article's.
    func read(
        _ article: Article, trace: ((String) -> Void)? = nil, cache: TokenKeyCache?,
        windowBytes: Int = TextWindows.maxBytes
    ) -> Reading {
        var reading = Reading(incidents: [], abroad: 0)
        var published = article.published
        TextWindows.forEach(article.text, maxBytes: windowBytes) { window, offset in
            let text = TokenizedText(window, cache: cache)
            // A post's own date line stands for the publication date the input did not give.
            if offset == 0 { published = published ?? DateReader.postDate(in: text) }
            let part = read(text, published: published, trace: trace)
            reading.abroad += part.abroad
            for var incident in part.incidents {
                incident.evidenceStart += offset
                incident.evidenceEnd += offset
                reading.incidents.append(incident)
            }
        }
        return reading
    }

    private func read(_ text: TokenizedText, published: String?, trace: ((String) -> Void)?) -> Reading {
        guard !text.tokens.isEmpty, trace != nil || CueScreen.mayTell(text.tokens) else { return Reading(incidents: [], abroad: 0) }
        var builder = ArticleBuilder(text: text, published: published)
        builder.trace = trace
        for clause in ClauseSplitter.clauses(text) where !clause.isEmpty {
            builder.add(clause: clause)
        }
        let incidents = builder.finish()
        return Reading(incidents: incidents, abroad: builder.abroadSkipped)
    }
}

/// A draft incident while the article is being read.
struct Draft {
    var subEventType: SubEventType
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
    /// How the clause tells the act (a bare killing verb, a bare «هجوم», or its kind).
    var telling: Telling = .kind
    /// The clause speaks of the act with a definite noun («الغارة», «الهجوم»): one told
    /// before (`retold`).
    var retold: Retelling? = nil
    var retells: Bool { retold != nil }
    /// That noun is «الهجوم», «الهجمات», «العملية»: the attack told before, of any kind
    /// («وتبنى التنظيم مسؤولية الهجوم» after its suicide bombings and abductions).
    var retellsAssault: Bool { retold?.cue == .assault }
    /// The clause names the act before any killing word («أسفر الهجوم عن مقتل»), not deaths
    /// first («قتل 5 في الغارات»).
    var actLeads = false
    /// The governorate was taken from the clauses before (a local name the gazetteer lacks):
    /// enough to place the incident, not to refine another's place.
    var governorateGuessed = false
    /// Its clause names a place abroad (`ClauseFacts.placedAbroad`).
    var placedAbroad = false
    /// Placed abroad and nowhere in Syria.
    var abroadOnly: Bool { placedAbroad && governorate == nil }
    /// The governorates of the part of the country its clause names («في جنوب البلاد»).
    var countryPart: Set<String>? = nil
    /// Its clause names the whole country instead of a place («في سوريا»).
    var wholeCountry = false

    /// How much a clause says of what kind of act it was.
    enum Telling {
        /// A weapon or an act word says what kind («غارة», «قذائف», «اشتباكات»).
        case kind
        /// Only a killing word («قتل», «مقتل»): deaths, not how they came.
        case bareKilling
        /// Only «هجوم» (and killing words): an attack of no stated kind.
        case bareAssault
    }

    var eventType: EventType { subEventType.eventType }
}

/// How a clause speaks of an act told before: the cue of its definite noun, and whether a
/// demonstrative points at it («في هذا القصف»).
struct Retelling {
    var cue: EventCue
    var pointsBack: Bool
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
    /// `actorsBefore()` so far: the actors of clauses `0..<actorsSeenThrough`.
    var actorsSeen: Set<String> = []
    var actorsSeenThrough = 0
    var trace: ((String) -> Void)?
    /// Incidents left out because they happened abroad (`abroad`, `notAboutSyria`).
    var abroadSkipped = 0
    /// Acts the article names only as background, newest last (`BackgroundActs`).
    var backgroundActs: [BackgroundAct] = []
    /// The last clause dropped as a period's toll or as an act of the past (`past`), which
    /// the next may go on with (`continuesTally`).
    var tallyClause: (index: Int, past: Bool)? = nil
    /// The rules that drop a clause as the past or abroad (any clause with no place, day or
    /// side of its own goes on about it: «... في بلدة سروج التركية. وأسفر عن مقتل 32»), and
    /// those that drop a toll as a period's (a bare toll goes on with it).
    static let pastOrAbroad: [NotNews.Rule] = [.pastTime, .pastRecalled, .pastMarker, .backgroundDate, .abroad]
    static let tallied: [NotNews.Rule] = [.period, .tally]

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
            // A dateline («بيروت، لبنان (CNN)—»): the story starts after it.
            let window = clause.lowerBound..<min(clause.upperBound, clause.lowerBound + 12)
            if let last = window.last(where: { Self.isLatinWord(tokens[$0].key) }), last + 3 < clause.upperBound {
                clause = (last + 1)..<clause.upperBound
            }
        }
        let cues = CueReader.cues(tokens, in: clause)
        // «قتل ثلاثة في غارة على A، وفي B قتل اثنان بقصف»: one incident each; «... مقتل ثمانية
        // مدنيين، لترتفع بذلك الحصيلة منذ ... إلى»: the act's figure, then the total.
        if !cues.isEmpty, let (at, why) = placeSplit(clause, cues: cues).map({ ($0, "place split: two acts at two places in one sentence") })
            ?? runningTotalSplit(clause, cues: cues).map({ ($0, "running total: the act's own figure, then the total it adds to") })
        {
            clauseIndex -= 1
            trace?("[split] at «\(text.text(tokens: at..<(at + 1)))» by \(why)")
            add(clause: clause.lowerBound..<at)
            add(clause: at..<clause.upperBound)
            return
        }
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
        let verdict = notNews(facts)
        let figures = verdict == nil ? incidentFigures(facts) : nil
        let periodToll = verdict == nil && figures == nil
        let draft = figures.flatMap { makeDraft(facts, figures: $0) }
        if verdict?.rule == .abroad, !facts.cues.isEmpty, incidentFigures(facts) != nil {
            abroadSkipped += 1
        }
        if let trace {
            var line = "[\(clauseIndex)] \(text.text(tokens: clause))\n"
            line += "    cues: \(facts.cues.map { "\($0.cue)@\($0.at)" }) actors: \(facts.actors.map { "\($0.slug)@\($0.range)" })"
            line += " places: \(facts.places.map { "\($0.name)(\($0.governorate?.nameAr ?? "-") \($0.place?.pcode ?? "-"))" }) targets: \(facts.targets)"
            line += " killed: \(facts.casualties.killed) wounded: \(facts.casualties.wounded)"
            if let d = facts.date { line += " date: \(d.text)" }
            if let draft {
                line += "\n    => \(draft.eventType.rawValue)/\(draft.subEventType.rawValue) actor=\(draft.actor ?? "-") actor2=\(draft.actor2 ?? "-") place=\(draft.place?.name ?? "-") gov=\(draft.governorate?.nameAr ?? "-")"
            } else if !facts.cues.isEmpty {
                line += "\n    dropped by \(whyNoDraft(facts, verdict, periodToll: periodToll))"
            }
            trace(line)
        }
        noteBackground(facts, draft: draft, verdict: verdict)
        // A period's toll, or an act of the past (with its toll or not), that the next
        // clause's bare toll may go on with.
        let hurt = facts.casualties.killed.isMentioned || facts.casualties.wounded.isMentioned
        if draft == nil, let rule = verdict?.rule ?? (periodToll ? .period : nil) {
            if Self.pastOrAbroad.contains(rule) || rule == .tally && tallyClause?.past == true {
                tallyClause = (clauseIndex, true)
            } else if hurt && Self.tallied.contains(rule) {
                tallyClause = (clauseIndex, false)
            }
        }
        guard let draft else { return }
        merge(draft, continuing: facts)
    }

    static let andIn = Word("وفي")

    /// Where a clause that tells two acts at two places splits: at «وفي» followed by a
    /// place, when the words before name a place and an act, and the words after an act.
    func placeSplit(_ clause: Range<Int>, cues: [(cue: EventCue, at: Int)]) -> Int? {
        for i in clause where i > clause.lowerBound + 2 && i + 3 < clause.upperBound && tokens[i] == Self.andIn {
            let before = clause.lowerBound..<i, after = i..<clause.upperBound
            guard cues.contains(where: { before.contains($0.at) }), cues.contains(where: { after.contains($0.at) })
            else { continue }
            let next = PlaceFinder.mentions(in: text, range: (i + 1)..<min(clause.upperBound, i + 6))
            guard next.contains(where: { $0.range.lowerBound <= i + 2 && !$0.isGeneric && $0.governorate != nil })
            else { continue }
            let earlier = PlaceFinder.mentions(in: text, range: before)
            guard earlier.contains(where: { !$0.isGeneric && $0.governorate != nil }) else { continue }
            return i
        }
        return nil
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
        records[i].places = placeMentions(range, actors: actors).places
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

    /// Slugs of the actors named before the current clause. Kept as the clauses go (a
    /// clause's actors never change once read), so a long article is read once, not once
    /// per clause that needs them.
    mutating func actorsBefore() -> Set<String> {
        while actorsSeenThrough < clauseIndex {
            ensureRead(actorsSeenThrough)
            for a in records[actorsSeenThrough].actors ?? [] where !a.isAnaphor { actorsSeen.insert(a.slug) }
            actorsSeenThrough += 1
        }
        return actorsSeen
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

    /// The places of a clause, and whether it names one abroad.
    func placeMentions(_ range: Range<Int>, actors: [ActorMention]) -> (places: [PlaceMention], abroad: Bool) {
        // A place named inside an actor's name («التحالف الدولي بقيادة واشنطن») is not where
        // anything happened, nor is a place abroad.
        var abroad = false
        let places = PlaceFinder.mentions(in: text, range: range).map(aroundDamascus).filter { p in
            guard !actors.contains(where: { $0.range.overlaps(p.range) }) else { return false }
            if namesSide(p) || ForeignPlaces.isSeat(p.range.lowerBound, tokens, floor: range.lowerBound) { return false }
            if ForeignPlaces.isAbroad(p, tokens) {
                abroad = abroad || !ForeignPlaces.speaks(p.range.lowerBound, tokens, floor: range.lowerBound)
                return false
            }
            return true
        }
        return (places, abroad)
    }

    /// «ضواحي دمشق», «قرب دمشق», «غوطة دمشق», «محيط دمشق»: around the capital is Rif
    /// Dimashq, the governorate that surrounds it, not the city (elsewhere a city's
    /// surroundings lie in its own governorate).
    func aroundDamascus(_ p: PlaceMention) -> PlaceMention {
        guard p.governorate?.pcode == Self.damascus, let around = Self.rifDimashq else { return p }
        // («ضواحي العاصمة دمشق»: the word for the capital may stand between.)
        var at = p.range.lowerBound
        if at > 0, Self.capital.contains(tokens[at - 1]) { at -= 1 }
        let first = tokens[at], before = at > 0 ? tokens[at - 1] : nil
        guard Self.aroundWords.contains(first) || before.map({ Self.aroundWords.contains($0) }) == true else { return p }
        var m = p
        m.name = around.nameAr
        m.place = around
        m.governorate = around
        m.district = nil
        m.candidates = []
        return m
    }
    static let capital = WordSet(.exact, ["العاصمة", "للعاصمة", "بالعاصمة"])
    static let damascus = "SY01"
    static let rifDimashq = Gazetteer.shared.place(pcode: "SY03")
    static let aroundWords = WordSet(.procliticsAndSuffixes, [
        "ضواحي", "محيط", "قرب", "بالقرب", "غوطة", "أطراف", "مشارف", "أرياف",
    ])

    /// «مسلحون موالون لحكومة دمشق», «مقاتلين مؤيدين لدمشق»: a city named for the
    /// government that sits in it, or for the side loyal to it, is not where anything happened.
    func namesSide(_ p: PlaceMention) -> Bool {
        let at = p.range.lowerBound
        guard at > 0 else { return false }
        if ForeignPlaces.governments.contains(tokens[at - 1]) { return true }
        return tokens[at].key.hasPrefix("ل") && ForeignPlaces.loyalTo.contains(tokens[at - 1])
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
            actors = ActorMatcher.resolvingAnaphors(actors, namedBefore: actorsBefore())
        }
        let (places, placedAbroad) = placeMentions(range, actors: actors)
        let foreign = ForeignPlaces.namesPlaceAbroad(tokens, range, actors: actors)
        return ClauseFacts(
            range: range,
            cues: cues,
            casualties: CasualtyReader.read(tokens, in: range),
            actors: actors,
            places: places,
            targets: TargetReader.targets(in: tokens, range: range),
            date: DateReader.find(in: text, range: range, published: published),
            shiftsTopic: shifts, foreign: foreign, placedAbroad: placedAbroad)
    }
}
