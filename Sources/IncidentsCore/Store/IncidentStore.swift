public import IncidentsSQLite

/// What `IncidentStore.ingest` did with an article (with the name it arrived by).
public enum IngestOutcome: Sendable, Equatable {
    /// A text not stored before: article and incidents inserted.
    case new
    /// A name already known for this text, read with the same extractor and options:
    /// nothing written.
    case unchanged
    /// The text was stored under another name: the name is added to that article (its
    /// incidents are read again only if the extractor or the options differ).
    case alreadyStored
    /// Something changed: the name arrived with a new text (the file was edited), or the
    /// stored text was read with another extractor version or other options; its incidents
    /// were extracted and written again.
    case updated
}

/// The incidents database: opens or creates it, keeps its schema current, loads the
/// gazetteer and the actor table, stores articles with the incidents they report, and
/// answers the few questions the rest of the program asks directly.
///
/// Single owner, not Sendable (like the `Database` it wraps). Every error it throws is a
/// `StoreError`, except errors thrown by the body given to `withTransaction`, which pass
/// through unchanged.
public final class IncidentStore {
    public typealias IngestOutcome = IncidentsCore.IngestOutcome

    /// The connection, for read queries written elsewhere. Write through the store.
    public let database: Database
    /// The path as given (":memory:" for an in-memory database).
    public let path: String
    public let isReadOnly: Bool

    /// The compiled-in places and their names.
    var places: PlaceResolver { PlaceResolver.shared }
    /// Slugs present in `actors`, to explain foreign-key failures.
    var knownActors: Set<String> = []
    var ingestStatements: IngestStatements?
    var eventGrouper: EventGrouper?
    var hashStatement: Statement?
    /// The real path of the last file name met (`ArticleName`).
    var realPaths = RealPathCache()
    var searchStatement: Statement?

    /// Opens the database at `path` (":memory:" for a private in-memory one), creating it
    /// unless `readOnly`. Sets foreign_keys=ON, busy_timeout=5000 ms, synchronous=NORMAL and
    /// for files journal_mode=WAL; creates or upgrades the schema; loads places and actors
    /// when missing or when this binary's tables differ from the stored ones.
    ///
    /// Refuses, with a `StoreError`: a file that is not SQLite, an SQLite file that is not
    /// an incidents database (untouched), a database with a newer schema, and writing to a
    /// read-only one.
    public init(path: String, readOnly: Bool = false) throws {
        self.path = path
        self.isReadOnly = readOnly
        let location: Database.Location = path == ":memory:" ? .memory : .file(path)
        do {
            database = try Database(location, mode: readOnly ? .readOnly : .readWriteCreate)
        } catch let error as SQLiteError {
            let suffix = " (opening '\(path)')"
            let reason = error.message.hasSuffix(suffix)
                ? String(error.message.dropLast(suffix.count)) : error.message
            throw StoreError.cannotOpen(path: path, reason: reason)
        }
        try storeErrors {
            try database.setBusyTimeout(milliseconds: 5000)
            // No I/O yet: these only set connection state.
            try database.execute("PRAGMA foreign_keys = ON")
        }
        // Inspect before anything writes: a foreign file must be left as it is.
        try Schema.migrate(database, path: path, readOnly: readOnly)
        try storeErrors {
            try database.execute("PRAGMA synchronous = NORMAL")
            if !readOnly && location != .memory {
                try database.execute("PRAGMA journal_mode = WAL")
                // Checkpoint every 64 MB of WAL instead of every 4 MB: each checkpoint syncs
                // the disk twice, which cost an ingest of the bulk corpus about 2 s of
                // waiting. Durability is the same; the WAL file grows to 64 MB at most.
                try database.execute("PRAGMA wal_autocheckpoint = 16384")
            }
            if !readOnly {
                try loadReferenceData()
                try ensureSearchIndexKey()
            }
            knownActors = Set(try database.prepare("SELECT slug FROM actors").map { $0.string(0) ?? "" })
        }
    }

    // MARK: Reference data

    /// Loads (or refreshes) places and actors when the fingerprints stored in
    /// incidents_meta differ from this binary's tables. Upserts: rows are never deleted,
    /// because incidents may refer to them.
    func loadReferenceData() throws {
        let gazetteerHash = places.gazetteer.fingerprint
        let actorsHash = ActorLexicon.fingerprint
        guard try meta("gazetteer_hash") != gazetteerHash || meta("actors_hash") != actorsHash
        else { return }
        try database.transaction(.immediate) {
            if try meta("gazetteer_hash") != gazetteerHash {
                try loadPlaces()
                try setMeta("gazetteer_hash", gazetteerHash)
            }
            if try meta("actors_hash") != actorsHash {
                try loadActors()
                try setMeta("actors_hash", actorsHash)
            }
        }
    }

    private func loadPlaces() throws {
        let upsert = try database.prepare("""
            INSERT INTO places (pcode, level, name_ar, name_en, parent_pcode, governorate_pcode,
                                district_pcode, lat, lon)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
            ON CONFLICT (pcode) DO UPDATE SET
                level = excluded.level, name_ar = excluded.name_ar, name_en = excluded.name_en,
                parent_pcode = excluded.parent_pcode,
                governorate_pcode = excluded.governorate_pcode,
                district_pcode = excluded.district_pcode, lat = excluded.lat, lon = excluded.lon
            """)
        let deleteNames = try database.prepare("DELETE FROM place_names WHERE pcode = ?")
        let insertName = try database.prepare(
            "INSERT OR IGNORE INTO place_names (pcode, name_key, name, lang) VALUES (?, ?, ?, ?)")
        let g = places.gazetteer
        for p in g.ordered {
            try upsert.run(
                .text(p.pcode), .integer(Int64(p.level.rawValue)), .text(p.nameAr),
                .text(p.nameEn), p.level == .governorate ? .null : SQLiteValue(p.parent),
                .text(g.governorate(of: p)?.pcode ?? p.pcode),
                SQLiteValue(g.linkedDistrict(of: p)?.pcode), SQLiteValue(p.lat), SQLiteValue(p.lon))
            try deleteNames.run(.text(p.pcode))
            for (names, lang) in [([p.nameAr] + p.aliasesAr, "ar"), ([p.nameEn] + p.aliasesEn, "en")] {
                for name in names {
                    let key = ArabicNormalizer.key(name)
                    guard !key.isEmpty else { continue }
                    try insertName.run(.text(p.pcode), .text(key), .text(name), .text(lang))
                }
            }
        }
    }

    private func loadActors() throws {
        let upsert = try database.prepare("""
            INSERT INTO actors (slug, name_ar, name_en, kind) VALUES (?, ?, ?, ?)
            ON CONFLICT (slug) DO UPDATE SET
                name_ar = excluded.name_ar, name_en = excluded.name_en, kind = excluded.kind
            """)
        let deleteNames = try database.prepare("DELETE FROM actor_names WHERE slug = ?")
        let insertName = try database.prepare(
            "INSERT OR IGNORE INTO actor_names (slug, form_key, form) VALUES (?, ?, ?)")
        for actor in ActorLexicon.all {
            try upsert.run(
                .text(actor.slug), .text(actor.nameAr), .text(actor.nameEn),
                .text(actor.kind.rawValue))
            try deleteNames.run(.text(actor.slug))
            for form in [actor.nameAr] + actor.formsAr {
                let key = ArabicNormalizer.key(form)
                guard !key.isEmpty else { continue }
                try insertName.run(.text(actor.slug), .text(key), .text(form))
            }
        }
    }

    func meta(_ key: String) throws -> String? {
        try database.scalar(
            "SELECT value FROM incidents_meta WHERE key = ?", arguments: [.text(key)], as: String.self)
    }

    func setMeta(_ key: String, _ value: String) throws {
        try database.execute(
            "INSERT INTO incidents_meta (key, value) VALUES (?, ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [.text(key), .text(value)])
    }

    // MARK: Transactions

    /// Runs `body` in one transaction (or, inside another one, a savepoint), so that many
    /// `ingest` calls commit together: much faster than one transaction per article. An
    /// error thrown by `body` rolls everything back and is rethrown unchanged; an `ingest`
    /// that fails inside only undoes its own article.
    public func withTransaction<T>(_ body: () throws -> T) throws -> T {
        guard !isReadOnly else { throw StoreError.readOnly(path: path) }
        do {
            return try database.savepoint(body)
        } catch let error as SQLiteError {
            throw StoreError.from(error, path: path)
        }
    }

    // MARK: Reading

    public func counts() throws -> (articles: Int, incidents: Int, events: Int) {
        try storeErrors {
            let rows = try database.prepare("""
                SELECT (SELECT count(*) FROM articles), (SELECT count(*) FROM incidents),
                       (SELECT count(*) FROM events)
                """).map { ($0.int(0), $0.int(1), $0.int(2)) }
            let row = rows.first ?? (0, 0, 0)
            return (articles: row.0, incidents: row.1, events: row.2)
        }
    }

    /// The hash `articles.content_hash` stores for a text.
    public static func contentHash(of text: String) -> String {
        ContentHash.hex(text)
    }

    /// The source of the first stored article whose text has this content hash, if any:
    /// lets callers report the same text ingested under another name.
    public func articleSource(withHash hash: String) throws -> String? {
        try storeErrors {
            let statement: Statement
            if let hashStatement {
                statement = hashStatement
            } else {
                statement = try database.prepare(
                    "SELECT source FROM articles WHERE content_hash = ? ORDER BY id LIMIT 1")
                hashStatement = statement
            }
            return try statement.map([.text(hash)]) { $0.string(0) }.first ?? nil
        }
    }

    /// Runs `body`, turning SQLite errors into `StoreError.underlying`.
    func storeErrors<T>(_ body: () throws -> T) throws -> T {
        do {
            return try body()
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError.from(error, path: path)
        }
    }
}

@available(*, unavailable)
extension IncidentStore: Sendable {}
