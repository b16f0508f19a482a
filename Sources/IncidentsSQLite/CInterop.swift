internal import IncidentsCSQLite

/// `SQLITE_TRANSIENT` is a C macro cast (`((sqlite3_destructor_type)-1)`) that Swift does
/// not import: SQLite copies the bytes before the bind call returns, so a temporary buffer
/// (the UTF-8 of a Swift `String`, the storage of an array) is safe to pass.
let SQLITE_TRANSIENT = unsafeBitCast(-1, to: sqlite3_destructor_type.self)

extension String {
    /// Text from a pointer SQLite returned plus its byte count. Unlike `String(cString:)`,
    /// this keeps embedded NULs and never reads past `count`; invalid UTF-8 is repaired.
    init(sqliteText pointer: UnsafePointer<UInt8>, count: Int) {
        self = String(decoding: UnsafeBufferPointer(start: pointer, count: count), as: UTF8.self)
    }

    /// A C string SQLite returned (error messages, column names); nil pointer gives "".
    init(sqliteCString pointer: UnsafePointer<CChar>?) {
        if let pointer { self = String(cString: pointer) } else { self = "" }
    }
}
