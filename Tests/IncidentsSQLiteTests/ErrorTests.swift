import IncidentsSQLite
import Testing

@Suite struct ErrorTests {
    func schema() throws -> Database {
        let db = try Database(.memory)
        try db.execute("""
            PRAGMA foreign_keys = ON;
            CREATE TABLE parent (id INTEGER PRIMARY KEY);
            CREATE TABLE child (
                id INTEGER PRIMARY KEY,
                parent_id INTEGER NOT NULL REFERENCES parent(id),
                body TEXT NOT NULL,
                code TEXT UNIQUE
            ) STRICT;
            INSERT INTO parent VALUES (1);
            """)
        return db
    }

    @Test func notNullViolationNamesTheColumn() throws {
        let db = try schema()
        let sql = "INSERT INTO child (parent_id, body) VALUES (1, ?)"
        let error = try #require(throws: SQLiteError.self) {
            try db.execute(sql, arguments: [nil])
        }
        #expect(error.code == .constraintNotNull)
        #expect(error.message == "NOT NULL constraint failed: child.body")
        #expect(error.sql == sql)
        #expect(error.description.contains("NOT NULL constraint failed: child.body"))
        #expect(error.description.contains(sql))
        // A primary pattern matches the extended code; another extended code does not.
        switch error.code {
        case .constraintUnique: Issue.record("wrong extended code")
        case .constraint: break
        default: Issue.record("not a constraint error")
        }
    }

    @Test func uniqueViolationNamesTheColumn() throws {
        let db = try schema()
        try db.execute("INSERT INTO child (parent_id, body, code) VALUES (1, 'a', 'X')")
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO child (parent_id, body, code) VALUES (1, 'b', 'X')")
        }
        #expect(error.code == .constraintUnique)
        #expect(error.message == "UNIQUE constraint failed: child.code")
    }

    @Test func foreignKeyViolation() throws {
        let db = try schema()
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO child (parent_id, body) VALUES (?, 'x')", arguments: [99])
        }
        #expect(error.code == .constraintForeignKey)
        #expect(error.message == "FOREIGN KEY constraint failed")
        #expect(try db.count("child") == 0)
    }

    @Test func strictTypeViolation() throws {
        let db = try schema()
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("INSERT INTO child (parent_id, body) VALUES ('one', 'x')")
        }
        #expect(error.code == .constraintDataType)
        #expect(error.message.contains("child.parent_id"))
    }

    @Test(arguments: ["", "   \n\t", "-- only a comment", "/* block */ -- and line"])
    func emptyOrCommentOnlySQLCannotBePrepared(_ sql: String) throws {
        let db = try Database(.memory)
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare(sql) }
        #expect(error.code == .misuse)
        #expect(error.message.contains("no SQL statement"))
        // As a script it is simply nothing to do.
        try db.execute(sql)
    }

    @Test func prepareRefusesSeveralStatements() throws {
        let db = try Database(.memory)
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare("SELECT 1; SELECT 2") }
        #expect(error.code == .misuse)
        // A trailing comment or semicolon is fine.
        _ = try db.prepare("SELECT 1; -- done")
    }

    @Test func syntaxErrorCarriesSQLitesTextAndTheSQL() throws {
        let db = try Database(.memory)
        let sql = "SELEC name FROM places"
        let error = try #require(throws: SQLiteError.self) { _ = try db.prepare(sql) }
        #expect(error.code == .error)
        #expect(error.message.contains("syntax error"))
        #expect(error.message.contains("SELEC"))
        #expect(error.sql == sql)
        #expect(error.description.contains("syntax error"))
        #expect(error.description.contains(sql))
    }

    @Test func scriptErrorNamesTheFailingStatement() throws {
        let db = try Database(.memory)
        let error = try #require(throws: SQLiteError.self) {
            try db.execute("CREATE TABLE a (x); INSERT INTO missing VALUES (1); CREATE TABLE b (y);")
        }
        #expect(error.message == "no such table: missing")
        #expect(error.sql?.hasPrefix("INSERT INTO missing") == true)
        // Statements before the failure ran; those after did not.
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'a'", as: Int.self) == 1)
        #expect(try db.scalar("SELECT count(*) FROM sqlite_schema WHERE name = 'b'", as: Int.self) == 0)
    }

    @Test func resultCodeDescription() {
        #expect(ResultCode.constraint.description == "19 (constraint failed)")
        #expect(ResultCode.constraintForeignKey.primary == .constraint)
        #expect(ResultCode.busy.isPrimary)
        #expect(!ResultCode.constraintCheck.isPrimary)
    }
}
