import Foundation
import IncidentsSQLite
import Testing

/// Values go in through bind and come back out unchanged.
@Suite struct RoundTripTests {
    func table() throws -> Database {
        let db = try Database(.memory)
        try db.execute("CREATE TABLE t (id INTEGER PRIMARY KEY, v ANY) STRICT")
        return db
    }

    func roundTrip(_ value: SQLiteValue) throws -> SQLiteValue {
        let db = try table()
        try db.execute("INSERT INTO t (v) VALUES (?)", arguments: [value])
        let back = try db.prepare("SELECT v FROM t").map { $0.value(0) }
        return try #require(back.first)
    }

    @Test func arabicTextWithHarakatAndEmoji() throws {
        let text = "قُتِلَ ثلاثةُ مدنيين في قصفٍ على مدينة إدلب 💔🇸🇾 «الخبر»"
        let db = try table()
        let insert = try db.prepare("INSERT INTO t (v) VALUES (:v)")
        try insert.bind(text, named: ":v")
        try insert.step()
        let stored = try db.scalar("SELECT v FROM t", as: String.self)
        #expect(stored == text)
        // SQLite counts characters (code points) the same way Swift's unicodeScalars do.
        let length = try db.scalar("SELECT length(v) FROM t", as: Int.self)
        #expect(length == text.unicodeScalars.count)
        #expect(try db.scalar("SELECT length(CAST(v AS BLOB)) FROM t", as: Int.self) == text.utf8.count)
    }

    @Test func textWithEmbeddedNulIsNotTruncated() throws {
        let text = "قبل\u{0}بعد"
        #expect(try roundTrip(.text(text)) == .text(text))
    }

    @Test func emptyStringStaysEmptyNotNull() throws {
        #expect(try roundTrip(.text("")) == .text(""))
        #expect(try roundTrip(SQLiteValue("")) != .null)
    }

    @Test func nullRoundTripsAndDiffersFromZero() throws {
        let db = try table()
        let insert = try db.prepare("INSERT INTO t (id, v) VALUES (?, ?)")
        try insert.run(1, nil)
        try insert.run(2, 0)
        let noValue: Int? = nil
        try insert.run(3, SQLiteValue(noValue))
        insert.reset()
        insert.clearBindings()
        try insert.bind(4, at: 1)
        try insert.bindNull(at: 2)
        try insert.step()

        let rows = try db.prepare("SELECT id, v, v IS NULL FROM t ORDER BY id").map {
            (id: $0.int(0), isNull: $0.isNull(1), value: $0.value(1), sqlNull: $0.int(2))
        }
        #expect(rows.map(\.id) == [1, 2, 3, 4])
        #expect(rows.map(\.isNull) == [true, false, true, true])
        #expect(rows.map(\.sqlNull) == [1, 0, 1, 1])
        #expect(rows[1].value == .integer(0))
        #expect(try db.scalar("SELECT v FROM t WHERE id = 1", as: Int.self) == nil)
        #expect(try db.scalar("SELECT v FROM t WHERE id = 2", as: Int.self) == 0)
        // A strict decode refuses NULL for a non-optional type.
        let error = #expect(throws: SQLiteError.self) {
            _ = try db.prepare("SELECT v FROM t WHERE id = 1").map { try $0.decode(0, as: Int.self) }
        }
        #expect(error?.code == .mismatch)
        let optional = try db.prepare("SELECT v FROM t ORDER BY id").map { try $0.decode(0, as: Int?.self) }
        #expect(optional == [nil, 0, nil, nil])
    }

    @Test func blobsIncludingEmpty() throws {
        let bytes: [UInt8] = [0, 1, 2, 0xFF, 0, 0x80]
        #expect(try roundTrip(.blob(bytes)) == .blob(bytes))
        // SQLite hands back a NULL pointer for a zero-length BLOB; it must still be a BLOB.
        #expect(try roundTrip(.blob([])) == .blob([]))
        let db = try table()
        try db.execute("INSERT INTO t (v) VALUES (?)", arguments: [SQLiteValue(Data(bytes))])
        try db.execute("INSERT INTO t (v) VALUES (?)", arguments: [.blob([])])
        let back = try db.prepare("SELECT v, typeof(v), length(v) FROM t ORDER BY id").map {
            ($0.blob(0), $0.string(1), $0.int(2))
        }
        #expect(back[0].0 == bytes)
        #expect(back[1].0 == [] && back[1].1 == "blob" && back[1].2 == 0)
    }

    @Test(arguments: [Int64.min, Int64.min + 1, -1, 0, 1, Int64(Int32.max) + 1, Int64.max])
    func int64Extremes(_ value: Int64) throws {
        #expect(try roundTrip(.integer(value)) == .integer(value))
        let db = try table()
        try db.execute("INSERT INTO t (v) VALUES (?)", arguments: [SQLiteValue(value)])
        #expect(try db.scalar("SELECT v FROM t", as: Int64.self) == value)
        #expect(try db.prepare("SELECT v FROM t").map { $0.int64(0) } == [value])
    }

    @Test(arguments: [0.0, -0.5, 3.141592653589793, 1e-300, -1.7976931348623157e308, 36.20124])
    func doubles(_ value: Double) throws {
        #expect(try roundTrip(.real(value)) == .real(value))
    }

    @Test func boolAndIntAndSubstringBindings() throws {
        let db = try table()
        let insert = try db.prepare("INSERT INTO t (v) VALUES (?)")
        for value: any SQLiteBindable in [true, false, 42, Int32(7), "حلب الشهباء".dropFirst(4)] {
            insert.reset()
            try insert.bind(SQLiteValue(value.sqliteValue), at: 1)
            try insert.step()
        }
        let values = try db.prepare("SELECT v FROM t ORDER BY id").map { $0.value(0) }
        #expect(values == [.integer(1), .integer(0), .integer(42), .integer(7), .text("الشهباء")])
        #expect(try db.scalar("SELECT v FROM t WHERE id = 1", as: Bool.self) == true)
    }
}
