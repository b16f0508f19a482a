import IncidentsSQLite

/// The statements `ingest` runs, prepared once per store and reused for every article.
final class IngestStatements {
    let findArticle: Statement
    let oldSearchText: Statement
    let insertArticle: Statement
    let updateArticle: Statement
    let deleteIncidents: Statement
    let insertIncident: Statement
    let searchInsert: Statement
    let searchDelete: Statement
    let findPlace: Statement
    let insertLocalPlace: Statement
    let insertPlaceName: Statement
    let setLastIngest: Statement
    let oldEvents: Statement

    init(_ db: Database) throws {
        findArticle = try db.prepare(
            "SELECT id, content_hash FROM articles WHERE source = ?", persistent: true)
        oldSearchText = try db.prepare(
            "SELECT title, text FROM articles WHERE id = ?", persistent: true)
        insertArticle = try db.prepare("""
            INSERT INTO articles (source, content_hash, title, outlet, published, url, text, ingested_at)
            VALUES (?, ?, ?, ?, ?, ?, ?, strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            """, persistent: true)
        updateArticle = try db.prepare("""
            UPDATE articles SET content_hash = ?, title = ?, outlet = ?, published = ?, url = ?,
                text = ?, ingested_at = strftime('%Y-%m-%dT%H:%M:%SZ', 'now')
            WHERE id = ?
            """, persistent: true)
        deleteIncidents = try db.prepare(
            "DELETE FROM incidents WHERE article_id = ?", persistent: true)
        insertIncident = try db.prepare("""
            INSERT INTO incidents (
                article_id, seq, event_type, sub_event_type, actor, actor2, target, place, pcode,
                governorate, governorate_pcode, district, district_pcode, lat, lon, date,
                date_text, killed, killed_qualifier, wounded, wounded_qualifier, evidence,
                evidence_start, evidence_end, event_date, time_precision, geo_precision)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
            """, persistent: true)
        searchInsert = try db.prepare(
            "INSERT INTO articles_fts (rowid, title, text) VALUES (?, ?, ?)", persistent: true)
        // Contentless FTS5 deletes by replaying the exact values that were indexed.
        searchDelete = try db.prepare(
            "INSERT INTO articles_fts (articles_fts, rowid, title, text) VALUES ('delete', ?, ?, ?)",
            persistent: true)
        findPlace = try db.prepare(
            "SELECT level, name_ar, parent_pcode, governorate_pcode, district_pcode, lat, lon FROM places WHERE pcode = ?",
            persistent: true)
        insertLocalPlace = try db.prepare("""
            INSERT OR IGNORE INTO places (pcode, level, name_ar, name_en, parent_pcode,
                                          governorate_pcode, district_pcode, lat, lon)
            VALUES (?, 5, ?, NULL, ?, ?, ?, NULL, NULL)
            """, persistent: true)
        insertPlaceName = try db.prepare(
            "INSERT OR IGNORE INTO place_names (pcode, name_key, name, lang) VALUES (?, ?, ?, 'ar')",
            persistent: true)
        setLastIngest = try db.prepare("""
            INSERT INTO incidents_meta (key, value) VALUES ('last_ingest_at', strftime('%Y-%m-%dT%H:%M:%SZ', 'now'))
            ON CONFLICT (key) DO UPDATE SET value = excluded.value
            """, persistent: true)
        oldEvents = try db.prepare(
            "SELECT DISTINCT event_id FROM incidents WHERE article_id = ? AND event_id IS NOT NULL",
            persistent: true)
    }
}

extension IncidentStore {
    func statements() throws -> IngestStatements {
        if let ingestStatements { return ingestStatements }
        let made = try IngestStatements(database)
        ingestStatements = made
        return made
    }

    /// What the search index holds for an article: normalised title and text.
    static func searchValues(title: String?, text: String) -> (SQLiteValue, SQLiteValue) {
        (SQLiteValue(title.map(ArabicNormalizer.key)), .text(ArabicNormalizer.key(text)))
    }

    /// Stores one article and the incidents extracted from it, all or nothing (one
    /// transaction, or a savepoint inside `withTransaction`):
    /// - a new `source`: inserts the article and its incidents (`.new`);
    /// - a known source with the same content hash: writes nothing (`.unchanged`);
    /// - a known source with another hash: replaces the article's fields and its
    ///   incidents (`.updated`).
    ///
    /// Places: an incident whose place the gazetteer lacks gets a level-5 `places` row
    /// (pcode `LOC:` + hash of governorate pcode and name key) under the most specific
    /// known unit, when its governorate is known; otherwise only the place text is kept.
    /// Throws `StoreError.incidentRejected` (e.g. an unknown actor slug) or
    /// `.articleRejected`; nothing of the article is stored then.
    @discardableResult
    public func ingest(_ article: Article, incidents: [ExtractedIncident]) throws -> IngestOutcome {
        try ingest(article, incidents: incidents, contentHash: ContentHash.hex(article.text))
    }

    /// `ingest` with the article's `ContentHash.hex` already computed. `touch`: record
    /// last_ingest_at (a batch does it once, at its end).
    func ingest(
        _ article: Article, incidents: [ExtractedIncident], contentHash hash: String, touch: Bool = true
    ) throws -> IngestOutcome {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        return try storeErrors {
            let s = try statements()
            // Fast path without taking the write lock: nothing to do.
            let seen = try existingArticle(article.source, s)
            if let seen, seen.hash == hash { return .unchanged }
            // Inside a transaction the first look is still true; outside, another writer may
            // have stored the article meanwhile, so look again under the lock.
            let inTransaction = database.isInTransaction
            return try database.savepoint {
                let articleID: Int64
                let outcome: IngestOutcome
                var indexed = false
                if let existing = inTransaction ? seen : try existingArticle(article.source, s) {
                    if existing.hash == hash { return .unchanged }
                    articleID = existing.id
                    outcome = .updated
                    // An article the search index holds is re-indexed now; later ones are
                    // indexed when a search needs them.
                    indexed = articleID <= (try searchIndexedThrough())
                    if indexed, let old = try s.oldSearchText.map([.integer(articleID)], {
                        ($0.string(0), $0.string(1) ?? "")
                    }).first {
                        let values = Self.searchValues(title: old.0, text: old.1)
                        try s.searchDelete.run(.integer(articleID), values.0, values.1)
                    }
                    let staleEvents = try s.oldEvents.map([.integer(articleID)]) { $0.int64(0) }
                    try s.deleteIncidents.run(.integer(articleID))
                    for e in staleEvents { try grouper().refresh(e) }
                    try articleWrite(article) {
                        try s.updateArticle.run(
                            .text(hash), SQLiteValue(article.title), SQLiteValue(article.outlet),
                            SQLiteValue(article.published), SQLiteValue(article.url),
                            .text(article.text), .integer(articleID))
                    }
                } else {
                    try articleWrite(article) {
                        try s.insertArticle.run(
                            .text(article.source), .text(hash), SQLiteValue(article.title),
                            SQLiteValue(article.outlet), SQLiteValue(article.published),
                            SQLiteValue(article.url), .text(article.text))
                    }
                    articleID = database.lastInsertRowID
                    outcome = .new
                }
                if indexed {
                    let values = Self.searchValues(title: article.title, text: article.text)
                    try s.searchInsert.run(.integer(articleID), values.0, values.1)
                }
                for (offset, incident) in incidents.enumerated() {
                    let location = try insert(
                        incident, seq: offset + 1, articleID: articleID, source: article.source,
                        published: article.published, s)
                    try grouper().group(EventGrouper.Report(
                        id: database.lastInsertRowID, articleID: articleID,
                        match: EventMatch.Side(
                            eventType: incident.eventType, actor: incident.actor, actor2: incident.actor2,
                            place: incident.place, pcode: location.pcode,
                            placeLevel: EventMatch.placeLevel(pcode: location.pcode, place: incident.place),
                            governoratePcode: location.governoratePcode,
                            districtPcode: location.districtPcode, date: incident.date,
                            published: article.published),
                        killed: incident.killed, wounded: incident.wounded, outlet: article.outlet))
                }
                if touch { try s.setLastIngest.run() }
                return outcome
            }
        }
    }

    private func existingArticle(_ source: String, _ s: IngestStatements) throws -> (id: Int64, hash: String)? {
        try s.findArticle.map([.text(source)]) { (id: $0.int64(0), hash: $0.string(1) ?? "") }.first
    }

    private func articleWrite(_ article: Article, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SQLiteError where ResultCode.constraint ~= error.code {
            throw StoreError.articleRejected(source: article.source, underlying: error)
        }
    }

    func grouper() throws -> EventGrouper {
        if let eventGrouper { return eventGrouper }
        let made = try EventGrouper(db: database)
        eventGrouper = made
        return made
    }

    /// Records last_ingest_at (for batches that stored articles with `touch: false`).
    func touchLastIngest() throws {
        try storeErrors { try statements().setLastIngest.run() }
    }

    /// Stored as one transaction's work: nothing more to do at the end of an ingest run
    /// but to let SQLite refresh its statistics.
    public func finishIngest() throws {
        guard !isReadOnly else { return }
        try database.execute("PRAGMA optimize")
    }

    private func insert(
        _ incident: ExtractedIncident, seq: Int, articleID: Int64, source: String,
        published: String?, _ s: IngestStatements
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
