import IncidentsSQLite

/// What an article's incidents were read with: the extractor's version and its options
/// (`articles.extractor_version`, `articles.read_with`).
public struct ExtractionStamp: Sendable, Equatable {
    public var version: String
    /// `published=YYYY-MM-DD` when the article was read with a publication date, else "".
    public var options: String

    public init(article: Article, version: String = IncidentExtractor.version) {
        self.version = version
        options = Self.options(published: article.published)
    }

    static func options(published: String?) -> String {
        published.map { "published=" + $0 } ?? ""
    }

    /// Whether a text stored with `version`/`options` must be read again when it arrives
    /// with this stamp: another extractor version, or options that differ. Options not
    /// given (a plain `ingest` after one with `--published`) keep the stored ones.
    func needsReading(storedVersion: String?, storedOptions: String?) -> Bool {
        version != storedVersion || (!options.isEmpty && options != storedOptions)
    }
}

extension IncidentStore {
    /// A stored article found by its text.
    struct StoredText {
        var id: Int64
        var version: String?
        var options: String?
        var published: String?
    }

    /// Stores one article and the incidents extracted from it, all or nothing (one
    /// transaction, or a savepoint inside `withTransaction`). An article is its text
    /// (`articles`); the name it arrives by (`article.source`, see `ArticleName`) is added
    /// to `article_names`:
    /// - a text not stored yet: inserts it with its incidents (`.new`), or, when its name
    ///   held another text that has no other name, replaces that article in place
    ///   (`.updated`);
    /// - a stored text under a known name: nothing (`.unchanged`), unless it was read with
    ///   another extractor version or other options (`ExtractionStamp`): its incidents are
    ///   replaced (`.updated`);
    /// - a stored text under a new name: the name is added (`.alreadyStored`);
    /// - a name that held another text moves to this one (`.updated`); the article it
    ///   leaves keeps its other names, or is deleted when it has none.
    ///
    /// Places: an incident whose place the gazetteer lacks gets a level-5 `places` row
    /// (pcode `LOC:` + hash of governorate pcode and name key) under the most specific
    /// known unit, when its governorate is known; otherwise only the place text is kept.
    /// Corrections anchored to the text are applied to its incidents (`Corrections`).
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
            let name = ArticleName.of(source: article.source, hash: hash, paths: &realPaths)
            var article = article
            article.source = name.source
            let stamp = ExtractionStamp(article: article)
            // Inside a transaction (a batch) what is read now holds until the savepoint:
            // the checks are not repeated there (three look-ups per article fewer).
            let inTransaction = database.isInTransaction
            var stored = try storedText(hash: hash, text: article.text, s)
            // Fast path without taking the write lock: nothing to do.
            if try isUnchanged(name, stored: stored, stamp: stamp, s) { return .unchanged }
            return try database.savepoint {
                if !inTransaction {
                    // Outside a transaction another writer may have stored it meanwhile.
                    stored = try storedText(hash: hash, text: article.text, s)
                    if try isUnchanged(name, stored: stored, stamp: stamp, s) { return .unchanged }
                }
                let outcome = try store(
                    article, name: name, hash: hash, stamp: stamp, stored: stored, incidents: incidents, s)
                if touch, outcome != .unchanged { try s.setLastIngest.run() }
                return outcome
            }
        }
    }

    /// Whether `ingest` would find nothing to do: this text is stored under this name and
    /// was read by this extractor with the same options. Lets a batch skip extracting it.
    public func isStoredUnchanged(_ article: Article, contentHash hash: String) throws -> Bool {
        try storeErrors {
            let name = ArticleName.of(source: article.source, hash: hash, paths: &realPaths)
            var article = article
            article.source = name.source
            let s = try statements()
            return try isUnchanged(
                name, stored: try storedText(hash: hash, text: article.text, s),
                stamp: ExtractionStamp(article: article), s)
        }
    }

    /// Whether the text, `stored` as found by `storedText`, is under this name and was read
    /// with this stamp.
    private func isUnchanged(
        _ name: ArticleName, stored: StoredText?, stamp: ExtractionStamp, _ s: IngestStatements
    ) throws -> Bool {
        guard let stored, !stamp.needsReading(storedVersion: stored.version, storedOptions: stored.options)
        else { return false }
        return try s.findExactName.map([.text(name.key), .text(name.source)]) { $0.int64(0) }.first == stored.id
    }

    /// `stored`: the stored article with this text (`storedText`), read in this transaction.
    private func store(
        _ article: Article, name: ArticleName, hash: String, stamp: ExtractionStamp, stored: StoredText?,
        incidents: [ExtractedIncident], _ s: IngestStatements
    ) throws -> IngestOutcome {
        let holder = try s.findName.map([.text(name.key), .text(name.legacyKey)]) { $0.int64(0) }.first
        if holder != nil {
            // A name met again under its canonical key.
            try s.rekeyName.run(.text(name.key), .text(name.legacyKey))
        }
        let outcome: IngestOutcome
        let target: Int64
        if let stored {
            target = stored.id
            if let holder, holder != stored.id {
                try moveName(name, to: stored.id, from: holder, s)
                outcome = .updated
            } else {
                // A new name, or a new spelling of a known one.
                outcome = .alreadyStored
            }
            try s.upsertName.run(.text(name.key), .text(name.source), .integer(target))
            if stamp.needsReading(storedVersion: stored.version, storedOptions: stored.options) {
                // The text as it was read before, with the options given now or, for those
                // not given, the stored ones.
                var reading = article
                reading.published = article.published ?? stored.published
                let fresh = reading.published == article.published
                    ? incidents : IncidentExtractor().extract(reading)
                try s.setStamp.run(
                    .text(stamp.version), .text(ExtractionStamp.options(published: reading.published)),
                    SQLiteValue(reading.published), .integer(target))
                try replaceIncidents(of: target, article: reading, hash: hash, incidents: fresh, s)
                return .updated
            }
            return outcome
        }
        if let holder,
            try s.countOtherNames.map([.integer(holder), .text(name.key)], { $0.int(0) }).first == 0
        {
            // The name's old text has no other name: this text replaces it in place.
            try reindexSearch(holder, s) {
                try articleWrite(article) {
                    try s.updateArticle.run(
                        .text(hash), SQLiteValue(article.title), SQLiteValue(article.outlet),
                        SQLiteValue(article.published), SQLiteValue(article.url),
                        .text(article.text), .text(stamp.version), .text(stamp.options),
                        .text(article.source), .integer(holder))
                }
            }
            try s.upsertName.run(.text(name.key), .text(name.source), .integer(holder))
            try replaceIncidents(of: holder, article: article, hash: hash, incidents: incidents, s)
            return .updated
        }
        try articleWrite(article) {
            try s.insertArticle.run(
                .text(article.source), .text(hash), SQLiteValue(article.title),
                SQLiteValue(article.outlet), SQLiteValue(article.published),
                SQLiteValue(article.url), .text(article.text), .text(stamp.version), .text(stamp.options))
        }
        target = database.lastInsertRowID
        if let holder { try moveName(name, to: target, from: holder, s) }
        try s.upsertName.run(.text(name.key), .text(name.source), .integer(target))
        try replaceIncidents(of: target, article: article, hash: hash, incidents: incidents, s)
        return holder == nil ? .new : .updated
    }

    /// The stored article with this text, if any.
    func storedText(hash: String, text: String, _ s: IngestStatements) throws -> StoredText? {
        try s.findText.map([.text(hash), .text(text)]) {
            StoredText(id: $0.int64(0), version: $0.string(1), options: $0.string(2), published: $0.string(3))
        }.first
    }

    /// Moves every spelling of `name` from article `old` to `new`. `old` keeps its other
    /// names (its `source` becomes the first of them), or is deleted when none is left.
    private func moveName(_ name: ArticleName, to new: Int64, from old: Int64, _ s: IngestStatements) throws {
        try s.moveName.run(.text(name.key), .integer(new))
        let left = try s.countOtherNames.map([.integer(old), .text(name.key)]) { $0.int(0) }.first ?? 0
        if left > 0 {
            try s.renameArticle.run(.integer(old))
            return
        }
        try reindexSearch(old, s, reinsert: false) {}
        let staleEvents = try s.oldEvents.map([.integer(old)]) { $0.int64(0) }
        try s.deleteArticle.run(.integer(old))
        for e in staleEvents { try grouper().refresh(e) }
    }

    private func articleWrite(_ article: Article, _ body: () throws -> Void) throws {
        do {
            try body()
        } catch let error as SQLiteError where ResultCode.constraint ~= error.code {
            throw StoreError.articleRejected(source: article.source, underlying: error)
        }
    }

    /// Runs `body`, which replaces or deletes an article, keeping the search index true:
    /// an article it holds is taken out before (contentless FTS5 deletes by replaying the
    /// indexed values) and, unless `reinsert` is false, indexed again after. Articles not
    /// yet indexed are left to the next search.
    private func reindexSearch(
        _ id: Int64, _ s: IngestStatements, reinsert: Bool = true, _ body: () throws -> Void
    ) throws {
        let indexed = id <= (try searchIndexedThrough())
        if indexed, let values = try s.oldSearchText.map([.integer(id)], { Self.searchValues($0, title: 0, text: 1) }).first {
            try s.searchDelete.run(.integer(id), values.0, values.1)
        }
        try body()
        if indexed && reinsert,
            let values = try s.oldSearchText.map([.integer(id)], { Self.searchValues($0, title: 0, text: 1) }).first
        {
            try s.searchInsert.run(.integer(id), values.0, values.1)
        }
    }

    /// What the search index holds for an article: normalised title and text.
    static func searchValues(title: String?, text: String) -> (SQLiteValue, SQLiteValue) {
        (SQLiteValue(title.map(ArabicNormalizer.key)), .text(ArabicNormalizer.key(text)))
    }

    /// `searchValues` of a stored article's row: the text is normalised from SQLite's
    /// bytes, with no String of it made first (for a 50 MB article, 50 MB less).
    static func searchValues(_ row: Row, title: Int32, text: Int32) -> (SQLiteValue, SQLiteValue) {
        let key = row.withUTF8(text) { ArabicNormalizer.key(utf8: $0 ?? UnsafeBufferPointer(start: nil, count: 0)) }
        return (SQLiteValue(row.string(title).map(ArabicNormalizer.key)), .text(key))
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
        // Statistics of a tiny database mislead the planner once it grows: a bulk ingest
        // after a first ingest of three articles ran six times slower. Small databases
        // keep none (SQLite's defaults plan them well); large ones are analysed.
        let articles = try database.scalar("SELECT coalesce(max(id), 0) FROM articles", as: Int.self) ?? 0
        if articles >= 5000 {
            try database.execute("PRAGMA optimize")
        } else {
            try database.execute("DROP TABLE IF EXISTS sqlite_stat1")
        }
    }
}
