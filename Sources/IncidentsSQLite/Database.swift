internal import IncidentsCSQLite

/// One SQLite connection. Single owner, not Sendable: the connection is opened with
/// `SQLITE_OPEN_NOMUTEX` because nothing shares it across threads.
///
/// The handle is closed with `sqlite3_close_v2` in `deinit`. Every `Statement` holds a
/// strong reference to its `Database`, so the connection is never closed under a live
/// statement.
public final class Database {
    public enum Location: Sendable, Equatable {
        /// A private in-memory database (`":memory:"`).
        case memory
        /// A private on-disk database deleted when closed (`""`).
        case temporary
        /// A database file.
        case file(String)

        /// The string given to `sqlite3_open_v2`.
        public var path: String {
            switch self {
            case .memory: return ":memory:"
            case .temporary: return ""
            case .file(let path): return path
            }
        }
    }

    public enum Mode: Sendable {
        case readOnly, readWrite, readWriteCreate
    }

    let handle: OpaquePointer
    public let location: Location
    public let mode: Mode

    /// Opens (and with `.readWriteCreate`, creates) a database. Extended result codes are
    /// on from the start (`SQLITE_OPEN_EXRESCODE`). On failure the half-open handle is
    /// closed and the error carries `sqlite3_errmsg` and the path.
    public init(_ location: Location = .memory, mode: Mode = .readWriteCreate) throws {
        var flags = SQLITE_OPEN_NOMUTEX | SQLITE_OPEN_EXRESCODE
        switch mode {
        case .readOnly: flags |= SQLITE_OPEN_READONLY
        case .readWrite: flags |= SQLITE_OPEN_READWRITE
        case .readWriteCreate: flags |= SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE
        }
        var db: OpaquePointer?
        let rc = sqlite3_open_v2(location.path, &db, flags, nil)
        guard rc == SQLITE_OK, let db else {
            let message = db.map { String(sqliteCString: sqlite3_errmsg($0)) }
                ?? String(sqliteCString: sqlite3_errstr(rc))
            let code = db.map { sqlite3_extended_errcode($0) } ?? rc
            sqlite3_close_v2(db)
            throw SQLiteError(
                code: ResultCode(rawValue: code == SQLITE_OK ? rc : code),
                message: "\(message) (opening '\(location.path)')")
        }
        sqlite3_extended_result_codes(db, 1)
        self.handle = db
        self.location = location
        self.mode = mode
    }

    deinit {
        for statement in cachedStatements.values { sqlite3_finalize(statement) }
        sqlite3_close_v2(handle)
    }

    /// Statements of fixed SQL the wrapper itself runs often (savepoints), compiled once.
    /// Raw handles, not `Statement`s: a `Statement` keeps its `Database` alive, which would
    /// make a cycle; they are finalized in `deinit`, before the connection is closed.
    private var cachedStatements: [String: OpaquePointer] = [:]

    /// Runs one statement of fixed SQL without parameters, compiled on first use and
    /// reused (for the savepoint statements run once per stored article).
    func executeCached(_ sql: String) throws {
        let statement: OpaquePointer
        if let cached = cachedStatements[sql] {
            statement = cached
        } else {
            var made: OpaquePointer?
            let rc = sqlite3_prepare_v3(handle, sql, -1, UInt32(SQLITE_PREPARE_PERSISTENT), &made, nil)
            guard rc == SQLITE_OK, let made else {
                sqlite3_finalize(made)
                throw error(rc == SQLITE_OK ? SQLITE_MISUSE : rc, sql: sql)
            }
            cachedStatements[sql] = made
            statement = made
        }
        defer { sqlite3_reset(statement) }
        var rc = sqlite3_step(statement)
        while rc == SQLITE_ROW { rc = sqlite3_step(statement) }
        guard rc == SQLITE_DONE else { throw error(rc, sql: sql) }
    }

    /// The version of the SQLite library in use, e.g. `3.40.1`.
    public static var libraryVersion: String {
        String(sqliteCString: sqlite3_libversion())
    }

    /// An error built from the connection's current state; call it right at the failure.
    func error(_ code: Int32, sql: String?) -> SQLiteError {
        SQLiteError(
            code: ResultCode(rawValue: code),
            message: String(sqliteCString: sqlite3_errmsg(handle)), sql: sql)
    }

    // MARK: Executing SQL

    /// Runs zero or more `;`-separated statements without parameters (schema scripts,
    /// pragmas), one at a time through `sqlite3_prepare_v3` and its tail pointer. Rows that
    /// statements return are ignored. Stops at the first error, which carries the text of
    /// the failing statement.
    public func execute(_ sql: String) throws {
        try sql.withCString { start in
            var current: UnsafePointer<CChar> = start
            while current.pointee != 0 {
                var statement: OpaquePointer?
                var tail: UnsafePointer<CChar>?
                let rc = sqlite3_prepare_v3(handle, current, -1, 0, &statement, &tail)
                guard rc == SQLITE_OK else {
                    throw error(rc, sql: String(cString: current).trimmingSQLWhitespace())
                }
                guard let statement else {
                    // Only white space or comments were left.
                    guard let tail, tail > current else { break }
                    current = tail
                    continue
                }
                defer { sqlite3_finalize(statement) }
                var code = sqlite3_step(statement)
                while code == SQLITE_ROW { code = sqlite3_step(statement) }
                guard code == SQLITE_DONE else {
                    throw error(code, sql: String(sqliteCString: sqlite3_sql(statement)))
                }
                guard let tail, tail > current else { break }
                current = tail
            }
        }
    }

    /// Runs exactly one statement with its parameters (INSERT/UPDATE/DELETE; rows ignored).
    public func execute(_ sql: String, arguments: [SQLiteValue]) throws {
        try prepare(sql).run(arguments)
    }

    /// Compiles one statement. Throws `.misuse` for SQL that contains no statement (empty
    /// or only comments: SQLite returns OK with a NULL statement there) and for SQL that
    /// contains more than one statement.
    /// - Parameter persistent: hint that the statement will be kept and reused many times.
    public func prepare(_ sql: String, persistent: Bool = false) throws -> Statement {
        let flags = UInt32(persistent ? SQLITE_PREPARE_PERSISTENT : 0)
        return try sql.withCString { start in
            var statement: OpaquePointer?
            var tail: UnsafePointer<CChar>?
            let rc = sqlite3_prepare_v3(handle, start, -1, flags, &statement, &tail)
            guard rc == SQLITE_OK else { throw error(rc, sql: sql) }
            guard let statement else {
                throw SQLiteError(
                    code: .misuse, message: "no SQL statement to prepare (empty or only comments)",
                    sql: sql)
            }
            let result = Statement(database: self, handle: statement, sql: sql)
            if let tail, tail.pointee != 0 {
                // Anything but white space and comments after the first statement?
                var extra: OpaquePointer?
                let rc2 = sqlite3_prepare_v3(handle, tail, -1, 0, &extra, nil)
                sqlite3_finalize(extra)
                if rc2 != SQLITE_OK || extra != nil {
                    throw SQLiteError(
                        code: .misuse,
                        message: "prepare() takes exactly one SQL statement; use execute(_:) for scripts",
                        sql: sql)
                }
            }
            return result
        }
    }

    /// The first column of the first row, or nil when there is no row or the value is NULL.
    public func scalar<T: SQLiteColumnDecodable>(
        _ sql: String, arguments: [SQLiteValue] = [], as type: T.Type = T.self
    ) throws -> T? {
        let statement = try prepare(sql)
        try statement.bind(arguments)
        defer { statement.reset() }
        guard try statement.step() else { return nil }
        let row = Row(handle: statement.handle)
        if row.isNull(0) { return nil }
        return try row.decode(0, as: T.self)
    }

    // MARK: Connection state

    /// The rowid of the last successful INSERT on this connection.
    public var lastInsertRowID: Int64 { sqlite3_last_insert_rowid(handle) }

    /// Rows changed by the last INSERT/UPDATE/DELETE.
    public var changes: Int { Int(sqlite3_changes64(handle)) }

    /// Rows changed since the connection was opened.
    public var totalChanges: Int { Int(sqlite3_total_changes64(handle)) }

    /// True between BEGIN and COMMIT/ROLLBACK (autocommit is off).
    public var isInTransaction: Bool { sqlite3_get_autocommit(handle) == 0 }

    /// True when the main database was opened read-only (or the file is not writable).
    public var isReadOnly: Bool { sqlite3_db_readonly(handle, "main") == 1 }

    /// How long a statement waits for another connection's lock before failing with
    /// `SQLITE_BUSY`. 0 turns waiting off.
    public func setBusyTimeout(milliseconds: Int32) throws {
        let rc = sqlite3_busy_timeout(handle, milliseconds)
        guard rc == SQLITE_OK else { throw error(rc, sql: nil) }
    }

    /// `PRAGMA user_version`: the application's schema version (0 in a new database).
    public func userVersion() throws -> Int {
        try scalar("PRAGMA user_version", as: Int.self) ?? 0
    }

    public func setUserVersion(_ version: Int) throws {
        // An integer cannot inject anything; PRAGMA takes no parameters.
        try execute("PRAGMA user_version = \(version)")
    }
}

@available(*, unavailable)
extension Database: Sendable {}
