import IncidentsSQLite
import Testing

@Suite struct StatementTests {
    @Test func reuseWithResetInALoop() throws {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (n INTEGER NOT NULL, name TEXT NOT NULL) STRICT")
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?)", persistent: true)
        try db.transaction {
            for n in 1...500 {
                try insert.run(.integer(Int64(n)), .text("رقم \(n)"))
            }
        }
        #expect(try db.count("t") == 500)
        #expect(try db.scalar("SELECT sum(n) FROM t", as: Int.self) == 500 * 501 / 2)

        // Manual reuse: bind, step, reset, rebind.
        let select = try db.prepare("SELECT name FROM t WHERE n = ?")
        for n in [3, 250, 500] {
            select.reset()
            try select.bind(n, at: 1)
            #expect(try select.step())
            #expect(select.row.string(0) == "رقم \(n)")
            #expect(try select.step() == false)
        }
        // map resets first, so a half-read statement can be reused.
        #expect(try select.map([.integer(7)]) { $0.string(0) } == ["رقم 7"])
    }

    /// `run`, `map` and `forEachRow` clear their bindings when done: a reused statement
    /// holds no copy of a large value (an article's text) until its next use.
    @Test func bindingsAreClearedAfterUse() throws {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (a TEXT) STRICT")
        let insert = try db.prepare("INSERT INTO t VALUES (?)", persistent: true)
        try insert.run(.text("نص طويل"))
        try insert.step()
        let select = try db.prepare("SELECT ?", persistent: true)
        #expect(try select.map([.text("نص طويل")]) { $0.string(0) } == ["نص طويل"])
        #expect(try select.step())
        let left = select.row.isNull(0)
        select.reset()
        #expect(left)
        #expect(try db.scalar("SELECT count(*) FROM t WHERE a IS NULL", as: Int.self) == 1)
    }

    /// Long texts are bound in place (no copy) by `run`, `map` and `forEachRow`: stored,
    /// compared and selected exactly (a NUL inside included), two in one statement, beside
    /// short ones; after the call the binding is gone.
    @Test func longTextsBoundInPlace() throws {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (a TEXT, b TEXT, c TEXT) STRICT")
        let long = String(repeating: "قصف على دوما. ", count: 12_000)
        // A NUL inside: bound with its length, not cut at the NUL.
        let other = String(repeating: "x", count: 70_000) + "\u{0}é"
        let insert = try db.prepare("INSERT INTO t VALUES (?, ?, ?)", persistent: true)
        try insert.run(.text(long), .text("قصير"), .text(other))
        #expect(try db.scalar("SELECT a = ?1 AND c = ?2 AND b = 'قصير' FROM t", arguments: [.text(long), .text(other)], as: Int.self) == 1)
        let select = try db.prepare("SELECT length(?1), ?2, ?3 = c FROM t WHERE a = ?1", persistent: true)
        let rows = try select.map([.text(long), .text(""), .text(other)]) { [$0.int(0), $0.string(1) == "" ? 1 : 0, $0.int(2)] }
        #expect(rows == [[long.unicodeScalars.count, 1, 1]])
        var seen = 0
        try select.forEachRow([.text(long), .text("y"), .text("z")]) { _ in seen += 1 }
        #expect(seen == 1)
        let echo = try db.prepare("SELECT ?1, ?2", persistent: true)
        #expect(try echo.map([.text(long), .text(other)]) { [$0.string(0), $0.string(1)] } == [[long, other]])
        #expect(try echo.step())
        let cleared = echo.row.isNull(0) && echo.row.isNull(1)
        echo.reset()
        #expect(cleared)
    }

    @Test func namedParameters() throws {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (a TEXT, b INTEGER, c REAL) STRICT")
        let insert = try db.prepare("INSERT INTO t (a, b, c) VALUES (:a, @b, $c)")
        #expect(insert.parameterCount == 3)
        try insert.bind("دير الزور", named: ":a")
        try insert.bind(9, named: "@b")
        try insert.bind(40.14, named: "$c")
        try insert.step()
        insert.reset()
        insert.clearBindings()
        try insert.bind(named: ["a": "حمص", "@b": 4, "$c": nil])
        try insert.step()
        let rows = try db.prepare("SELECT a, b, c FROM t ORDER BY b").map {
            [$0.value(0), $0.value(1), $0.value(2)]
        }
        #expect(rows == [[.text("حمص"), .integer(4), .null], [.text("دير الزور"), .integer(9), .real(40.14)]])
    }

    @Test func unknownNamedParameterIsAnError() throws {
        let db = try Database(.memory)
        let statement = try db.prepare("SELECT :known")
        let error = #expect(throws: SQLiteError.self) {
            try statement.bind(1, named: ":unknown")
        }
        #expect(error?.code == .range)
        #expect(error?.message.contains(":unknown") == true)
        #expect(statement.parameterIndex(named: "known") == 1)
        #expect(statement.parameterIndex(named: ":nope") == nil)
    }

    @Test func wrongArgumentCountAndIndexAreErrors() throws {
        let db = try Database(.memory)
        let statement = try db.prepare("SELECT ?, ?")
        let countError = #expect(throws: SQLiteError.self) { try statement.run(1) }
        #expect(countError?.code == .range)
        let indexError = #expect(throws: SQLiteError.self) { try statement.bind(1, at: 3) }
        #expect(indexError?.code == .range)
        #expect(indexError?.message.contains("out of range") == true)
    }

    @Test func columnsAndNames() throws {
        let db = try Database(.memory)
        let statement = try db.prepare("SELECT 1 AS one, 'ب' AS \"عمود\", NULL")
        #expect(statement.columnCount == 3)
        #expect(statement.columnName(at: 0) == "one")
        #expect(statement.columnName(at: 1) == "عمود")
        var seen = 0
        try statement.forEachRow { row in
            seen += 1
            #expect(row.count == 3)
            #expect(row.string(1) == "ب")
            #expect(row.string(2) == nil)
        }
        #expect(seen == 1)
        let insert = try db.prepare("CREATE TABLE t (x)")
        #expect(insert.columnCount == 0)
    }

    /// The statement holds its Database strongly: with no other reference left, the
    /// connection stays open for as long as the statement lives.
    @Test func statementKeepsItsConnectionAlive() throws {
        weak var weakDatabase: Database?
        let statement: Statement
        do {
            let db = try Database(.memory)
            try db.execute("CREATE TABLE t (v TEXT); INSERT INTO t VALUES ('باقٍ')")
            statement = try db.prepare("SELECT v FROM t")
            weakDatabase = db
        }
        #expect(weakDatabase != nil)
        #expect(try statement.map { $0.string(0) } == ["باقٍ"])
        #expect(statement.database.isInTransaction == false)
    }

    @Test func connectionClosesWhenTheLastReferenceGoes() throws {
        weak var weakDatabase: Database?
        do {
            let db = try Database(.memory)
            weakDatabase = db
            let statement = try db.prepare("SELECT 1")
            _ = try statement.map { $0.int(0) }
        }
        #expect(weakDatabase == nil)
    }

    @Test func scalarAndDecode() throws {
        let db = try Database(.memory)
        #expect(try db.scalar("SELECT 'x' WHERE 0", as: String.self) == nil)
        #expect(try db.scalar("SELECT ? + ?", arguments: [2, 3], as: Int.self) == 5)
        #expect(try db.scalar("SELECT 2.5", as: Double.self) == 2.5)
        #expect(try db.scalar("SELECT 2", as: Double.self) == 2.0)
        let error = #expect(throws: SQLiteError.self) {
            _ = try db.scalar("SELECT 'نص'", as: Int.self)
        }
        #expect(error?.code == .mismatch)
        #expect(error?.message.contains("TEXT") == true)
    }
}
