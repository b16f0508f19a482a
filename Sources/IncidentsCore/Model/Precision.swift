/// How precisely an event's day is known: ACLED's `time_precision`.
public enum TimePrecision: Int, Sendable, Comparable, CaseIterable {
    /// The text gives or implies the day («أمس», «مساء الخميس», «15 آذار»).
    case day = 1
    /// Only the week: the text has no words about when, so the publication day stands for
    /// it (ACLED: "sometime that week").
    case week = 2
    /// Only the month («الشهر الماضي», «في آذار»): the middle of the month stands for it.
    case month = 3

    public static func < (a: TimePrecision, b: TimePrecision) -> Bool { a.rawValue < b.rawValue }
}

/// How precisely an event's place is known: ACLED's `geo_precision`.
public enum GeoPrecision: Int, Sendable, Comparable, CaseIterable {
    /// The town, village or neighbourhood itself, at its own point.
    case place = 1
    /// A nearby or enclosing area smaller than a governorate: a district, a subdistrict, a
    /// named region (الغوطة الشرقية), or a village the gazetteer lacks, at the point of the
    /// area or of the unit the text puts it in.
    case area = 2
    /// Only the governorate, at its capital's point.
    case governorate = 3

    public static func < (a: GeoPrecision, b: GeoPrecision) -> Bool { a.rawValue < b.rawValue }
}

/// The event date and its precision, from what the text says and the publication day.
public struct EventDate: Sendable, Equatable {
    public var date: String
    public var precision: TimePrecision

    public init(date: String, precision: TimePrecision) {
        self.date = date
        self.precision = precision
    }

    /// The rule, in one place: the day the text gives (precision 1); else the month it
    /// gives (precision 3, its 15th); else the publication day (precision 2); nil when none
    /// of them is known.
    public static func of(day: String?, month: String?, published: String?) -> EventDate? {
        if let day { return EventDate(date: day, precision: .day) }
        if let month { return EventDate(date: month, precision: .month) }
        if let published { return EventDate(date: published, precision: .week) }
        return nil
    }
}
