/// Proleptic Gregorian calendar arithmetic on `YYYY-MM-DD` strings.
///
/// Pure integer arithmetic (Howard Hinnant's days-from-civil algorithms), no Foundation
/// `Calendar` or `DateFormatter`: deterministic, time-zone free and fast. Years 1...9999.
public enum CalendarDate {
    /// True when `ymd` is exactly `YYYY-MM-DD` (ASCII digits) and names a real day.
    public static func isValid(_ ymd: String) -> Bool { parse(ymd) != nil }

    /// The day `n` days after `ymd` (`n` may be negative); nil when `ymd` is invalid or the
    /// result leaves years 1...9999.
    public static func addDays(_ ymd: String, _ n: Int) -> String? {
        guard let d = days(ymd) else { return nil }
        return string(fromDays: d + n)
    }

    /// Day of the week: 1 = Sunday, 2 = Monday, ... 7 = Saturday.
    public static func weekday(_ ymd: String) -> Int? {
        days(ymd).map(weekday(days:))
    }

    /// Days from `a` to `b` (positive when `b` is later).
    public static func daysBetween(_ a: String, _ b: String) -> Int? {
        guard let x = days(a), let y = days(b) else { return nil }
        return y - x
    }

    // MARK: - Day numbers (days since 1970-01-01)

    static func isLeap(_ y: Int) -> Bool { (y % 4 == 0 && y % 100 != 0) || y % 400 == 0 }

    static func daysInMonth(_ y: Int, _ m: Int) -> Int {
        switch m {
        case 2: return isLeap(y) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    static func isValid(_ y: Int, _ m: Int, _ d: Int) -> Bool {
        y >= 1 && y <= 9999 && m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m)
    }

    /// Days since 1970-01-01 of a civil date (no validation).
    static func days(_ y: Int, _ m: Int, _ d: Int) -> Int {
        let yy = m <= 2 ? y - 1 : y
        let era = (yy >= 0 ? yy : yy - 399) / 400
        let yoe = yy - era * 400
        let mp = (m + 9) % 12
        let doy = (153 * mp + 2) / 5 + d - 1
        let doe = yoe * 365 + yoe / 4 - yoe / 100 + doy
        return era * 146_097 + doe - 719_468
    }

    /// The civil date of a day number.
    static func civil(_ z0: Int) -> (y: Int, m: Int, d: Int) {
        let z = z0 + 719_468
        let era = (z >= 0 ? z : z - 146_096) / 146_097
        let doe = z - era * 146_097
        let yoe = (doe - doe / 1460 + doe / 36_524 - doe / 146_096) / 365
        let doy = doe - (365 * yoe + yoe / 4 - yoe / 100)
        let mp = (5 * doy + 2) / 153
        let d = doy - (153 * mp + 2) / 5 + 1
        let m = mp < 10 ? mp + 3 : mp - 9
        let y = yoe + era * 400
        return (m <= 2 ? y + 1 : y, m, d)
    }

    /// 1 = Sunday ... 7 = Saturday (1970-01-01 was a Thursday).
    static func weekday(days z: Int) -> Int {
        ((z % 7 + 7 + 4) % 7) + 1
    }

    static func parse(_ ymd: String) -> (y: Int, m: Int, d: Int)? {
        let u = ymd.utf8
        guard u.count == 10 else { return nil }
        var y = 0, m = 0, d = 0
        for (k, c) in u.enumerated() {
            if k == 4 || k == 7 {
                guard c == 0x2D else { return nil }
                continue
            }
            guard c >= 0x30 && c <= 0x39 else { return nil }
            let v = Int(c - 0x30)
            if k < 4 { y = y * 10 + v } else if k < 7 { m = m * 10 + v } else { d = d * 10 + v }
        }
        return isValid(y, m, d) ? (y, m, d) : nil
    }

    static func days(_ ymd: String) -> Int? {
        guard let p = parse(ymd) else { return nil }
        return days(p.y, p.m, p.d)
    }

    static func string(_ y: Int, _ m: Int, _ d: Int) -> String? {
        guard isValid(y, m, d) else { return nil }
        var u: [UInt8] = []
        u.reserveCapacity(10)
        func put(_ v: Int, _ width: Int) {
            var p = 1
            for _ in 1..<width { p *= 10 }
            var v = v
            while p > 0 {
                u.append(UInt8(0x30 + v / p))
                v %= p
                p /= 10
            }
        }
        put(y, 4)
        u.append(0x2D)
        put(m, 2)
        u.append(0x2D)
        put(d, 2)
        return String(decoding: u, as: UTF8.self)
    }

    static func string(fromDays z: Int) -> String? {
        // Years 1...9999: day numbers -719162 (0001-01-01) ... 2932896 (9999-12-31).
        guard z >= -719_162 && z <= 2_932_896 else { return nil }
        let c = civil(z)
        return string(c.y, c.m, c.d)
    }
}
