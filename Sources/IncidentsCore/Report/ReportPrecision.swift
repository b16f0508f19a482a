/// How precise a unit's date and place are, for the report: the one home of these two rules.
/// Both are SQL expressions over a row of `IncidentQueries.units` aliased `u`, with the
/// unit's place row joined as `pl` (`LEFT JOIN places pl ON pl.pcode = u.pcode`).
enum ReportPrecision {
    /// True when the unit's date is only approximate: no report dates the event itself, so
    /// the report uses the publication day.
    // #13: switch to time_precision
    static let approximateDateSQL = "(u.date IS NULL)"

    /// True when the unit is placed only to a governorate (its place is a level-1 unit of
    /// the gazetteer), so its point stands for the whole governorate.
    // #13: switch to geo_precision
    static let governorateOnlySQL = "(pl.level IS NOT NULL AND pl.level = 1)"

    /// The join `governorateOnlySQL` needs.
    static let placeJoinSQL = "LEFT JOIN places pl ON pl.pcode = u.pcode"
}
