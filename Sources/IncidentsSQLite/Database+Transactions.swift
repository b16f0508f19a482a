extension Database {
    public enum TransactionKind: String, Sendable {
        case deferred = "DEFERRED", immediate = "IMMEDIATE", exclusive = "EXCLUSIVE"
    }

    /// `BEGIN <kind>`; body; `COMMIT`. When the body (or COMMIT) throws, the transaction is
    /// rolled back (a failure of ROLLBACK itself is ignored: SQLite may already have rolled
    /// back) and the original error is rethrown.
    ///
    ///     try db.transaction { try insert.run("x") }
    public func transaction<T>(_ kind: TransactionKind = .immediate, _ body: () throws -> T)
        throws -> T
    {
        try execute("BEGIN \(kind.rawValue) TRANSACTION")
        let result: T
        do {
            result = try body()
            try execute("COMMIT TRANSACTION")
        } catch {
            if isInTransaction { try? execute("ROLLBACK TRANSACTION") }
            throw error
        }
        return result
    }

    /// `SAVEPOINT`; body; `RELEASE`. When the body throws, `ROLLBACK TO` then `RELEASE`
    /// (ROLLBACK TO alone leaves the savepoint on SQLite's stack) and the first error is
    /// rethrown; the enclosing transaction keeps its earlier work. Nests lexically.
    /// Outside a transaction it behaves like `transaction(.immediate)`.
    public func savepoint<T>(_ body: () throws -> T) throws -> T {
        guard isInTransaction else { return try transaction(.immediate, body) }
        try executeCached("SAVEPOINT incidents_savepoint")
        do {
            let result = try body()
            try executeCached("RELEASE SAVEPOINT incidents_savepoint")
            return result
        } catch {
            if isInTransaction {
                try? executeCached("ROLLBACK TRANSACTION TO SAVEPOINT incidents_savepoint")
                try? executeCached("RELEASE SAVEPOINT incidents_savepoint")
            }
            throw error
        }
    }
}
