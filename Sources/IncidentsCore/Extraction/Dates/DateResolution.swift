/// Resolution: what a date expression means as a calendar day, given the publication date.
extension DateReader {
    static func resolve(_ r: Resolution, published pub: Int?) -> String? {
        if case .full(let y, let m, let d) = r { return CalendarDate.string(y, m, d) }
        guard let pub else { return nil }
        switch r {
        case .full: return nil
        case .daysBefore(let n):
            return CalendarDate.string(fromDays: pub - n)
        case .weekday(let wd, let notAfter):
            let base = pub - notAfter
            let back = (CalendarDate.weekday(days: base) - wd + 7) % 7
            return CalendarDate.string(fromDays: base - back)
        case .weekdayAfter(let wd):
            let base = pub + 1
            let ahead = (wd - CalendarDate.weekday(days: base) + 7) % 7
            return CalendarDate.string(fromDays: base + ahead)
        case .dayMonth(let m, let d, let direction):
            let p = CalendarDate.civil(pub)
            if direction == .current { return CalendarDate.string(p.y, m, d) }
            let future = direction == .future
            let notLater = m < p.m || (m == p.m && d <= p.d)
            let notEarlier = m > p.m || (m == p.m && d >= p.d)
            var y = future ? (notEarlier ? p.y : p.y + 1) : (notLater ? p.y : p.y - 1)
            // 29 February: the nearest leap year in the same direction.
            var tries = 0
            while !CalendarDate.isValid(y, m, d) && tries < 8 {
                y += future ? 1 : -1
                tries += 1
            }
            return CalendarDate.string(y, m, d)
        case .monthRelative(let d, let months):
            let p = CalendarDate.civil(pub)
            let index = p.y * 12 + (p.m - 1) + months
            let y = index >= 0 ? index / 12 : (index - 11) / 12
            return CalendarDate.string(y, index - y * 12 + 1, d)
        }
    }
}
