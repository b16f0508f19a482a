import Foundation
import Testing
@testable import IncidentsCore

@Suite struct CalendarDateTests {
    @Test(arguments: [
        ("2017-10-15", true), ("2016-02-29", true), ("2000-02-29", true), ("2017-02-29", false),
        ("1900-02-29", false), ("2017-04-31", false), ("2017-13-01", false), ("2017-00-10", false),
        ("2017-10-00", false), ("2017-1-01", false), ("17-10-15", false), ("2017/10/15", false),
        ("abcd-01-01", false), ("0000-01-01", false), ("0001-01-01", true), ("9999-12-31", true),
        ("٢٠١٧-١٠-١٥", false), ("", false),
    ])
    func validity(_ ymd: String, _ valid: Bool) {
        #expect(CalendarDate.isValid(ymd) == valid)
    }

    @Test(arguments: [
        ("2017-10-15", 0, "2017-10-15"), ("2017-10-15", 1, "2017-10-16"),
        ("2017-10-31", 1, "2017-11-01"), ("2017-11-01", -1, "2017-10-31"),
        ("2017-12-31", 1, "2018-01-01"), ("2018-01-01", -1, "2017-12-31"),
        ("2016-02-28", 1, "2016-02-29"), ("2016-03-01", -1, "2016-02-29"),
        ("2017-02-28", 1, "2017-03-01"), ("2000-02-28", 1, "2000-02-29"),
        ("1900-02-28", 1, "1900-03-01"), ("2017-01-01", 365, "2018-01-01"),
        ("2016-01-01", 366, "2017-01-01"), ("2011-03-15", 2_406, "2017-10-15"),
        ("1970-01-01", -1, "1969-12-31"), ("0001-01-01", -1, nil), ("9999-12-31", 1, nil),
        ("2017-02-30", 1, nil),
    ] as [(String, Int, String?)])
    func addingDays(_ ymd: String, _ n: Int, _ expected: String?) {
        #expect(CalendarDate.addDays(ymd, n) == expected)
    }

    @Test(arguments: [
        ("1970-01-01", 5), ("2017-10-13", 6), ("2017-10-15", 1), ("2000-01-01", 7),
        ("2024-02-29", 5), ("2018-03-19", 2), ("1600-03-01", 4), ("2011-03-15", 3),
        ("2017-12-31", 1), ("2017-02-29", nil),
    ] as [(String, Int?)])
    func weekdays(_ ymd: String, _ wd: Int?) {
        #expect(CalendarDate.weekday(ymd) == wd)
    }

    @Test(arguments: [
        ("2017-10-13", "2017-10-15", 2), ("2017-10-15", "2017-10-13", -2),
        ("2016-02-28", "2016-03-01", 2), ("2017-02-28", "2017-03-01", 1),
        ("2017-12-31", "2018-01-01", 1), ("2011-03-15", "2017-10-15", 2_406),
        ("2017-10-15", "2017-10-15", 0),
    ] as [(String, String, Int)])
    func distances(_ a: String, _ b: String, _ n: Int) {
        #expect(CalendarDate.daysBetween(a, b) == n)
    }

    @Test func invalidInputsGiveNil() {
        #expect(CalendarDate.daysBetween("2017-02-30", "2017-03-01") == nil)
        #expect(CalendarDate.weekday("soon") == nil)
    }

    /// Cross-check against Foundation's Gregorian calendar, every 13th day 1899...2101.
    @Test func agreesWithFoundationCalendar() throws {
        var cal = Calendar(identifier: .gregorian)
        cal.timeZone = try #require(TimeZone(identifier: "UTC"))
        let start = try #require(cal.date(from: DateComponents(year: 1899, month: 12, day: 1)))
        var checked = 0
        for offset in stride(from: 0, through: 74_000, by: 13) {
            let date = try #require(cal.date(byAdding: .day, value: offset, to: start))
            let c = cal.dateComponents([.year, .month, .day, .weekday], from: date)
            let ymd = String(format: "%04d-%02d-%02d", c.year!, c.month!, c.day!)
            #expect(CalendarDate.addDays("1899-12-01", offset) == ymd)
            #expect(CalendarDate.weekday(ymd) == c.weekday)
            #expect(CalendarDate.daysBetween("1899-12-01", ymd) == offset)
            checked += 1
        }
        #expect(checked > 5_000)
    }
}
