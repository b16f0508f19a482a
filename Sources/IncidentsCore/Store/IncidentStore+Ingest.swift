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
                evidence_start, evidence_end)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)
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

/// Where an incident happened, as stored in its row.
struct StoredLocation: Equatable {
    var pcode: String?
    var governorate: String?
    var governoratePcode: String?
    var district: String?
    var districtPcode: String?
    var lat: Double?
    var lon: Double?
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
                        incident, seq: offset + 1, articleID: articleID, source: article.source, s)
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
        _ s: IngestStatements
    ) throws -> StoredLocation {
        let location = try locate(incident, s)
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

    // MARK: Places

    /// Words that may precede a place's name without changing the place («مدينة إدلب»).
    static let genericPlaceWords: [String] = ["مدينه", "بلده", "قريه", "ناحيه", "منطقه", "محافظه"]

    /// The key itself, then the key without a leading generic word.
    static func nameKeys(_ key: String) -> [String] {
        var result = [key]
        for word in genericPlaceWords where key.hasPrefix(word + " ") {
            result.append(String(key.dropFirst(word.count + 1)))
        }
        return result
    }

    /// True when `key` is one of `keys`, also after dropping a leading generic word.
    static func names(_ keys: Set<String>, include key: String) -> Bool {
        nameKeys(key).contains(where: keys.contains)
    }

    /// A unit of the place hierarchy, from the gazetteer or from a `LOC:` row.
    private struct Unit {
        var pcode: String
        var level: Int
        var parent: String?
        var governorate: String
        var district: String?
        var keys: Set<String>
        var lat: Double?
        var lon: Double?
    }

    private func unit(_ pcode: String, _ s: IngestStatements) throws -> Unit? {
        if let e = places.entries[pcode] {
            return Unit(
                pcode: pcode, level: e.place.level.rawValue, parent: e.place.parent,
                governorate: e.governorate, district: e.district, keys: e.keys,
                lat: e.place.lat, lon: e.place.lon)
        }
        return try s.findPlace.map([.text(pcode)]) { row in
            Unit(
                pcode: pcode, level: row.int(0), parent: row.string(2),
                governorate: row.string(3) ?? pcode, district: row.string(4),
                keys: [ArabicNormalizer.key(row.string(1) ?? "")],
                lat: row.isNull(5) ? nil : row.double(5), lon: row.isNull(6) ? nil : row.double(6))
        }.first
    }

    /// Resolves where an incident happened and stores a local place when needed.
    func locate(_ incident: ExtractedIncident, _ s: IngestStatements) throws -> StoredLocation {
        let placeText = incident.place.flatMap { $0.trimmingSpaces.isEmpty ? nil : $0.trimmingSpaces }
        let placeKey = placeText.map(ArabicNormalizer.key).flatMap { $0.isEmpty ? nil : $0 }

        // The unit that contains the place (or is it), and whether it is the place itself.
        var container: Unit?
        var exact = false
        if let pcode = incident.pcode {
            guard let found = try unit(pcode, s) else {
                // Not a known place: the foreign key will reject it, with an explanation.
                return StoredLocation(
                    pcode: pcode, governorate: incident.governorate, district: incident.district,
                    lat: incident.lat, lon: incident.lon)
            }
            container = found
            exact = placeKey.map { Self.names(found.keys, include: $0) } ?? true
        } else if let governorateKey = incident.governorate.map(ArabicNormalizer.key),
            let governorate = places.governorateByKey[governorateKey]
        {
            container = try unit(governorate, s)
            if let districtKey = incident.district.map(ArabicNormalizer.key),
                let districts = places.byGovernorateAndKey[governorate + "|" + districtKey]?
                    .filter({ places.entries[$0]?.place.level == .district }),
                districts.count == 1
            {
                container = try unit(districts[0], s) ?? container
            }
            if let placeKey,
                let pcode = Self.nameKeys(placeKey).lazy
                    .compactMap({ self.places.unique(named: $0, in: governorate) }).first,
                let match = try unit(pcode, s)
            {
                container = match
                exact = true
            }
        }
        guard var unit = container else {
            // No governorate: keep the text only.
            return StoredLocation(
                pcode: nil, governorate: incident.governorate, district: incident.district,
                lat: incident.lat, lon: incident.lon)
        }
        var pcode: String? = exact ? unit.pcode : nil
        if !exact, let placeText, let placeKey {
            // A local place under the most specific unit known to contain it.
            let localPcode = "LOC:" + ContentHash.hex(unit.governorate + "|" + placeKey)
            let parent = unit.level <= 4 ? unit.pcode : (unit.parent ?? unit.governorate)
            try s.insertLocalPlace.run(
                .text(localPcode), .text(placeText), .text(parent), .text(unit.governorate),
                SQLiteValue(unit.district))
            try s.insertPlaceName.run(.text(localPcode), .text(placeKey), .text(placeText))
            if let stored = try self.unit(localPcode, s) { unit = stored }
            pcode = localPcode
        }
        let governorateName = places.entries[unit.governorate]?.place.nameAr ?? incident.governorate
        let districtName = unit.district.flatMap { places.entries[$0]?.place.nameAr } ?? incident.district
        // Towns hang from their governorate in the gazetteer; the extractor knows a town's
        // district by name when one is named after it: store its code too, so that
        // `--place <district>` finds the town's incidents through an index.
        var districtPcode = unit.district
        if districtPcode == nil, let name = incident.district {
            districtPcode = places.byGovernorateAndKey[unit.governorate + "|" + ArabicNormalizer.key(name)]?
                .first { places.entries[$0]?.place.level == .district }
        }
        return StoredLocation(
            pcode: pcode, governorate: governorateName, governoratePcode: unit.governorate,
            district: districtName, districtPcode: districtPcode,
            lat: incident.lat ?? (pcode == unit.pcode ? unit.lat : nil),
            lon: incident.lon ?? (pcode == unit.pcode ? unit.lon : nil))
    }
}

extension String {
    fileprivate var trimmingSpaces: String {
        let scalars = unicodeScalars
        guard let first = scalars.firstIndex(where: { !$0.properties.isWhitespace }),
            let last = scalars.lastIndex(where: { !$0.properties.isWhitespace })
        else { return "" }
        return String(scalars[first...last])
    }
}
