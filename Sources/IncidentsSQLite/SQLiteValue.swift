#if canImport(FoundationEssentials)
import FoundationEssentials
#else
import Foundation
#endif

/// One value as SQLite stores it (its five storage classes).
public enum SQLiteValue: Sendable, Hashable {
    case null
    case integer(Int64)
    case real(Double)
    case text(String)
    case blob([UInt8])

    /// The value of anything bindable: `SQLiteValue(title)` with `title: String?` gives
    /// `.text` or `.null`.
    public init(_ value: some SQLiteBindable) {
        self = value.sqliteValue
    }

    public var isNull: Bool { self == .null }
}

extension SQLiteValue: ExpressibleByNilLiteral, ExpressibleByIntegerLiteral,
    ExpressibleByFloatLiteral, ExpressibleByStringLiteral, ExpressibleByBooleanLiteral
{
    public init(nilLiteral: ()) { self = .null }
    public init(integerLiteral value: Int64) { self = .integer(value) }
    public init(floatLiteral value: Double) { self = .real(value) }
    public init(stringLiteral value: String) { self = .text(value) }
    public init(booleanLiteral value: Bool) { self = .integer(value ? 1 : 0) }
}

/// A Swift value that can be bound to a statement parameter.
public protocol SQLiteBindable {
    /// The value SQLite will store.
    var sqliteValue: SQLiteValue { get }
    /// Binds the value to the 1-based parameter `index`. The default implementation binds
    /// `sqliteValue`.
    func bind(to statement: Statement, at index: Int32) throws
}

extension SQLiteBindable {
    public func bind(to statement: Statement, at index: Int32) throws {
        try statement.bindValue(sqliteValue, at: index)
    }
}

extension SQLiteValue: SQLiteBindable {
    public var sqliteValue: SQLiteValue { self }
}

extension Int: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Int64: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(self) }
}

extension Int32: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(Int64(self)) }
}

extension Double: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .real(self) }
}

/// Stored as INTEGER 1 or 0.
extension Bool: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .integer(self ? 1 : 0) }
}

extension String: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .text(self) }
}

extension Substring: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .text(String(self)) }
}

extension Array: SQLiteBindable where Element == UInt8 {
    public var sqliteValue: SQLiteValue { .blob(self) }
}

extension Data: SQLiteBindable {
    public var sqliteValue: SQLiteValue { .blob([UInt8](self)) }
}

/// `nil` binds NULL.
extension Optional: SQLiteBindable where Wrapped: SQLiteBindable {
    public var sqliteValue: SQLiteValue {
        switch self {
        case .none: return .null
        case .some(let value): return value.sqliteValue
        }
    }
}
