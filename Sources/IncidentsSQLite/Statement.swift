internal import IncidentsCSQLite

/// A compiled statement (`sqlite3_prepare_v3`), finalized in `deinit`. It keeps its
/// `Database` alive, so a statement is usable for as long as anyone holds it.
///
/// Reuse pattern for bulk writes: prepare once, then `run(…)` per row (it resets, clears
/// the bindings, binds and steps to the end).
public final class Statement {
    public let database: Database
    let handle: OpaquePointer
    /// The SQL text the statement was compiled from.
    public let sql: String

    init(database: Database, handle: OpaquePointer, sql: String) {
        self.database = database
        self.handle = handle
        self.sql = sql
    }

    deinit {
        sqlite3_finalize(handle)
    }

    /// Number of `?`, `?NNN`, `:name`, `@name` and `$name` parameters (the largest index).
    public var parameterCount: Int32 { sqlite3_bind_parameter_count(handle) }

    /// Number of result columns (0 for INSERT/UPDATE/DELETE without RETURNING).
    public var columnCount: Int32 { sqlite3_column_count(handle) }

    /// Name of result column `index` (0-based), as `AS` gave it or as SQLite derived it.
    public func columnName(at index: Int32) -> String {
        String(sqliteCString: sqlite3_column_name(handle, index))
    }

    /// The 1-based index of a named parameter, or nil. Accepts the name with its prefix
    /// (`:name`, `@name`, `$name`) or without (then `:name` is assumed).
    public func parameterIndex(named name: String) -> Int32? {
        let full = name.first.map { ":@$?".contains($0) } == true ? name : ":" + name
        let index = sqlite3_bind_parameter_index(handle, full)
        return index == 0 ? nil : index
    }

    private func check(_ rc: Int32) throws {
        guard rc == SQLITE_OK else { throw database.error(rc, sql: sql) }
    }

    // MARK: Binding

    /// Binds a value to the 1-based parameter `index`. Throws `.range` for a bad index.
    public func bind(_ value: some SQLiteBindable, at index: Int32) throws {
        try value.bind(to: self, at: index)
    }

    /// Binds NULL to the 1-based parameter `index`.
    public func bindNull(at index: Int32) throws {
        try check(sqlite3_bind_null(handle, index))
    }

    /// Binds a value to a named parameter (`:name`); throws `.range` when the statement
    /// has no such parameter.
    public func bind(_ value: some SQLiteBindable, named name: String) throws {
        guard let index = parameterIndex(named: name) else {
            throw SQLiteError(
                code: .range, message: "no parameter named '\(name)' in the statement", sql: sql)
        }
        try value.bind(to: self, at: index)
    }

    /// Binds values to named parameters; every name must exist in the statement.
    public func bind(named values: [String: SQLiteValue]) throws {
        for (name, value) in values { try bind(value, named: name) }
    }

    /// Binds all parameters in order; the count must equal `parameterCount`.
    public func bind(_ values: [SQLiteValue]) throws {
        try checkCount(values)
        for (offset, value) in values.enumerated() {
            try bindValue(value, at: Int32(offset + 1))
        }
    }

    private func checkCount(_ values: [SQLiteValue]) throws {
        guard values.count == Int(parameterCount) else {
            throw SQLiteError(
                code: .range,
                message: "the statement has \(parameterCount) parameters but \(values.count) values were given",
                sql: sql)
        }
    }

    /// Texts of at least this many bytes are bound by `run`, `forEachRow` and `map` without
    /// SQLite's copy (`SQLITE_STATIC`): a 50 MB article was copied whole on every bind (the
    /// look-up of its text, its insert, its search index entry). Shorter ones are copied, as
    /// before, which costs less than pinning them.
    static let pinnedTextBytes = 64 << 10

    /// Binds `values` (reset and cleared first) and runs `body` while they are bound; the
    /// bindings are cleared before it returns. A long text is bound in place: its bytes are
    /// pinned by a `withCString` scope (no copy for a native String) that encloses `body`,
    /// the only place SQLite reads them.
    private func withBindings<R>(_ values: [SQLiteValue], _ body: () throws -> R) throws -> R {
        reset()
        clearBindings()
        try checkCount(values)
        defer {
            reset()
            clearBindings()
        }
        return try bindPinning(values, from: 0, body)
    }

    /// Binds `values[from...]`, nesting one scope per long text, then runs `body`.
    private func bindPinning<R>(_ values: [SQLiteValue], from first: Int, _ body: () throws -> R) throws -> R {
        var k = first
        while k < values.count {
            if case .text(let s) = values[k], s.utf8.count >= Self.pinnedTextBytes {
                let index = Int32(k + 1)
                let count = s.utf8.count
                return try s.withCString { text in
                    // Without a NUL inside, the length is left to SQLite (-1): it then knows the
                    // text ends in a NUL (as a String's storage does) and hands it to readers
                    // such as FTS5's tokenizer as it is; given a length, it copies the whole
                    // text to add one.
                    let nul = UnsafeBufferPointer(start: text, count: count).contains(0)
                    try check(nul
                        ? sqlite3_bind_text64(handle, index, text, sqlite3_uint64(count), nil, UInt8(SQLITE_UTF8))
                        : sqlite3_bind_text(handle, index, text, -1, nil))
                    // Cleared before the bytes' scope ends: SQLite never holds a stale pointer.
                    defer {
                        reset()
                        clearBindings()
                    }
                    return try bindPinning(values, from: k + 1, body)
                }
            }
            try bindValue(values[k], at: Int32(k + 1))
            k += 1
        }
        return try body()
    }

    /// The one place where values reach `sqlite3_bind_*`.
    func bindValue(_ value: SQLiteValue, at index: Int32) throws {
        let rc: Int32
        switch value {
        case .null:
            rc = sqlite3_bind_null(handle, index)
        case .integer(let v):
            rc = sqlite3_bind_int64(handle, index, v)
        case .real(let v):
            rc = sqlite3_bind_double(handle, index, v)
        case .text(let s):
            var s = s
            rc = s.withUTF8 { buffer in
                guard let base = buffer.baseAddress, buffer.count > 0 else {
                    // An empty string must bind '' (a NULL pointer would bind NULL).
                    return sqlite3_bind_text64(
                        handle, index, "", 0, SQLITE_TRANSIENT, UInt8(SQLITE_UTF8))
                }
                return base.withMemoryRebound(to: CChar.self, capacity: buffer.count) {
                    sqlite3_bind_text64(
                        handle, index, $0, sqlite3_uint64(buffer.count), SQLITE_TRANSIENT,
                        UInt8(SQLITE_UTF8))
                }
            }
        case .blob(let bytes):
            if bytes.isEmpty {
                // A NULL pointer would bind NULL; a zero-length zeroblob is an empty BLOB.
                rc = sqlite3_bind_zeroblob(handle, index, 0)
            } else {
                rc = bytes.withUnsafeBytes { raw in
                    sqlite3_bind_blob64(
                        handle, index, raw.baseAddress, sqlite3_uint64(raw.count), SQLITE_TRANSIENT)
                }
            }
        }
        try check(rc)
    }

    /// Sets every parameter back to NULL.
    public func clearBindings() {
        sqlite3_clear_bindings(handle)
    }

    /// Rewinds the statement so it can run again (bindings are kept). The error of a failed
    /// step, which `reset` would repeat, was already thrown by `step()`.
    public func reset() {
        sqlite3_reset(handle)
    }

    // MARK: Running

    /// One step: true when a row is ready (read it now), false when the statement is done.
    /// Throws the SQLite error otherwise.
    @discardableResult
    public func step() throws -> Bool {
        switch sqlite3_step(handle) {
        case SQLITE_ROW: return true
        case SQLITE_DONE: return false
        case let code: throw database.error(code, sql: sql)
        }
    }

    /// The current row; only valid until the next `step()`/`reset()`.
    public var row: Row { Row(handle: handle) }

    /// reset + clearBindings + bind + step until done (INSERT/UPDATE/DELETE; rows ignored);
    /// reset and bindings cleared again after.
    public func run(_ values: SQLiteValue...) throws {
        try run(values)
    }

    public func run(_ values: [SQLiteValue]) throws {
        // Bindings are cleared after use: a reused statement does not keep a large text
        // (a 50 MB article) alive until its next run.
        try withBindings(values) {
            while try step() {}
        }
    }

    /// reset + clearBindings + bind, then `body` once per row. The `Row` is only valid
    /// inside `body`. The statement is reset afterwards (also when `body` throws), so it
    /// holds no read lock between uses.
    public func forEachRow(_ values: [SQLiteValue] = [], _ body: (Row) throws -> Void) throws {
        try withBindings(values) {
            while try step() {
                try body(Row(handle: handle))
            }
        }
    }

    /// Like `forEachRow`, collecting what `transform` returns for each row.
    public func map<T>(_ values: [SQLiteValue] = [], _ transform: (Row) throws -> T) throws -> [T] {
        var result: [T] = []
        try forEachRow(values) { result.append(try transform($0)) }
        return result
    }
}

@available(*, unavailable)
extension Statement: Sendable {}
