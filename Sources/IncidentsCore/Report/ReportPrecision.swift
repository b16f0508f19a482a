/// How precise a unit's date and place are, for the report: SQL expressions over a row of
/// `IncidentQueries.units` aliased `u`, reading the stored ACLED precision codes
/// (`time_precision`, `geo_precision`; schema.sql says what they mean).
enum ReportPrecision {
    /// True when the unit's date is only approximate: dated to the week (the publication
    /// day stands for the day) or to the month.
    static let approximateDateSQL = "(coalesce(u.time_precision, 2) >= 2)"

    /// True when the unit is placed only to a governorate, so its point (the capital's)
    /// stands for the whole governorate.
    static let governorateOnlySQL = "(coalesce(u.geo_precision, 3) = 3)"
}
