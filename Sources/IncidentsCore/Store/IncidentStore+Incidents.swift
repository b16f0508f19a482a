import IncidentsSQLite

extension IncidentStore {
    /// Writes an article's incidents, replacing those it had: the events they were part of
    /// are recomputed, the text's corrections applied (`Corrections`), and each incident
    /// not rejected grouped into an event. The one path every write of incidents takes
    /// (ingest, re-extraction, a new correction), so every output sees corrected data.
    func replaceIncidents(
        of articleID: Int64, article: Article, hash: String, incidents: [ExtractedIncident],
        _ s: IngestStatements
    ) throws {
        let staleEvents = try s.oldEvents.map([.integer(articleID)]) { $0.int64(0) }
        try s.deleteIncidents.run(.integer(articleID))
        for e in staleEvents { try grouper().refresh(e) }
        let corrections = try s.corrections.map([.text(hash)]) { Corrections.Stored($0) }
        let reviewed = Corrections.apply(corrections, to: incidents, placeName: placeName)
        for (offset, item) in reviewed.enumerated() {
            let incident = item.incident
            let location = try insert(
                incident, seq: offset + 1, articleID: articleID, source: article.source,
                published: article.published, corrected: item.corrected, rejected: item.rejected, s)
            if item.rejected { continue }
            try group(
                report: database.lastInsertRowID, of: articleID, incident, at: location,
                published: article.published, outlet: article.outlet)
        }
    }

    /// Attaches a stored report to an event (`EventGrouper`).
    func group(
        report id: Int64, of articleID: Int64, _ incident: ExtractedIncident, at location: StoredLocation,
        published: String?, outlet: String?
    ) throws {
        try grouper().group(EventGrouper.Report(
            id: id, articleID: articleID,
            match: EventMatch.Side(
                eventType: incident.eventType, actor: incident.actor, actor2: incident.actor2,
                place: incident.place, pcode: location.pcode,
                placeLevel: EventMatch.placeLevel(pcode: location.pcode, place: incident.place),
                governoratePcode: location.governoratePcode,
                districtPcode: location.districtPcode, date: incident.date, published: published),
            killed: incident.killed, wounded: incident.wounded, outlet: outlet))
    }

    /// The Arabic name of a place code, from the gazetteer or the places learned from text.
    func placeName(_ pcode: String) -> String? {
        if let p = places.gazetteer.place(pcode: pcode) { return p.nameAr }
        return try? database.scalar(
            "SELECT name_ar FROM places WHERE pcode = ?", arguments: [.text(pcode)], as: String.self)
    }

    private func insert(
        _ incident: ExtractedIncident, seq: Int, articleID: Int64, source: String,
        published: String?, corrected: Bool, rejected: Bool, _ s: IngestStatements
    ) throws -> StoredLocation {
        let location = try locate(incident, s)
        // The extractor dates each incident (`EventDate.of`); rows made without it (tests,
        // other callers) are dated here by the same rule.
        let when = incident.timePrecision.flatMap { p in incident.eventDate.map { EventDate(date: $0, precision: p) } }
            ?? EventDate.of(day: incident.date, month: nil, published: published)
        let values: [SQLiteValue] = [
            .integer(articleID), .integer(Int64(seq)),
            .text(incident.eventType), .text(incident.subEventType),
            .text(incident.actor), SQLiteValue(incident.actor2), SQLiteValue(incident.target),
            SQLiteValue(incident.place), SQLiteValue(location.pcode),
            SQLiteValue(location.governorate), SQLiteValue(location.governoratePcode),
            SQLiteValue(location.district), SQLiteValue(location.districtPcode),
            SQLiteValue(location.lat), SQLiteValue(location.lon),
            SQLiteValue(incident.date), SQLiteValue(incident.dateText),
            SQLiteValue(incident.killed.value), SQLiteValue(incident.killed.qualifier?.code),
            SQLiteValue(incident.wounded.value), SQLiteValue(incident.wounded.qualifier?.code),
            .text(incident.evidence),
            .integer(Int64(incident.evidenceStart)), .integer(Int64(incident.evidenceEnd)),
            .integer(corrected ? 1 : 0), .integer(rejected ? 1 : 0),
            SQLiteValue(when?.date), SQLiteValue(when.map { Int64($0.precision.rawValue) }),
            SQLiteValue(location.geoPrecision.map { Int64($0.rawValue) }),
        ]
        do {
            try s.insertIncident.run(values)
            return location
        } catch let error as SQLiteError where ResultCode.constraint ~= error.code {
            throw StoreError.incidentRejected(
                source: source, seq: seq, reason: explain(error, incident, location), underlying: error)
        }
    }

    /// A human reason for a constraint failure (SQLite's foreign-key message names no column).
    private func explain(_ error: SQLiteError, _ incident: ExtractedIncident, _ location: StoredLocation) -> String {
        switch error.code {
        case .constraintForeignKey:
            if !knownActors.contains(incident.actor) { return "unknown actor '\(incident.actor)'" }
            if let actor2 = incident.actor2, !knownActors.contains(actor2) {
                return "unknown actor '\(actor2)'"
            }
            let pairs = try? database.prepare(
                "SELECT 1 FROM event_types WHERE event_type = ? AND sub_event_type = ?"
            ).map([.text(incident.eventType), .text(incident.subEventType)]) { _ in 1 }
            if pairs?.isEmpty == true {
                return "'\(incident.subEventType)' is not a sub event type of '\(incident.eventType)'"
            }
            if let pcode = location.pcode { return "unknown place code '\(pcode)'?" }
            return "a reference to a missing row"
        case .constraintCheck:
            return "a value outside what the schema allows"
        case .constraintNotNull:
            return "a required value is missing"
        case .constraintUnique:
            return "a duplicate"
        default:
            return "constraint failed"
        }
    }
}
