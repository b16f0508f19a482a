import IncidentsSQLite
import Testing

private struct Boom: Error, Equatable {
    let id: Int
}

@Suite struct TransactionTests {
    func database() throws -> Database {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (v TEXT NOT NULL UNIQUE) STRICT")
        return db
    }

    @Test func commitKeepsRows() throws {
        let db = try database()
        let value = try db.transaction {
            try db.execute("INSERT INTO t VALUES ('أ')")
            #expect(db.isInTransaction)
            return 7
        }
        #expect(value == 7)
        #expect(!db.isInTransaction)
        #expect(try db.count("t") == 1)
    }

    @Test func thrownErrorRollsBackAndIsRethrownUnchanged() throws {
        let db = try database()
        let error = #expect(throws: Boom.self) {
            try db.transaction(.deferred) {
                try db.execute("INSERT INTO t VALUES ('أ')")
                try db.execute("INSERT INTO t VALUES ('ب')")
                throw Boom(id: 42)
            }
        }
        #expect(error == Boom(id: 42))
        #expect(!db.isInTransaction)
        #expect(try db.count("t") == 0)
    }

    @Test func sqliteErrorInsideRollsBackAndIsRethrown() throws {
        let db = try database()
        let error = #expect(throws: SQLiteError.self) {
            try db.transaction {
                try db.execute("INSERT INTO t VALUES ('أ')")
                try db.execute("INSERT INTO t VALUES ('أ')")
            }
        }
        #expect(error?.code == .constraintUnique)
        #expect(!db.isInTransaction)
        #expect(try db.count("t") == 0)
    }

    @Test func nestedSavepointRollbackKeepsOuterWork() throws {
        let db = try database()
        try db.transaction {
            try db.execute("INSERT INTO t VALUES ('outer-1')")
            let inner = caught(Boom.self) {
                try db.savepoint {
                    try db.execute("INSERT INTO t VALUES ('inner')")
                    try db.savepoint {
                        try db.execute("INSERT INTO t VALUES ('inner-inner')")
                    }
                    throw Boom(id: 1)
                }
            }
            #expect(inner == Boom(id: 1))
            #expect(db.isInTransaction)
            try db.savepoint {
                try db.execute("INSERT INTO t VALUES ('kept')")
            }
            try db.execute("INSERT INTO t VALUES ('outer-2')")
        }
        let values = try db.prepare("SELECT v FROM t ORDER BY rowid").map { $0.string(0) }
        #expect(values == ["outer-1", "kept", "outer-2"])
        // The savepoint stack is empty: a new transaction can begin.
        try db.transaction { try db.execute("INSERT INTO t VALUES ('after')") }
        #expect(try db.count("t") == 4)
    }

    @Test func savepointOutsideATransactionIsATransaction() throws {
        let db = try database()
        #expect(throws: Boom.self) {
            try db.savepoint {
                try db.execute("INSERT INTO t VALUES ('x')")
                #expect(db.isInTransaction)
                throw Boom(id: 2)
            }
        }
        #expect(!db.isInTransaction)
        #expect(try db.count("t") == 0)
        try db.savepoint { try db.execute("INSERT INTO t VALUES ('y')") }
        #expect(try db.count("t") == 1)
    }

    @Test func transactionInsideATransactionIsRefused() throws {
        let db = try database()
        try db.transaction {
            let error = caught(SQLiteError.self) {
                try db.transaction {}
            }
            #expect(error?.message.contains("within a transaction") == true)
        }
        #expect(!db.isInTransaction)
    }
}
