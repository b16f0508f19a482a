import Foundation
import IncidentsCore
import IncidentsSQLite
import Testing

@testable import IncidentsCLI

/// Which database a command uses, and the databases it refuses.
@Suite struct DatabaseTests {
    static let readers: [[String]] = [["query"], ["export"], ["show", "1"], ["stats"], ["search", "الرقة"]]

    @Test func dbOptionBeatsEnvironmentWhichBeatsDefault() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        let other = box.path("other.db")

        #expect(try (IncidentsCommand.parseAsRoot(["stats"]) as? StatsCommand)?.database.path == "incidents.db")
        let env = ["INCIDENTS_DB": db]
        let viaEnv = incidents(["stats"], environment: env)
        #expect(viaEnv.status == 0, "\(viaEnv.diagnostics)")
        #expect(viaEnv.out.hasPrefix("database:   \(db)\n"))
        let viaOption = incidents(["stats", "--db", other], environment: env)
        #expect(viaOption.status == 1)
        #expect(viaOption.message == "no database at \(other): run `incidents ingest PATH` first, or pass --db")
        #expect(!FileManager.default.fileExists(atPath: other), "a reading command created a database")

        // Ingest creates the database the environment names.
        let created = box.path("created.db")
        let file = try box.copyFixture("seeds/000_212ed85aa77a1702.txt")
        let r = incidents(["ingest", file], environment: ["INCIDENTS_DB": created])
        #expect(r.status == 0)
        #expect(try rowCounts(created)["articles"] == 1)
        // An empty variable means unset.
        #expect(try (IncidentsCommand.parseAsRoot(["stats"]) as? StatsCommand)?.database.path == "incidents.db")
        let emptyEnv = Console(capturing: (), environment: ["INCIDENTS_DB": ""])
        let path = try Console.$current.withValue(emptyEnv) { () throws -> String? in
            try (IncidentsCommand.parseAsRoot(["export"]) as? ExportCommand)?.database.path
        }
        #expect(path == "incidents.db")
    }

    /// `--db ""` is a wrong argument (exit 64), never a silent `./incidents.db`.
    @Test(arguments: readers + [["ingest", "SEEDS"]])
    func emptyDatabasePath(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let r = incidents(resolve(args, box) + ["--db", ""])
        #expect(r.status == 64, "\(r.diagnostics)")
        #expect(r.out.isEmpty)
        #expect(r.message.hasPrefix("--db needs a file path"), "\(r.message)")
    }

    /// Every command refuses a file that is not SQLite, with one clear line and exit 1,
    /// and leaves it as it was.
    @Test(arguments: readers + [["ingest", "SEEDS"]])
    func notSQLite(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = try box.write("notes.db", "these are my notes, not a database\n")
        let r = incidents(resolve(args, box) + ["--db", path])
        #expect(r.status == 1)
        #expect(r.out.isEmpty)
        #expect(r.message == "'\(path)' is not an SQLite database (it may be another kind of file, or damaged).")
        #expect(contents(path) == Data("these are my notes, not a database\n".utf8))
    }

    @Test(arguments: readers + [["ingest", "SEEDS"]])
    func anotherAppsDatabase(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("app.db")
        do {
            let db = try Database(.file(path))
            try db.execute("CREATE TABLE incidents (id INTEGER PRIMARY KEY, what TEXT); INSERT INTO incidents (what) VALUES ('x')")
        }
        let before = contents(path)
        let r = incidents(resolve(args, box) + ["--db", path])
        #expect(r.status == 1)
        #expect(r.message.hasPrefix("'\(path)' is an SQLite database but not an incidents database"))
        #expect(!r.message.dropLast().contains("\n"))
        #expect(contents(path) == before)
    }

    @Test(arguments: readers + [["ingest", "SEEDS"]])
    func newerDatabase(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = try box.seededDatabase()
        do {
            let db = try Database(.file(path))
            try db.setUserVersion(Schema.version + 1)
        }
        let r = incidents(resolve(args, box) + ["--db", path])
        #expect(r.status == 1)
        #expect(r.message.contains("schema version \(Schema.version + 1)"), "\(r.message)")
        #expect(r.message.contains("use a newer incidents binary"))
    }

    /// An empty file (say, from `touch`) is not an incidents database yet.
    @Test(arguments: readers)
    func emptyFile(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = try box.write("empty.db", "")
        let r = incidents(args + ["--db", path])
        #expect(r.status == 1)
        #expect(r.message.contains("'\(path)'"))
        #expect(r.message.contains("incidents ingest"), "\(r.message)")
        #expect(!r.message.contains("read-only"), "\(r.message)")
        #expect(contents(path) == Data())
    }

    @Test(arguments: readers + [["ingest", "SEEDS"]])
    func folderInsteadOfDatabase(_ args: [String]) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let r = incidents(resolve(args, box) + ["--db", box.url.path])
        #expect(r.status == 1)
        #expect(r.message == "'\(box.url.path)' is a folder; --db takes a database file, e.g. --db \(box.url.path)/incidents.db", "\(r.message)")
    }

    @Test func missingFolderForANewDatabase() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let path = box.path("no/such/folder/x.db")
        let r = incidents(["ingest", "--db", path, Fixtures.path("seeds/000_212ed85aa77a1702.txt")])
        #expect(r.status == 1)
        #expect(r.message.contains("'\(path)'"))
        #expect(r.message.contains("no such folder"), "\(r.message)")
    }

    func resolve(_ args: [String], _ box: Sandbox) -> [String] {
        args.map { $0 == "SEEDS" ? Fixtures.seeds : $0 }
    }

    /// User text reaches SQL only as bound parameters: quotes, comments and LIKE wildcards
    /// neither change the database nor crash nor match anything by themselves. (Names are
    /// folded first, so «الرقة' --» is still الرقة: `equivalent` is what it must act like.)
    @Test(arguments: [
        ("'; DROP TABLE incidents; --", nil), ("\" OR 1=1 --", nil), ("' OR '1'='1", nil), ("%", nil),
        ("_", nil), ("%%", nil), ("\\", nil), ("*", nil), ("الرقة' --", nil), ("Raqqa%", "Raqqa"),
    ] as [(String, String?)])
    func injection(_ text: String, _ equivalent: String?) throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = try box.seededDatabase()
        // The first search writes the search index (ingest leaves it to search); from then
        // on nothing may change the file.
        #expect(incidents(["search", "--db", db, "الرقة"]).status == 0)
        let before = try rowCounts(db)
        let bytes = contents(db)
        for option in ["--place", "--actor", "--type"] {
            // query and export share the filter; export once is enough.
            for command in option == "--place" ? ["query", "export"] : ["query"] {
                let r = incidents([command, "--db", db, option, text])
                #expect(!r.diagnostics.contains("SQL"), "\(r.diagnostics)")
                if option == "--place", let equivalent {
                    #expect(r.status == 0)
                    #expect(r.out == incidents([command, "--db", db, option, equivalent]).out)
                    continue
                }
                #expect(r.status == 64, "\(command) \(option) \(text): \(r.status) \(r.diagnostics)")
                #expect(r.out.isEmpty, "\(command) \(option) \(text) printed data")
                #expect(r.message.hasPrefix("unknown "), "\(r.message)")
            }
        }
        let search = incidents(["search", "--db", db, text])
        #expect(search.status == 0)
        #expect(try rowCounts(db) == before)
        #expect(contents(db) == bytes)
    }

    /// Ingest leaves the search index complete: the first search has nothing to index.
    @Test func firstSearchFindsTheIndexReady() throws {
        let box = try Sandbox()
        defer { box.remove() }
        let db = box.db
        #expect(incidents(["ingest", "--db", db, Fixtures.seeds]).status == 0)
        let first = incidents(["search", "--db", db, "حارة", "البدو"])
        #expect(first.status == 0, "\(first.diagnostics)")
        #expect(first.err.isEmpty)
        #expect(!first.out.isEmpty)
        let again = incidents(["search", "--db", db, "حارة", "البدو"])
        #expect(again.err.isEmpty)
        #expect(again.out == first.out)
    }
}
