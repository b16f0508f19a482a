/// Incident assembly: from what one clause holds to a draft incident, in named steps.
extension ArticleBuilder {
    /// The draft incident clause `f` reports, or nil when it reports none.
    func makeDraft(_ f: ClauseFacts) -> Draft? {
        guard isNews(f), let figures = incidentFigures(f) else { return nil }
        let (agent, other) = pickActors(f)
        guard let subType = EventTyping.subEventType(of: eventClause(f, agent: agent, other: other)) else {
            return nil
        }
        let eventType = subType.eventType
        let place = draftPlace(f)
        // A transfer of territory hurts nobody, whatever the clause counts.
        let hurt = eventType != .strategicDevelopments
        return Draft(
            subEventType: subType, actor: agent,
            actor2: eventType == .battles ? other : nil, target: target(of: f, eventType, other: other),
            place: place.mention, governorate: place.governorate, district: place.district, date: f.date,
            killed: hurt ? figures.killed : .none, wounded: hurt ? figures.wounded : .none,
            evidence: f.range, clauseIndex: clauseIndex, lastClauseIndex: clauseIndex, ownPlace: place.own)
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
    }

    func draftPlace(_ f: ClauseFacts) -> DraftPlace {
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
        return DraftPlace(mention: place, own: ownPlace, governorate: governorate, district: district)
    }

    /// Who or what was hit: protesters at a protest, civilians when a civilian category is
    /// named, else the other side, else the first category named beside casualties.
    func target(of f: ClauseFacts, _ eventType: EventType, other: String?) -> String? {
        if eventType == .protests {
            return "protesters"
        } else if CivilianTargets.any(in: f.targets) {
            return "civilians"
        } else if let o = other {
            return o
        } else if f.casualties.killed.isMentioned || f.casualties.wounded.isMentioned {
            return f.targets.first
        }
        return nil
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
}
