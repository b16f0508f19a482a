/// The article's incidents: drafts of an article about Syria, placed in a governorate,
/// with someone named or hurt.
extension ArticleBuilder {
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
        let contextAgents = contextAgents()
        return drafts.indices.compactMap { n in
            var d = drafts[n]
            if d.governorate == nil, let g = onlyGovernorate, d.place == nil {
                d.governorate = PlaceResolver.shared.gazetteer.place(pcode: g)
            }
            // An incident that cannot be placed in a Syrian governorate is not recorded:
            // most are abroad, and none can be counted by region.
            guard d.governorate != nil else { return nil }
            // Nobody named and nobody hurt: commentary about violence («وسط القصف العنيف»,
            // «الهجوم»), not a report of an act.
            if (d.actor ?? "unknown") == "unknown" && !d.killed.isMentioned && !d.wounded.isMentioned {
                return nil
            }
            let actor = contextAgents[n] ?? d.actor ?? "unknown"
            if d.place == nil && d.governorate == nil && actor == "unknown"
                && d.killed.value == nil && d.wounded.value == nil
            {
                return nil
            }
            let evStart = tokens[d.evidence.lowerBound].start
            let evEnd = tokens[d.evidence.upperBound - 1].end
            let place = d.place
            return ExtractedIncident(
                eventType: d.eventType.rawValue, subEventType: d.subEventType.rawValue, actor: actor,
                actor2: d.actor2 == actor ? nil : d.actor2,
                target: d.target ?? "unknown",
                place: place?.name ?? d.governorate?.nameAr,
                pcode: place?.place?.pcode ?? d.governorate?.pcode,
                governorate: d.governorate?.nameAr, governoratePcode: d.governorate?.pcode,
                district: d.district?.nameAr, districtPcode: d.district?.pcode,
                lat: place?.place?.lat ?? d.governorate?.lat,
                lon: place?.place?.lon ?? d.governorate?.lon,
                dateText: d.date?.text, date: d.date?.date,
                killed: d.killed, wounded: d.wounded,
                evidence: text.text(from: evStart, to: evEnd),
                evidenceStart: evStart, evidenceEnd: evEnd)
        }
    }
}
