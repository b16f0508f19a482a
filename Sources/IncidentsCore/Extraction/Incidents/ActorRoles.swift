/// Who did it, and to whom, among the actors a clause names (ANNOTATION.md: the actor is
/// who did it, the target who or what was hit).
///
/// Each mention first gets a role from the words around it:
/// - victim: counted among the dead or hurt («مقتل 9 جنود من قوات النظام», «قتلى في صفوف
///   داعش», «مقتل مسلحين إيرانيين»);
/// - object: what the act hit («مواقع داعش», «موقعا للجيش السوري», «ضد التنظيم», «على قوات
///   النظام» after a cue, «غارة استهدفت جبهة النصرة», «مواقع عسكرية تابعة للنظام»);
/// - controller: who holds the area («مناطق سيطرة المعارضة», «الخاضعة لسيطرة داعش», «التي
///   تسيطر عليها المعارضة»);
/// - source: who tells («مصادر المعارضة», «وفق التحالف», «أكد الجيش الروسي أن ...»), unless it
///   claims the act itself («أعلن جيش الإسلام أنه قتل»);
/// - otherwise a possible agent, scored by its position (subject of a cue verb, «من قبل X»).
/// Only possible agents can be the actor; victims and objects are the target.
enum ActorRole: Equatable {
    case candidate, victim, object, controller, source
}

/// The roles of one clause's actors.
struct ActorRoles {
    var agent: String?
    /// The other side of a fight (a named actor that is not the agent's ally).
    var other: String?
    /// The actor hit: the first victim, else the first object.
    var patient: String?
}

extension ArticleBuilder {
    static let agentMarkers = WordSet(.exact, [
        "من", "قبل", "شنها", "شنتها", "نفذها", "نفذتها", "شنه", "شنته", "يد", "أيدي", "برصاص",
        "بنيران", "بقذائف", "بغارة", "بغارات", "عناصر", "مسلحي", "مقاتلي",
    ])
    static let supportMarkers = WordSet(.exact, [
        "بدعم", "المدعومة", "مدعومة", "المدعوم", "مدعوم", "بمساندة", "بغطاء", "بإسناد", "بمؤازرة",
        "بمشاركة", "المدعومين", "الموالية", "الموالي", "الموالين", "حلفاء", "وسط", "بالتزامن",
        // «تحت غطاء جوي روسي» (not «تحت»: «من تحت أنقاض بيت دمرته الطائرات الروسية»).
        "غطاء",
    ])

    /// Who did it, and the other side.
    func pickActors(_ f: ClauseFacts) -> (String?, String?) {
        let r = actorRoles(f)
        return (r.agent, r.other)
    }

    func actorRoles(_ f: ClauseFacts) -> ActorRoles {
        let actors = f.actors
        guard !actors.isEmpty else { return ActorRoles() }
        var roles = actors.map { role(of: $0, in: f) }
        // «من قوات النظام وحزب الله»: a name joined by «و» to the one before
        // shares its role.
        // «هيئة تحرير الشام المرتبطة بتنظيم القاعدة»: an affiliation describes the name
        // before it and shares its role.
        for n in actors.indices.dropFirst() where roles[n] == .candidate && roles[n - 1] != .candidate {
            let lo = actors[n].range.lowerBound, prevEnd = actors[n - 1].range.upperBound
            if lo == prevEnd && tokens[lo].key.hasPrefix("و")
                || lo == prevEnd + 1 && Self.affiliation.contains(tokens[prevEnd])
            {
                roles[n] = roles[n - 1]
            }
        }
        let patient = actors.indices.first { roles[$0] == .victim }
            ?? actors.indices.first { roles[$0] == .object }
        // «بين X و(بين) Y»: the two sides of a clash.
        for (n, a) in actors.enumerated() where a.range.lowerBound > f.range.lowerBound {
            let before = tokens[a.range.lowerBound - 1]
            if before == FunctionWords.bayn || before == FunctionWords.baynaha {
                if let b = actors[(n + 1)...].first(where: { $0.slug != a.slug && !isSupporter($0, f) }) {
                    return ActorRoles(agent: a.slug, other: b.slug, patient: b.slug)
                }
            }
        }
        let cueAt = Set(f.cues.map(\.at))
        var scores: [(slug: String, score: Double, at: Int)] = []
        for (n, a) in actors.enumerated() {
            var s = n == 0 ? 0.5 : -Double(n) * 0.1
            if a.isWeak { s -= 0.5 }
            switch roles[n] {
            case .victim, .object: s -= 6
            case .controller, .source: s -= 10
            case .candidate: break
            }
            if selfClaim(a, in: f) { s += 3 }
            if ActorRoleReader.beforeLaunchVerb(a, tokens, clause: f.range) { s += 2 }
            // «قصف حكومي», «غارات روسية»: the strike's own adjective names its agent.
            if cueAt.contains(a.range.lowerBound) { s += 3 }
            s += positionScore(a, f, cueAt: cueAt)
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
        // Allies named as support («مدعومة من روسيا») are not the other side either.
        for n in actors.indices where isSupporter(actors[n], f) { coAgents.insert(actors[n].slug) }
        coAgents.remove(best.slug)
        let others = scores.filter {
            $0.slug != best.slug && $0.slug != "unknown" && !coAgents.contains($0.slug)
                && roles[$0.at] != .source && roles[$0.at] != .controller
        }
        let other = others.max { $0.score < $1.score }
        var patientSlug = patient.map { actors[$0].slug }
        // Everyone named only supports, suffers, tells or holds the area: the clause does
        // not say who acted.
        var agent: String? = best.slug
        if best.score <= -1 || roles[best.at] != .candidate { agent = nil }
        // A country or a political body named without being the one that acted.
        else if actors[best.at].isWeak && best.score < 1 { agent = nil }
        // A generic «طائرات حربية» yields to a named actor that may have acted.
        else if best.slug == "unknown",
            let o = others.filter({ roles[$0.at] == .candidate && $0.score > -1 })
                .max(by: { $0.score < $1.score })
        {
            agent = o.slug
        }
        if patientSlug == agent { patientSlug = nil }
        let otherSlug = other.map(\.slug) == agent ? nil : other?.slug
        return ActorRoles(agent: agent, other: otherSlug ?? patientSlug, patient: patientSlug)
    }

    static let qibal = Word("قبل")
    static let affiliation = WordSet(.exact, [
        "المرتبط", "المرتبطة", "المرتبطين", "مرتبط", "مرتبطة", "المحسوبة", "المحسوب",
        "فرع", "ذراع", "جناح",
    ])
    static let allyMarkers = WordSet(.exact, [
        "بدعم", "المدعومة", "مدعومة", "المدعوم", "مدعوم", "بمساندة", "بغطاء", "بإسناد",
        "بمؤازرة", "بمشاركة", "المدعومين", "حلفاء", "وحلفاء", "بمساعدة",
    ])

    /// «بدعم روسي», «المدعومة من تركيا»: named as the agent's ally.
    func isSupporter(_ a: ActorMention, _ f: ClauseFacts) -> Bool {
        var k = a.range.lowerBound - 1
        // «المدعومة من [قبل] X».
        while k > f.range.lowerBound, tokens[k] == FunctionWords.min || tokens[k] == Self.qibal { k -= 1 }
        return k >= f.range.lowerBound && Self.allyMarkers.contains(tokens[k])
    }

    /// The score of a possible agent from the words right around it.
    func positionScore(_ a: ActorMention, _ f: ClauseFacts, cueAt: Set<Int>) -> Double {
        var s = 0.0
        let lo = a.range.lowerBound
        if lo > f.range.lowerBound {
            let b1 = tokens[lo - 1]
            let b1IsMin = b1 == FunctionWords.min
            // «غارة من طيران التحالف», «قصف مدفعي من قوات النظام»
            if Self.agentMarkers.contains(b1) {
                let b2 = lo - 2 >= f.range.lowerBound ? lo - 2 : nil
                if let b2, cueAt.contains(b2) || cueAt.contains(b2 - 1) || !b1IsMin {
                    s += 3
                }
            }
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
        return s
    }
}

extension ArticleBuilder {
    /// Who or what was hit: protesters at a protest; civilians when a civilian category is
    /// named; else the actor the clause says was hit (victims before objects); else the
    /// other side of a fight; else, when people are counted dead or hurt by a strike or an
    /// attack with nothing saying they fought («مقتل أربعة أشخاص»), civilians.
    func target(of f: ClauseFacts, _ eventType: EventType, other: String?) -> String? {
        if eventType == .protests { return "protesters" }
        if CivilianTargets.any(in: f.targets) { return "civilians" }
        let roles = actorRoles(f)
        if let p = roles.patient { return p }
        if eventType == .battles, let o = other { return o }
        // A military site with no owner named, hit by anyone but the regime's side, is the
        // Syrian state's («صواريخ ضربت قاعدة جوية قرب حماة»).
        if eventType == .explosions, !ActorCamps.progovernment.contains(roles.agent ?? "unknown"),
            ActorRoleReader.hitsMilitarySite(tokens, clause: f.range)
        {
            return "regime"
        }
        // Shelling or strikes on a town or an area, with no site (an airport, positions, a
        // base), armed group or fighter named as what was hit: the people who live there («قصف على مدينة درعا»).
        if eventType == .explosions, roles.patient == nil, f.targets.isEmpty,
            f.places.contains(where: { !$0.isGeneric && $0.governorate != nil }),
            !ActorRoleReader.Words.sites.any(tokens, f.range)
        {
            return "civilians"
        }
        guard f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned else { return nil }
        if eventType != .battles, countsPeople(f) { return "civilians" }
        return f.targets.first
    }

    /// The casualty expressions count people by a plain noun («أشخاص», «شخصا», «شخصين»).
    func countsPeople(_ f: ClauseFacts) -> Bool {
        for r in [f.casualties.killedRange, f.casualties.woundedRange].compactMap({ $0 }) {
            let hi = min(f.range.upperBound, r.upperBound + 1)
            if TargetReader.people.any(tokens, max(f.range.lowerBound, r.lowerBound)..<hi) { return true }
        }
        return false
    }
}

extension ArticleBuilder {
    static let strikeCues: [EventCue] = [.airStrike, .shelling, .bombardment, .targeting]

    /// For each draft, the agent its context names when its own clauses name none: a strike
    /// told passively («قتل ... بغارة جوية», «أسفر القصف عن ...») takes the agent of the
    /// strikes the clauses just before it name (nearest first, back to a change of topic),
    /// else the one the article's lead names. nil where the draft has its agent, is not a
    /// strike, or says the attacker is unknown («طائرات مجهولة»).
    mutating func contextAgents() -> [String?] {
        // The first clause after the lead that changes the topic: one scan, not one per draft.
        let firstShift = records.indices.dropFirst().first { records[$0].shiftsTopic } ?? records.count
        var out: [String?] = []
        for d in drafts {
            out.append(contextAgent(of: d, firstShift: firstShift))
        }
        return out
    }

    mutating func contextAgent(of d: Draft, firstShift: Int) -> String? {
        guard d.actor == nil || d.actor == "unknown", d.eventType == .explosions else { return nil }
        if ActorMatcher.Tables.unknownWords.any(tokens, d.evidence) { return nil }
        // «مجموعات مسلحة», «مسلحون مجهولون»: the clause names an unidentified group.
        if let own = records[d.clauseIndex].actors, own.contains(where: {
            $0.slug == "unknown" && !ActorMatcher.Tables.index.readings(tokens[$0.range.lowerBound])
                .contains { r in ActorMatcher.Tables.aircraftHeads.contains(r.stem) }
        }) {
            return nil
        }
        var j = d.clauseIndex - 1
        var seen: Set<Int> = []
        while j >= 0 && j >= d.clauseIndex - 4 && !records[j + 1].shiftsTopic {
            seen.insert(j)
            if let a = strikeAgent(ofClause: j) {
                trace?("    agent \(a) for incident at clause \(d.clauseIndex) taken from clause \(j) by context agent")
                return a
            }
            j -= 1
        }
        // A change of topic between the lead and the draft ends the context.
        guard d.clauseIndex > 0, !seen.contains(0),
            firstShift > d.clauseIndex
        else { return nil }
        if let a = strikeAgent(ofClause: 0) {
            trace?("    agent \(a) for incident at clause \(d.clauseIndex) taken from the lead by context agent")
            return a
        }
        return nil
    }

    /// The named agent of a strike clause `j` tells, if any.
    mutating func strikeAgent(ofClause j: Int) -> String? {
        let range = records[j].range
        let cues = CueReader.cues(tokens, in: range)
        guard cues.contains(where: { Self.strikeCues.contains($0.cue) }) else { return nil }
        let facts = read(range, cues: cues, shifts: records[j].shiftsTopic)
        // A strike recalled as background or talked about is not this one's context.
        guard isNews(facts), let a = actorRoles(facts).agent, a != "unknown" else { return nil }
        return a
    }
}
