internal import IncidentsCSQLite

/// An SQLite result code. `rawValue` is the extended code as SQLite returned it (the
/// connection is opened with extended result codes on); `primary` is its low byte.
///
/// A primary pattern matches its extended codes in a `switch`:
/// `case .constraint:` matches `.constraintUnique`, `case .constraintUnique:` matches only it.
public struct ResultCode: RawRepresentable, Hashable, Sendable, CustomStringConvertible {
    public let rawValue: Int32

    public init(rawValue: Int32) {
        self.rawValue = rawValue
    }

    /// The primary code (low 8 bits).
    public var primary: ResultCode { ResultCode(rawValue: rawValue & 0xFF) }

    /// True when this code has no extended part.
    public var isPrimary: Bool { rawValue & 0xFF == rawValue }

    public static func ~= (pattern: ResultCode, code: ResultCode) -> Bool {
        pattern.isPrimary ? pattern == code.primary : pattern == code
    }

    public static let ok = ResultCode(rawValue: 0)
    public static let error = ResultCode(rawValue: 1)
    public static let `internal` = ResultCode(rawValue: 2)
    public static let busy = ResultCode(rawValue: 5)
    public static let locked = ResultCode(rawValue: 6)
    public static let readOnly = ResultCode(rawValue: 8)
    public static let interrupt = ResultCode(rawValue: 9)
    public static let ioError = ResultCode(rawValue: 10)
    public static let corrupt = ResultCode(rawValue: 11)
    public static let full = ResultCode(rawValue: 13)
    public static let cantOpen = ResultCode(rawValue: 14)
    public static let schema = ResultCode(rawValue: 17)
    public static let tooBig = ResultCode(rawValue: 18)
    public static let constraint = ResultCode(rawValue: 19)
    public static let mismatch = ResultCode(rawValue: 20)
    public static let misuse = ResultCode(rawValue: 21)
    public static let range = ResultCode(rawValue: 25)
    public static let notADatabase = ResultCode(rawValue: 26)
    public static let row = ResultCode(rawValue: 100)
    public static let done = ResultCode(rawValue: 101)

    // Extended constraint codes: SQLITE_CONSTRAINT | (n << 8).
    public static let constraintCheck = ResultCode(rawValue: 19 | (1 << 8))
    public static let constraintForeignKey = ResultCode(rawValue: 19 | (3 << 8))
    public static let constraintNotNull = ResultCode(rawValue: 19 | (5 << 8))
    public static let constraintPrimaryKey = ResultCode(rawValue: 19 | (6 << 8))
    public static let constraintUnique = ResultCode(rawValue: 19 | (8 << 8))
    public static let constraintDataType = ResultCode(rawValue: 19 | (12 << 8))

    /// `19 (constraint failed)`: the number and SQLite's generic text for it.
    public var description: String {
        "\(rawValue) (\(String(sqliteCString: sqlite3_errstr(rawValue))))"
    }
}

/// A failure reported by SQLite: the extended result code, the message `sqlite3_errmsg`
/// gave at the failure site (it names the column or constraint, unlike the generic text
/// of the code), and the SQL that was running, when there was one.
public struct SQLiteError: Error, Sendable, Equatable, CustomStringConvertible {
    public let code: ResultCode
    public let message: String
    public let sql: String?

    public init(code: ResultCode, message: String, sql: String? = nil) {
        self.code = code
        self.message = message
        self.sql = sql
    }

    /// `SQLite error 1299: NOT NULL constraint failed: t.body - while executing `INSERT …``
    public var description: String {
        var text = "SQLite error \(code.rawValue): \(message)"
        if let sql {
            var trimmed = sql.trimmingSQLWhitespace()
            if trimmed.count > 2000 { trimmed = String(trimmed.prefix(2000)) + "…" }
            text += " - while executing `\(trimmed)`"
        }
        return text
    }
}

extension String {
    func trimmingSQLWhitespace() -> String {
        let isSpace: (Character) -> Bool = { $0 == " " || $0 == "\n" || $0 == "\t" || $0 == "\r" }
        guard let first = firstIndex(where: { !isSpace($0) }),
            let last = lastIndex(where: { !isSpace($0) })
        else { return "" }
        return String(self[first...last])
    }
}
