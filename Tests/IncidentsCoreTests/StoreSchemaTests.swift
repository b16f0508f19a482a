import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

@Suite struct StoreSchemaTests {
    @Test func embeddedSchemaEqualsSchemaSQL() throws {
        let url = repositoryRoot.appendingPathComponent("schema.sql")
        var file = try String(contentsOf: url, encoding: .utf8)
        if file.hasSuffix("\n") { file.removeLast() }
        #expect(file == SchemaSQL.text, "schema.sql changed: run scripts/gen-schema")
        // The script's own PRAGMA user_version is the version the binary claims.
        #expect(SchemaSQL.text.contains("\nPRAGMA user_version = \(Schema.version);\n"))
    }

    @Test func newDatabaseIsCompleteAndConsistent() throws {
        let store = try IncidentStore(path: ":memory:")
        let db = store.database
        #expect(try db.userVersion() == Schema.version)
        #expect(try db.prepare("PRAGMA integrity_check").map { $0.string(0) } == ["ok"])
        #expect(try db.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        #expect(try store.meta("app") == "incidents")
        #expect(try store.meta("schema_version") == String(Schema.version))
        let created = try #require(try store.meta("created_at"))
        #expect(created.count == 20 && created.hasSuffix("Z"))

        let names = Set(try db.prepare("SELECT name FROM sqlite_schema WHERE type IN ('table', 'view')").map {
            $0.string(0) ?? ""
        })
        for name in ["incidents_meta", "places", "place_names", "actors", "actor_names", "event_types", "articles",
                     "incidents", "events", "articles_fts", "incident_view", "totals_by_governorate",
                     "totals_by_actor", "events_view"] {
            #expect(names.contains(name), "missing \(name)")
        }
        // Every view compiles against the tables.
        for view in ["incident_view", "totals_by_governorate", "totals_by_actor", "events_view"] {
            #expect(try db.scalar("SELECT count(*) FROM \(view)", as: Int.self) == 0)
        }
        #expect(try db.scalar("SELECT count(*) FROM pragma_table_list WHERE strict = 1", as: Int.self)! >= 8)
    }

    @Test func fileDatabaseUsesWALAndReopens() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("incidents.db")
        do {
            let store = try IncidentStore(path: path)
            #expect(try store.database.scalar("PRAGMA journal_mode", as: String.self) == "wal")
            #expect(try store.ingest(Sample.article(), incidents: [Sample.incident()]) == .new)
        }
        let reopened = try IncidentStore(path: path)
        #expect(try reopened.counts() == (articles: 1, incidents: 1, events: 1))
        #expect(try reopened.database.scalar("PRAGMA busy_timeout", as: Int.self) == 5000)
        #expect(try reopened.ingest(Sample.article(), incidents: [Sample.incident()]) == .unchanged)

        let reader = try IncidentStore(path: path, readOnly: true)
        #expect(try reader.counts().articles == 1)
        let error = caughtStoreError { try reader.ingest(Sample.article("other"), incidents: []) }
        #expect(error == .readOnly(path: path))
        #expect(caughtStoreError { try reader.withTransaction {} } == .readOnly(path: path))
    }

    /// A WAL database whose writers have all closed (no -wal/-shm files left) still opens
    /// read-only.
    @Test func readOnlyOpenAfterEveryWriterClosed() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("closed.db")
        do {
            let store = try IncidentStore(path: path)
            try store.ingest(Sample.article(), incidents: [Sample.incident()])
        }
        #expect(!FileManager.default.fileExists(atPath: path + "-wal"))
        do {
            // Ingest did not index the article; a reader searches what is indexed and says
            // how much is missing.
            let reader = try IncidentStore(path: path, readOnly: true)
            #expect(try reader.searchIndexBacklog() == 1)
            #expect(try reader.searchArticles("أريحا", limit: 3).isEmpty)
        }
        try IncidentStore(path: path).updateSearchIndex()
        let reader = try IncidentStore(path: path, readOnly: true)
        #expect(try reader.counts() == (articles: 1, incidents: 1, events: 1))
        #expect(try reader.searchIndexBacklog() == 0)
        #expect(try reader.searchArticles("أريحا", limit: 3).map(\.source) == [Sample.article().source])
    }

    @Test func readOnlyOpenOfAMissingFileFails() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("missing.db")
        let error = caughtStoreError { _ = try IncidentStore(path: path, readOnly: true) }
        #expect(error == .cannotOpen(path: path, reason: "unable to open database file"))
        #expect(error?.description == "Cannot open the database '\(path)': unable to open database file.")
        #expect(!FileManager.default.fileExists(atPath: path))
    }

    @Test func newerSchemaIsRefused() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("future.db")
        do {
            let store = try IncidentStore(path: path)
            try store.database.setUserVersion(Schema.version + 1)
        }
        let error = caughtStoreError { _ = try IncidentStore(path: path) }
        #expect(error == .newerSchema(found: Schema.version + 1, supported: Schema.version))
        #expect(error?.description
            == "The database has schema version \(Schema.version + 1), but this incidents binary only knows versions up to \(Schema.version); use a newer incidents binary.")
    }

    @Test func fileThatIsNotSQLiteIsRefused() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("notes.txt")
        let content = Data(String(repeating: "مقال عادي وليس قاعدة بيانات.\n", count: 200).utf8)
        try content.write(to: URL(fileURLWithPath: path))
        let error = caughtStoreError { _ = try IncidentStore(path: path) }
        #expect(error == .notSQLite(path: path))
        #expect(error?.description.contains("is not an SQLite database") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == content)
    }

    @Test func foreignSQLiteDatabaseIsRefusedAndLeftUntouched() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("other.sqlite")
        do {
            let other = try Database(.file(path))
            try other.execute("CREATE TABLE notes (body TEXT); INSERT INTO notes VALUES ('x')")
        }
        let before = try Data(contentsOf: URL(fileURLWithPath: path))
        let error = caughtStoreError { _ = try IncidentStore(path: path) }
        #expect(error == .notIncidentsDatabase(path: path))
        #expect(error?.description.contains("not an incidents database") == true)
        #expect(try Data(contentsOf: URL(fileURLWithPath: path)) == before)
        let reopened = try Database(.file(path))
        #expect(try reopened.scalar("PRAGMA journal_mode", as: String.self) == "delete")

        // Same with a table named incidents_meta that is not ours.
        do {
            let other = try Database(.file(path))
            try other.execute("CREATE TABLE incidents_meta (key TEXT, value TEXT)")
        }
        #expect(caughtStoreError { _ = try IncidentStore(path: path) } == .notIncidentsDatabase(path: path))
    }

    @Test func databaseCreatedWithTheSqliteShellScriptIsAccepted() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("shell.db")
        do {
            // What `sqlite3 shell.db < schema.sql` does.
            let db = try Database(.file(path))
            try db.execute(SchemaSQL.text)
        }
        let store = try IncidentStore(path: path)
        #expect(try store.count("places") == Gazetteer.shared.places.count)
    }

    @Test func upgradeStepsRunInOrderEachInATransaction() throws {
        let db = try Database(.memory)
        try Schema.migrate(db, path: ":memory:", readOnly: false)
        let v = Schema.version
        #expect(try db.userVersion() == v)
        let steps = Schema.steps + [
            Schema.Step(version: v + 1, sql: "CREATE TABLE added_in_next (x INTEGER) STRICT"),
            Schema.Step(version: v + 2, sql: "ALTER TABLE added_in_next ADD COLUMN y TEXT"),
        ]
        try Schema.migrate(db, path: ":memory:", readOnly: false, steps: steps, current: v + 2)
        #expect(try db.userVersion() == v + 2)
        #expect(try db.scalar("SELECT value FROM incidents_meta WHERE key = 'schema_version'", as: String.self) == String(v + 2))
        #expect(try db.scalar("SELECT count(*) FROM pragma_table_info('added_in_next')", as: Int.self) == 2)

        // A failing step leaves the database at the last good version.
        let bad = steps + [
            Schema.Step(version: v + 3, sql: "CREATE TABLE added_later (x); INSERT INTO nowhere VALUES (1)"),
        ]
        let error = caughtStoreError {
            try Schema.migrate(db, path: ":memory:", readOnly: false, steps: bad, current: v + 3)
        }
        guard case .underlying(let sqlite) = error else {
            Issue.record("expected underlying, got \(String(describing: error))")
            return
        }
        #expect(sqlite.message == "no such table: nowhere")
        #expect(try db.userVersion() == v + 2)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'added_later'", as: Int.self) == 0)

        // A missing step is an error, not a silent skip.
        let gap = caughtStoreError {
            try Schema.migrate(db, path: ":memory:", readOnly: false, steps: steps, current: v + 4)
        }
        #expect(gap != nil)
        #expect(try db.userVersion() == v + 2)
    }

    @Test func readOnlyStoreDoesNotUpgrade() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("old.db")
        do { _ = try IncidentStore(path: path) }
        let db = try Database(.file(path), mode: .readOnly)
        let error = caughtStoreError {
            try Schema.migrate(
                db, path: path, readOnly: true,
                steps: [Schema.Step(version: Schema.version + 1, sql: "CREATE TABLE t (x)")],
                current: Schema.version + 1)
        }
        #expect(error == .olderSchema(path: path, found: Schema.version, current: Schema.version + 1))
    }
}
