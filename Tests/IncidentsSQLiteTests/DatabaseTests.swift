import Foundation
import IncidentsSQLite
import Testing

@Suite struct DatabaseTests {
    @Test func multiStatementScriptAndCounters() throws {
        let db = try Database(.memory)
        try db.execute("""
            -- a schema script with comments
            CREATE TABLE t (id INTEGER PRIMARY KEY, v TEXT);
            /* two rows */
            INSERT INTO t (v) VALUES ('ا'), ('ب');
            SELECT * FROM t;  -- rows are ignored
            """)
        #expect(try db.count("t") == 2)
        try db.execute("INSERT INTO t (v) VALUES (?)", arguments: ["ج"])
        #expect(db.lastInsertRowID == 3)
        try db.execute("UPDATE t SET v = v || '!'")
        #expect(db.changes == 3)
        #expect(Database.libraryVersion.hasPrefix("3."))
    }

    @Test func userVersion() throws {
        let db = try Database(.memory)
        #expect(try db.userVersion() == 0)
        try db.setUserVersion(12)
        #expect(try db.userVersion() == 12)
    }

    @Test func openModes() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("modes.sqlite")

        // readWrite and readOnly do not create the file.
        let missing = try #require(throws: SQLiteError.self) { _ = try Database(.file(path), mode: .readWrite) }
        #expect(missing.code == .cantOpen)
        #expect(missing.message.contains(path))
        #expect(throws: SQLiteError.self) { _ = try Database(.file(path), mode: .readOnly) }
        #expect(!FileManager.default.fileExists(atPath: path))

        do {
            let db = try Database(.file(path))
            try db.execute("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('حماة')")
            #expect(!db.isReadOnly)
        }
        let reader = try Database(.file(path), mode: .readOnly)
        #expect(reader.isReadOnly)
        #expect(try reader.scalar("SELECT v FROM t", as: String.self) == "حماة")
        let error = try #require(throws: SQLiteError.self) {
            try reader.execute("INSERT INTO t VALUES ('x')")
        }
        #expect(error.code == .readOnly)

        let temporary = try Database(.temporary)
        try temporary.execute("CREATE TABLE t (v)")
        #expect(Database.Location.temporary.path == "")
        #expect(Database.Location.memory.path == ":memory:")
    }

    @Test func notADatabaseFileFailsOnFirstRead() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("text.txt")
        try Data(String(repeating: "هذا ليس ملف قاعدة بيانات\n", count: 100).utf8)
            .write(to: URL(fileURLWithPath: path))
        let db = try Database(.file(path))
        let error = try #require(throws: SQLiteError.self) { _ = try db.userVersion() }
        #expect(error.code == .notADatabase)
        #expect(error.message.contains("not a database"))
    }

    /// Two connections to one file: while the first holds the write lock, the second's write
    /// waits for its busy timeout and then fails with SQLITE_BUSY.
    @Test func busyTimeoutOnALockedFile() throws {
        let dir = try TempDir()
        defer { dir.remove() }
        let path = dir.path("busy.sqlite")
        let writer = try Database(.file(path))
        try writer.execute("CREATE TABLE t (v INTEGER)")
        let other = try Database(.file(path))
        try other.setBusyTimeout(milliseconds: 300)

        try writer.execute("BEGIN IMMEDIATE")
        try writer.execute("INSERT INTO t VALUES (1)")
        let start = ContinuousClock.now
        let error = try #require(throws: SQLiteError.self) {
            try other.execute("INSERT INTO t VALUES (2)")
        }
        let waited = ContinuousClock.now - start
        #expect(error.code == .busy)
        #expect(error.message.contains("locked"))
        // It waited for the busy timeout before giving up (no upper bound: CI is shared).
        #expect(waited >= .milliseconds(250))
        try writer.execute("COMMIT")

        // Once the lock is gone the same write succeeds.
        try other.execute("INSERT INTO t VALUES (2)")
        #expect(try other.count("t") == 2)
    }
}
