import Foundation
import IncidentsSQLite
import Testing

@testable import IncidentsCore

/// Databases of older schema versions: readers use them as they are, the next writer
/// upgrades them in place.
@Suite struct StoreUpgradeTests {
    /// Articles of two events, one reported twice, stored by the current binary.
    static func fill(_ store: IncidentStore) throws {
        try store.ingest(Sample.article(), incidents: [Sample.incident()])
        try store.ingest(
            Sample.article("seeds/002.txt", text: Sample.text + " تحديث"),
            incidents: [Sample.incident(killed: Casualty(value: 5, qualifier: .atLeast))])
        var clash = Sample.incident(actor: "regime", place: "الرقة", governorate: "الرقة")
        clash.eventType = "Battles"
        clash.subEventType = "Armed clash"
        try store.ingest(Sample.article("seeds/003.txt", text: "اشتباكات في الرقة"), incidents: [clash])
    }

    /// A version 2 database at `path`, as release 2 made it (its schema script), holding
    /// the rows `fill` stores.
    static func makeVersionTwo(at path: String) throws {
        try make(at: path, script: SchemaV2.text, version: 2)
    }

    /// A database made by an older release's schema script, holding the rows `fill`
    /// stores (the columns that release had).
    static func make(at path: String, script: String, version: Int) throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let source = dir.path("source.db")
        do { try fill(try IncidentStore(path: source)) }
        let db = try Database(.file(path))
        try db.execute(script)
        try db.execute("PRAGMA foreign_keys = OFF")
        try db.execute("ATTACH DATABASE ? AS source", arguments: [.text(source)])
        try db.transaction(.immediate) {
            try db.execute("DELETE FROM incidents_meta")
            for table in ["incidents_meta", "places", "place_names", "actors", "actor_names",
                          "articles", "events", "incidents"] {
                let columns = try db.prepare("SELECT name FROM pragma_table_info(?) ORDER BY cid")
                    .map([.text(table)]) { $0.string(0) ?? "" }.joined(separator: ", ")
                // Named regions (version 4) were not places yet.
                let notRegions = table.hasPrefix("place") ? " WHERE pcode NOT GLOB 'REG:*'" : ""
                try db.execute("INSERT INTO main.\(table) (\(columns)) SELECT \(columns) FROM source.\(table)\(notRegions)")
            }
            try db.execute("UPDATE incidents_meta SET value = ? WHERE key = 'schema_version'", arguments: [.text(String(version))])
        }
        try db.execute("DETACH DATABASE source")
        #expect(try db.userVersion() == version)
    }

    /// What queries give on the rows `fill` stores, in a database of this version.
    static func expectedAnswers() throws -> [String] {
        let store = try IncidentStore(path: ":memory:")
        try fill(store)
        return try answers(store)
    }

    /// What queries give: every export row and the totals by region.
    static func answers(_ store: IncidentStore) throws -> [String] {
        let queries = IncidentQueries(store: store)
        var rows: [String] = []
        for reports in [false, true] {
            var f = IncidentFilter()
            f.reports = reports
            try queries.exportJSON(f, events: !reports) { json, _, _ in rows.append(String(decoding: json, as: UTF8.self)) }
        }
        rows += try queries.aggregate(IncidentFilter(), by: [.region, .type]).map { "\($0)" }
        return rows
    }

    static func schemaObjects(_ db: Database) throws -> [String] {
        try db.prepare("SELECT type || ' ' || name FROM sqlite_schema ORDER BY 1").map { $0.string(0) ?? "" }
    }

    /// A version 2 database: version 4 changed the articles table, so a reader cannot use
    /// it as it is; the next writer upgrades it through versions 3 and 4 in place.
    @Test func versionTwoIsUpgradedInPlace() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("v2.db")
        try Self.makeVersionTwo(at: path)
        let before = try Self.expectedAnswers()
        #expect(before.count == 2 + 3 + 2)  // events, reports, totals
        #expect(caughtStoreError { _ = try IncidentStore(path: path, readOnly: true) } == .olderSchema(path: path, found: 2, current: 4))

        let writer = try IncidentStore(path: path)
        let db = writer.database
        #expect(try db.userVersion() == 4)
        #expect(try writer.meta("schema_version") == "4")
        #expect(try db.prepare("PRAGMA integrity_check").map { $0.string(0) } == ["ok"])
        #expect(try db.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 1)
        #expect(try Self.answers(writer) == before)
        // Every index and view is there, and the schema is a new database's.
        let fresh = try IncidentStore(path: ":memory:")
        #expect(try Self.schemaObjects(db) == Self.schemaObjects(fresh.database))
        for table in ["events", "incidents"] {
            let sql = try #require(try db.scalar(
                "SELECT sql FROM sqlite_schema WHERE name = ?", arguments: [.text(table)], as: String.self))
            #expect(!sql.contains("CHECK (CASE event_type"))
            #expect(try db.scalar(
                "SELECT count(*) FROM pragma_foreign_key_list(?) WHERE \"table\" = 'event_types'",
                arguments: [.text(table)], as: Int.self) == 2)
        }
        #expect(try db.scalar("SELECT count(*) FROM event_types", as: Int.self) == 25)

        // The foreign key now guards the pair; the store goes on grouping as before.
        var bad = Sample.incident()
        bad.subEventType = "Armed clash"
        let error = caughtStoreError { try writer.ingest(Sample.article("seeds/004.txt"), incidents: [bad]) }
        guard case .incidentRejected(_, _, _, let sqlite) = error else {
            Issue.record("expected incidentRejected, got \(String(describing: error))")
            return
        }
        #expect(sqlite.code == .constraintForeignKey)
        try writer.ingest(Sample.article("seeds/005.txt", text: Sample.text + " مرة أخرى"), incidents: [Sample.incident()])
        #expect(try writer.counts() == (articles: 4, incidents: 4, events: 2))
    }

    /// A version 3 database keeps its rows; each article's source becomes its first name
    /// (re-keyed when met again), and articles read by an unknown extractor are read again
    /// by the next ingest that meets them.
    @Test func versionThreeIsUpgradedToFourKeepingItsData() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("v3.db")
        try Self.make(at: path, script: SchemaV3.text, version: 3)
        // A reader cannot use it as it is (articles changed); it says why.
        #expect(caughtStoreError { _ = try IncidentStore(path: path, readOnly: true) }
            == .olderSchema(path: path, found: 3, current: 4))
        let writer = try IncidentStore(path: path)
        let db = writer.database
        #expect(try db.userVersion() == 4)
        #expect(try db.prepare("PRAGMA integrity_check").map { $0.string(0) } == ["ok"])
        #expect(try db.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
        #expect(try Self.answers(writer) == Self.expectedAnswers())
        #expect(try Self.schemaObjects(db) == Self.schemaObjects(try IncidentStore(path: ":memory:").database))
        #expect(try db.prepare("SELECT name_key, source FROM article_names ORDER BY article_id").map {
            [$0.string(0) ?? "", $0.string(1) ?? ""]
        } == [
            ["legacy:seeds/001.txt", "seeds/001.txt"], ["legacy:seeds/002.txt", "seeds/002.txt"],
            ["legacy:seeds/003.txt", "seeds/003.txt"],
        ])
        #expect(try db.scalar("SELECT count(*) FROM articles WHERE extractor_version IS NULL", as: Int.self) == 3)
        // The views now count events, as `query` does.
        #expect(try db.scalar("SELECT sum(events) FROM totals_by_governorate", as: Int.self) == 2)
        #expect(try db.scalar("SELECT sum(reports) FROM report_totals_by_governorate", as: Int.self) == 3)

        // Met again: the name is re-keyed and the text read again by this extractor.
        #expect(try writer.ingest(Sample.article(), incidents: [Sample.incident()]) == .updated)
        #expect(try writer.ingest(Sample.article(), incidents: [Sample.incident()]) == .unchanged)
        #expect(try db.scalar("SELECT count(*) FROM article_names WHERE name_key = 'seeds/001.txt'", as: Int.self) == 1)
        #expect(try writer.counts() == (articles: 3, incidents: 3, events: 2))
    }

    /// A version 1 database (before the totals index): the next writer adds the index and
    /// rebuilds the tables.
    @Test func versionOneIsUpgraded() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("v1.db")
        try Self.makeVersionTwo(at: path)
        do {
            let db = try Database(.file(path))
            try db.execute("DROP INDEX events_totals")
            try db.setUserVersion(1)
            try db.execute("UPDATE incidents_meta SET value = '1' WHERE key = 'schema_version'")
        }
        func hasIndex(_ store: IncidentStore) throws -> Bool {
            try store.database.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'events_totals'", as: Int.self) == 1
        }
        let before = try Self.expectedAnswers()
        let writer = try IncidentStore(path: path)
        #expect(try writer.database.userVersion() == Schema.version)
        #expect(try writer.meta("schema_version") == String(Schema.version))
        #expect(try hasIndex(writer))
        #expect(try Self.answers(writer) == before)
        #expect(try writer.database.prepare("PRAGMA foreign_key_check").map { $0.string(0) }.isEmpty)
    }

    /// The upgrade is one transaction: when it fails, the database stays at version 2.
    @Test func aFailedRebuildLeavesVersionTwo() throws {
        let dir = try StoreTempDir()
        defer { dir.remove() }
        let path = dir.path("bad.db")
        try Self.makeVersionTwo(at: path)
        do {
            // A pair ACLED does not have: the old CHECK is bypassed by hand.
            let db = try Database(.file(path))
            try db.execute("PRAGMA ignore_check_constraints = ON")
            try db.execute("UPDATE incidents SET sub_event_type = 'Nonsense' WHERE id = 1")
        }
        let error = caughtStoreError { _ = try IncidentStore(path: path) }
        #expect(error?.description.contains("refer to missing rows") == true)
        let db = try Database(.file(path))
        #expect(try db.userVersion() == 2)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name IN ('event_types', 'new_incidents')", as: Int.self) == 0)
        #expect(try db.scalar("PRAGMA foreign_keys", as: Int.self) == 0)
        #expect(try Self.schemaObjects(db).contains("view incident_view"))
    }
}
