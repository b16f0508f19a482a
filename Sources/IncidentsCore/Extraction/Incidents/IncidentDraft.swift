/// Incident assembly: from what one clause holds to a draft incident, in named steps.
extension ArticleBuilder {
    /// The draft incident news clause `f` (`notNews` is nil) with its `figures`
    /// (`incidentFigures`) reports, or nil when it names no act the product records.
    func makeDraft(_ f: ClauseFacts, figures: (killed: Casualty, wounded: Casualty)) -> Draft? {
        var (agent, other) = pickActors(f)
        guard let subType = EventTyping.subEventType(of: eventClause(f, agent: agent, other: other)) else {
            return nil
        }
        // Only an air force strikes from the air: a group named beside an air strike is
        // what it hit or who holds the area («الغارات ... لإجبار فيلق الرحمن على الانسحاب»).
        // (Drones fly for anyone: «طائرة مسيرة» keeps its agent.)
        if subType == .airStrike, let a = agent, !ActorCamps.canStrikeFromTheAir(a),
            !EventLexicon.droneWords.any(tokens, f.range)
        {
            agent = nil
            if other == a { other = nil }
        }
        let eventType = subType.eventType
        let place = draftPlace(f)
        // A transfer of territory hurts nobody, whatever the clause counts.
        let hurt = eventType != .strategicDevelopments
        let retold = retold(f)
        return Draft(
            subEventType: subType, actor: agent,
            actor2: eventType == .battles ? other : nil, target: target(of: f, eventType, other: other),
            place: place.mention, governorate: place.governorate, district: place.district, date: f.date,
            killed: hurt ? figures.killed : .none, wounded: hurt ? figures.wounded : .none,
            evidence: f.range, clauseIndex: clauseIndex, lastClauseIndex: clauseIndex, ownPlace: place.own,
            telling: telling(f), retold: retold, actLeads: f.cues.first.map { $0.cue != .killing } ?? false,
            governorateGuessed: place.guessed,
            placedAbroad: f.placedAbroad, countryPart: place.part, wholeCountry: place.wholeCountry)
    }

    /// How the clause tells the act: by its kind, by a bare killing word, or by a bare «هجوم»
    /// («هجوم بري», a ground assault, is a kind: a battle).
    func telling(_ f: ClauseFacts) -> Draft.Telling {
        var assault = false
        for (cue, at) in f.cues {
            switch cue {
            case .killing: continue
            case .assault:
                if at + 1 < f.range.upperBound, EventLexicon.groundWords.contains(tokens[at + 1]) { return .kind }
                assault = true
            default: return .kind
            }
        }
        return assault ? .bareAssault : .bareKilling
    }

    /// The clause's first act word (other than a killing word) is a definite noun
    /// («أسفرت الغارة عن», «الهجوم الذي»), or its verb takes one as its subject
    /// («واستهدف القصف ... مقار التنظيم»), a construct or a demonstrative: it speaks of an
    /// act already told. The cue of that noun and whether a demonstrative points at it, or nil.
    func retold(_ f: ClauseFacts) -> Retelling? {
        let acts = f.cues.filter { $0.cue != .killing }
        guard let first = acts.first else { return nil }
        // «في هذا القصف», «تلك الغارات»: a demonstrative points back at an act told before.
        let pointsBack = first.at > f.range.lowerBound && EventLexicon.demonstratives.contains(tokens[first.at - 1])
        if pointsBack || EventLexicon.definiteActs.contains(tokens[first.at]) {
            return Retelling(cue: first.cue, pointsBack: pointsBack)
        }
        // «وأسفر هجوم الفصائل عن»: a noun in a construct with a definite word.
        let next = first.at + 1
        if EventLexicon.constructActs.contains(tokens[first.at]), next < f.range.upperBound,
            tokens[next].boundary == .space, tokens[next].key.hasPrefix("ال")
        {
            return Retelling(cue: first.cue, pointsBack: false)
        }
        if acts.count > 1 && acts[1].at == first.at + 1 && EventLexicon.definiteActs.contains(tokens[acts[1].at]) {
            return Retelling(cue: acts[1].cue, pointsBack: false)
        }
        return nil
    }

    /// What event typing needs of the clause, with the actors the extractor chose.
    func eventClause(_ f: ClauseFacts, agent: String?, other: String?) -> EventClause {
        EventClause(
            tokens: tokens, range: f.range, cues: f.cues,
            killedMentioned: f.casualties.killed.isMentioned,
            killing: f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned,
            targets: f.targets, agent: agent,
            agentMention: agent.flatMap { a in f.actors.first { $0.slug == a } }, other: other)
    }

    /// Where a draft happened: the clause's most specific place, or the place of the
    /// clauses before when this one goes on about them.
    struct DraftPlace {
        var mention: PlaceMention?
        /// The clause names the place itself.
        var own: Bool
        var governorate: Place?
        var district: Place?
        /// The governorate comes from the clauses before, not from the place.
        var guessed = false
        /// The part of the country the clause names instead of a place (`CountryParts`).
        var part: Set<String>? = nil
        /// The clause names the whole country instead of a place («في سوريا»).
        var wholeCountry = false
    }

    func draftPlace(_ f: ClauseFacts) -> DraftPlace {
        var place = bestPlace(f.places)
        let ownPlace = place != nil
        // «في جنوب البلاد»: only a place in that part of the country, before or just after.
        let part = place == nil ? CountryParts.named(in: tokens, range: f.range) : nil
        // «في سوريا» alone: the whole country, not the place of the clauses before (a detail
        // after it may still place it, and merging may fold it there).
        let wholeCountry = place == nil && part == nil && CountryParts.wholeCountry(in: tokens, range: f.range)
        // A clause that places its act abroad («في بلدة سروج التركية») takes no place from
        // the clauses before.
        if place == nil, !f.shiftsTopic, !wholeCountry, !f.placedAbroad, let last = lastPlace,
            f.places.contains(where: { $0.isGeneric }) || clauseIndexIsContinuation
                || lastPlaceClause == clauseIndex - 1,
            part == nil || Self.lies(last, in: part!)
        {
            place = last
        }
        if place == nil, let part {
            let after = f.range.upperBound..<min(tokens.count, f.range.upperBound + 40)
            place = bestPlace(PlaceFinder.mentions(in: text, range: after).filter { Self.lies($0, in: part) })
        }
        var governorate = place?.governorate
        var district = place?.district
        var guessed = false
        if governorate == nil {
            // Another place of the same clause supports the governorate.
            if let other = f.places.first(where: { $0.governorate != nil && !$0.isGeneric }) {
                governorate = other.governorate
                district = district ?? other.district
            } else if let p = place, p.place == nil, p.candidates.isEmpty, !p.isForeign, !f.shiftsTopic,
                let last = lastPlace, lastPlaceClause >= clauseIndex - 2
            {
                // A local name the gazetteer lacks, right after clauses placed in a
                // governorate: a quarter or village of it.
                governorate = last.governorate
                guessed = governorate != nil
            }
        }
        return DraftPlace(
            mention: place, own: ownPlace, governorate: governorate, district: district, guessed: guessed, part: part,
            wholeCountry: wholeCountry)
    }

    /// The place lies in one of `governorates` (P-codes).
    static func lies(_ p: PlaceMention, in governorates: Set<String>) -> Bool {
        guard let g = p.governorate else { return false }
        return governorates.contains(g.pcode)
    }

    /// Clauses right after an incident go on about it unless they change the topic.
    var clauseIndexIsContinuation: Bool {
        guard let last = drafts.last else { return false }
        return clauseIndex - last.lastClauseIndex <= 1
    }

    func bestPlace(_ places: [PlaceMention]) -> PlaceMention? {
        var best: PlaceMention?
        var bestRank = -1
        for p in places where !p.isGeneric {
            let rank: Int
            if let pl = p.place {
                // A named region («ريف إدلب الجنوبي») is an area like a district: a town the
                // clause names in it is more precise.
                rank = NamedRegions.isRegion(pcode: pl.pcode) ? 5 : pl.level.rawValue * 2
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
}
