internal import IncidentsCSQLite

/// The current row of a statement. Valid only until the statement steps or resets: use it
/// inside `forEachRow`/`map` and do not keep it. Column indexes are 0-based.
public struct Row {
    let handle: OpaquePointer

    init(handle: OpaquePointer) {
        self.handle = handle
    }

    public var count: Int32 { sqlite3_column_count(handle) }

    public func columnName(_ column: Int32) -> String {
        String(sqliteCString: sqlite3_column_name(handle, column))
    }

    public func isNull(_ column: Int32) -> Bool {
        sqlite3_column_type(handle, column) == SQLITE_NULL
    }

    /// The integer value (NULL gives 0, text is converted as SQLite converts it).
    public func int64(_ column: Int32) -> Int64 {
        sqlite3_column_int64(handle, column)
    }

    public func int(_ column: Int32) -> Int {
        Int(sqlite3_column_int64(handle, column))
    }

    /// The floating-point value (NULL gives 0.0).
    public func double(_ column: Int32) -> Double {
        sqlite3_column_double(handle, column)
    }

    /// The text, or nil for NULL. Numbers are converted to text by SQLite.
    public func string(_ column: Int32) -> String? {
        // column_text first, then column_bytes (the order SQLite documents).
        guard let pointer = sqlite3_column_text(handle, column) else { return nil }
        let count = Int(sqlite3_column_bytes(handle, column))
        return String(sqliteText: pointer, count: count)
    }

    /// Calls `body` with the text's UTF-8 bytes as SQLite holds them (nil for NULL), valid
    /// only during the call: for writers that copy text out without making a String.
    /// SQLite does not check that stored text is valid UTF-8; callers that need a String
    /// use `string(_:)`, which repairs it.
    public func withUTF8<R>(_ column: Int32, _ body: (UnsafeBufferPointer<UInt8>?) throws -> R) rethrows -> R {
        guard let pointer = sqlite3_column_text(handle, column) else { return try body(nil) }
        let count = Int(sqlite3_column_bytes(handle, column))
        return try body(UnsafeBufferPointer(start: pointer, count: count))
    }

    /// The bytes; NULL and a zero-length BLOB (SQLite returns a NULL pointer for both)
    /// give `[]`. Use `isNull` to tell them apart.
    public func blob(_ column: Int32) -> [UInt8] {
        guard let pointer = sqlite3_column_blob(handle, column) else { return [] }
        let count = Int(sqlite3_column_bytes(handle, column))
        return [UInt8](UnsafeRawBufferPointer(start: pointer, count: count))
    }

    /// The value with its storage class.
    public func value(_ column: Int32) -> SQLiteValue {
        switch sqlite3_column_type(handle, column) {
        case SQLITE_INTEGER: return .integer(int64(column))
        case SQLITE_FLOAT: return .real(double(column))
        case SQLITE_TEXT: return .text(string(column) ?? "")
        case SQLITE_BLOB: return .blob(blob(column))
        default: return .null
        }
    }

    /// Decodes a column strictly: a NULL or a value of the wrong storage class throws
    /// `.mismatch` (use an Optional type to accept NULL).
    public func decode<T: SQLiteColumnDecodable>(_ column: Int32, as type: T.Type = T.self) throws -> T {
        try T(row: self, column: column)
    }

    func mismatch(_ column: Int32, expected: String) -> SQLiteError {
        let found: String
        switch value(column) {
        case .null: found = "NULL"
        case .integer: found = "INTEGER"
        case .real: found = "REAL"
        case .text: found = "TEXT"
        case .blob: found = "BLOB"
        }
        return SQLiteError(
            code: .mismatch,
            message: "column \(column) (\(columnName(column))) holds \(found), expected \(expected)",
            sql: sqlite3_sql(handle).map { String(cString: $0) })
    }
}

@available(*, unavailable)
extension Row: Sendable {}

/// A Swift type a column can be decoded to with `Row.decode` or `Database.scalar`.
public protocol SQLiteColumnDecodable {
    init(row: Row, column: Int32) throws
}

extension Int64: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        guard case .integer(let v) = row.value(column) else {
            throw row.mismatch(column, expected: "INTEGER")
        }
        self = v
    }
}

extension Int: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        self = Int(try Int64(row: row, column: column))
    }
}

extension Bool: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        self = try Int64(row: row, column: column) != 0
    }
}

/// INTEGER values are accepted and converted.
extension Double: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        switch row.value(column) {
        case .real(let v): self = v
        case .integer(let v): self = Double(v)
        default: throw row.mismatch(column, expected: "REAL")
        }
    }
}

extension String: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        guard case .text(let v) = row.value(column) else {
            throw row.mismatch(column, expected: "TEXT")
        }
        self = v
    }
}

extension Array: SQLiteColumnDecodable where Element == UInt8 {
    public init(row: Row, column: Int32) throws {
        guard case .blob(let v) = row.value(column) else {
            throw row.mismatch(column, expected: "BLOB")
        }
        self = v
    }
}

extension SQLiteValue: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        self = row.value(column)
    }
}

/// NULL decodes to nil; anything else decodes as `Wrapped`.
extension Optional: SQLiteColumnDecodable where Wrapped: SQLiteColumnDecodable {
    public init(row: Row, column: Int32) throws {
        self = row.isNull(column) ? nil : try Wrapped(row: row, column: column)
    }
}
