import IncidentsSQLite

/// The database schema: its version, the script that creates it (schema.sql, embedded as
/// `SchemaSQL.text`) and the ordered steps that upgrade older databases.
public enum Schema {
    /// The schema version this binary creates and understands (`PRAGMA user_version`).
    public static let version = 4

    /// One upgrade step: turns a database of version `version - 1` into `version`.
    struct Step: Sendable {
        var version: Int
        /// SQL run in the step's transaction.
        var sql = ""
        /// Tables rebuilt from their definitions in the schema script (`TableRebuild`),
        /// after `sql`; the step then runs with foreign keys off, as SQLite requires.
        var rebuild: (added: [String], tables: [String])? = nil
        /// SQL run after the rebuild, in the same transaction (to fill added columns and the
        /// tables it added from the old rows).
        var after = ""
        /// The step changes nothing readers depend on (an index, a constraint): a database
        /// one step behind can still be read as it is, by a read-only store that cannot
        /// upgrade it.
        var readableBefore = false
        /// Views dropped before the step and created again from the schema script after it,
        /// with the script's views the database lacks.
        var views: [String] = []
    }

    /// Upgrade steps, in order. A new database is created from schema.sql directly; these
    /// are only for existing ones. When schema.sql moves to version N, append
    /// `Step(version: N, …)` that brings a version N-1 database to the same shape (ALTER or
    /// CREATE statements, or a table rebuild for what ALTER TABLE cannot change), and raise
    /// `version`.
    static let steps: [Step] = [
        Step(version: 2, sql: """
            CREATE INDEX IF NOT EXISTS events_totals ON events (governorate_pcode, governorate,
                actor, killed_best, killed_qualifier, wounded_best, wounded_qualifier);
            """, readableBefore: true),
        // ACLED's taxonomy becomes the event_types table; incidents and events trade their
        // CHECK for a foreign key to it.
        Step(version: 3, rebuild: (added: ["event_types"], tables: ["events", "incidents"]), readableBefore: true),
        // Version 4: article identity by content, re-extraction, corrections and event-level
        // views (articles lose UNIQUE on source and gain the extractor's version and options,
        // NULL: the next ingest reads them again; incidents gain corrected/rejected; each
        // article's source becomes its first name, re-keyed when met again); and dates and
        // places with ACLED's precision (event_date, time_precision, geo_precision on events
        // and incidents) and named regions (`REG:` places). Rows stored before are dated by
        // the same rule (the text's day, else the publication day) and placed by the kind of
        // their code; `incidents reextract` redoes both. The places are reloaded (the regions
        // are new rows).
        Step(
            version: 4,
            rebuild: (added: ["article_names", "corrections"],
                      tables: ["places", "articles", "events", "incidents"]),
            after: """
                INSERT INTO article_names (name_key, source, article_id, first_seen)
                SELECT 'legacy:' || source, source, id, ingested_at FROM articles;
                UPDATE incidents SET
                    event_date = coalesce(date, (SELECT published FROM articles a WHERE a.id = incidents.article_id)),
                    time_precision = CASE WHEN date IS NOT NULL THEN 1 WHEN (SELECT published FROM articles a
                        WHERE a.id = incidents.article_id) IS NOT NULL THEN 2 END;
                UPDATE incidents SET geo_precision = \(geoPrecisionSQL);
                UPDATE events SET event_date = coalesce(date, published),
                    time_precision = CASE WHEN date IS NOT NULL THEN 1 WHEN published IS NOT NULL THEN 2 END;
                UPDATE events SET geo_precision = \(geoPrecisionSQL);
                DROP INDEX IF EXISTS events_date;
                CREATE INDEX events_date ON events (event_date);
                DELETE FROM incidents_meta WHERE key = 'gazetteer_hash';
                """,
            views: ["totals_by_governorate", "totals_by_actor", "incident_view"]),
    ]

    /// geo_precision of a row stored before version 4, from the kind of its code (the rule
    /// is `Gazetteer.geoPrecision`; rows without a code are placed by governorate only).
    private static let geoPrecisionSQL = """
        CASE WHEN governorate_pcode IS NULL THEN NULL
             WHEN pcode IS NULL OR pcode = governorate_pcode THEN 3
             WHEN pcode GLOB 'GN:*' OR pcode GLOB 'HAND:*' THEN 1
             ELSE 2 END
        """

    /// What `inspect` found in a database file.
    enum State: Equatable {
        /// No tables at all: a new (or empty) file.
        case empty
        /// An incidents database at this version.
        case incidents(version: Int)
    }

    /// Looks at a database without writing to it and says whether it is empty or an
    /// incidents database (and which version); throws for anything else.
    static func inspect(_ db: Database, path: String) throws(StoreError) -> State {
        let userVersion: Int
        let tableCount: Int
        do {
            userVersion = try db.userVersion()
            tableCount = try db.scalar("SELECT count(*) FROM sqlite_schema", as: Int.self) ?? 0
        } catch let error as SQLiteError {
            if error.code == .notADatabase { throw .notSQLite(path: path) }
            throw StoreError.from(error, path: path)
        } catch {
            throw .underlying(SQLiteError(code: .error, message: "\(error)"))
        }
        if tableCount == 0 && userVersion == 0 { return .empty }
        do {
            let hasMeta = try db.scalar(
                "SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name = 'incidents_meta'",
                as: Int.self) == 1
            guard hasMeta,
                try db.scalar(
                    "SELECT value FROM incidents_meta WHERE key = 'app'", as: String.self)
                    == "incidents",
                userVersion >= 1
            else { throw StoreError.notIncidentsDatabase(path: path) }
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError.from(error, path: path)
        } catch {
            throw .notIncidentsDatabase(path: path)
        }
        return .incidents(version: userVersion)
    }

    /// Brings the database to `current`: creates it from `script` when empty, applies the
    /// missing `steps` (each in its own transaction, re-checking the version inside it so
    /// two processes cannot both upgrade) or refuses a newer one.
    static func migrate(
        _ db: Database, path: String, readOnly: Bool,
        script: String = SchemaSQL.text, steps: [Step] = steps, current: Int = version
    ) throws(StoreError) {
        let state = try inspect(db, path: path)
        switch state {
        case .incidents(let found) where found > current:
            throw .newerSchema(found: found, supported: current)
        case .incidents(let found) where found == current:
            return
        default:
            break
        }
        if readOnly, case .incidents(let found) = state,
            (found + 1...current).allSatisfy({ v in steps.contains { $0.version == v && $0.readableBefore } })
        {
            // Older, but only by steps readers do not depend on: read it as it is; the next
            // write upgrades it.
            return
        }
        if readOnly, case .incidents(let found) = state {
            throw .olderSchema(path: path, found: found, current: current)
        }
        guard !readOnly else { throw .readOnly(path: path) }
        do {
            if state == .empty {
                try db.transaction(.immediate) {
                    // Another process may have created it since `inspect`.
                    guard try inspect(db, path: path) == .empty else { return }
                    try db.execute(script)
                    try db.setUserVersion(current)
                    try setMetaVersion(db, current)
                }
            }
            guard case .incidents(var found) = try inspect(db, path: path) else {
                throw StoreError.notIncidentsDatabase(path: path)
            }
            if found > current { throw StoreError.newerSchema(found: found, supported: current) }
            while found < current {
                guard let step = steps.first(where: { $0.version == found + 1 }) else {
                    throw StoreError.underlying(SQLiteError(
                        code: .misuse,
                        message: "no upgrade step from schema version \(found) to \(found + 1)"))
                }
                try apply(step, to: db, script: script)
                found = try db.userVersion()
            }
        } catch let error as StoreError {
            throw error
        } catch let error as SQLiteError {
            throw StoreError.from(error, path: path)
        } catch {
            throw .underlying(SQLiteError(code: .error, message: "\(error)"))
        }
    }

    /// Runs one step in its own transaction, re-checking the version inside it so two
    /// processes cannot both upgrade. A rebuild turns foreign keys off around the
    /// transaction (they cannot change inside one) and back to what they were.
    private static func apply(_ step: Step, to db: Database, script: String) throws {
        var restoreForeignKeys = false
        if step.rebuild != nil, try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1 {
            try db.execute("PRAGMA foreign_keys = OFF")
            restoreForeignKeys = true
        }
        defer { if restoreForeignKeys { try? db.execute("PRAGMA foreign_keys = ON") } }
        try db.transaction(.immediate) {
            guard try db.userVersion() == step.version - 1 else { return }
            for view in step.views { try db.execute("DROP VIEW IF EXISTS \(view)") }
            if !step.sql.isEmpty { try db.execute(step.sql) }
            if let rebuild = step.rebuild {
                try TableRebuild.run(db, script: script, added: rebuild.added, rebuilt: rebuild.tables)
            }
            if !step.after.isEmpty { try db.execute(step.after) }
            if !step.views.isEmpty { try TableRebuild.createMissingViews(db, script: script) }
            try db.setUserVersion(step.version)
            try setMetaVersion(db, step.version)
        }
    }

    private static func setMetaVersion(_ db: Database, _ version: Int) throws {
        try db.execute(
            "INSERT INTO incidents_meta (key, value) VALUES ('schema_version', ?) ON CONFLICT (key) DO UPDATE SET value = excluded.value",
            arguments: [.text(String(version))])
    }
}
