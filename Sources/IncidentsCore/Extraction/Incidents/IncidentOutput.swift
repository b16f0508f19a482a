/// The article's incidents: drafts of an article about Syria, placed in a governorate,
/// with someone named or hurt.
extension ArticleBuilder {
    mutating func finish() -> [ExtractedIncident] {
        // An article that never names Syria is not about it: what it tells abroad is not
        // counted as incidents left out.
        if !mentionsSyria { abroadSkipped = 0 }
        guard !drafts.isEmpty else { return [] }
        if let why = notAboutSyria() {
            trace?("dropped all \(drafts.count) incidents by article country: \(why)")
            // An article about another country that also names Syria: its incidents are
            // abroad. (One that never names Syria is simply not about it: not counted.)
            if why.hasPrefix("another country") { abroadSkipped += drafts.count }
            return []
        }
        // Where the article names places of one governorate only, an incident it does not
        // place otherwise happened there.
        let governorates = allGovernorates()
        let onlyGovernorate = governorates.count == 1 ? governorates.first : nil
        let contextAgents = contextAgents()
        let gazetteer = PlaceResolver.shared.gazetteer
        return drafts.indices.compactMap { n in
            var d = drafts[n]
            if d.governorate == nil, let g = onlyGovernorate, d.place == nil, d.countryPart?.contains(g) ?? !d.wholeCountry {
                d.governorate = PlaceResolver.shared.gazetteer.place(pcode: g)
            }
            if let why = notRecorded(d) {
                trace?("dropped the incident of clause [\(d.clauseIndex)] by \(why)")
                if d.governorate == nil && d.placedAbroad { abroadSkipped += 1 }
                return nil
            }
            var actor = contextAgents[n] ?? d.actor ?? "unknown"
            // A battle with only one side named: that side is its actor (either side is, for
            // a clash), not `unknown` with the side as the other.
            if d.eventType == .battles, actor == "unknown", let side = d.actor2, side != "unknown" {
                actor = side
                d.actor2 = nil
            }
            let evStart = tokens[d.evidence.lowerBound].start
            let evEnd = tokens[d.evidence.upperBound - 1].end
            let place = d.place
            let pcode = place?.place?.pcode ?? d.governorate?.pcode
            // A place the gazetteer lacks: the store learns it under this code.
            let learned = place.flatMap { p in
                p.place == nil ? d.governorate.map { AnchoredPlaces.localPcode(governorate: $0.pcode, name: p.name) } : nil
            }
            // Drawn at the place's own point, else at the nearest unit around it that has
            // one: the district the text names, else the governorate's capital.
            let point = place?.place.flatMap(gazetteer.point(of:))
                ?? d.district.flatMap(gazetteer.point(of:)) ?? d.governorate.flatMap(gazetteer.point(of:))
            let month = d.date?.date == nil
                ? MonthReader.month(in: text, range: d.evidence, published: published) : nil
            let when = EventDate.of(day: d.date?.date, month: month, published: published)
            return ExtractedIncident(
                eventType: d.eventType.rawValue, subEventType: d.subEventType.rawValue, actor: actor,
                actor2: d.actor2 == actor ? nil : d.actor2,
                target: d.target ?? "unknown",
                place: place?.name ?? d.governorate?.nameAr,
                pcode: pcode,
                governorate: d.governorate?.nameAr, governoratePcode: d.governorate?.pcode,
                district: d.district?.nameAr, districtPcode: d.district?.pcode,
                lat: point?.lat, lon: point?.lon,
                dateText: d.date?.text, date: d.date?.date,
                eventDate: when?.date, timePrecision: when?.precision,
                geoPrecision: gazetteer.geoPrecision(
                    pcode: learned ?? pcode, governoratePcode: d.governorate?.pcode,
                    name: place?.name ?? d.governorate?.nameAr),
                killed: d.killed, wounded: d.wounded,
                evidence: text.text(from: evStart, to: evEnd),
                evidenceStart: evStart, evidenceEnd: evEnd)
        }
    }

    /// Why the article yields nothing: it never mentions Syria or a Syrian place, or it is
    /// mostly about another country (Yemen's Hodeidah, Morocco's Kenitra share names with
    /// Syrian places). Nil when it is about Syria.
    mutating func notAboutSyria() -> String? {
        let governorates = allGovernorates()
        guard mentionsSyria || !governorates.isEmpty else { return "no word of Syria and no Syrian place" }
        var syria = 0, abroad = 0
        for t in tokens {
            if SyriaWords.strong.contains(t) { syria += 1 } else if ForeignPlaces.countries.contains(t) { abroad += 1 }
        }
        if abroad > 2 * syria + 1 { return "another country dominates (\(abroad) words of it, \(syria) of Syria)" }
        return nil
    }

    /// Why draft `d` is not recorded, or nil when it is.
    func notRecorded(_ d: Draft) -> String? {
        // An incident that cannot be placed in a Syrian governorate is not recorded:
        // most are abroad, and none can be counted by region.
        guard d.governorate != nil else { return "no governorate: not placed in Syria" }
        // Nobody named and nobody hurt: commentary about violence («وسط القصف العنيف»,
        // «الهجوم»), not a report of an act.
        if (d.actor ?? "unknown") == "unknown" && !d.killed.isMentioned && !d.wounded.isMentioned {
            return "nobody named and nobody hurt"
        }
        return nil
    }
}
