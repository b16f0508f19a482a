/// What a user asked for with `--place`, `--actor`, `--type`, `--from`, `--to`.
public struct IncidentFilter: Sendable, Equatable {
    /// Gazetteer codes the place name resolved to; an incident matches when its place, its
    /// district or its governorate is one of them.
    public var pcodes: [String] = []
    /// Place keys (normalised names) for places outside the gazetteer.
    public var placeKeys: [String] = []
    public var actors: [String] = []
    /// Matches the event type or the sub event type, case-insensitively.
    public var eventType: String?
    public var from: String?
    public var to: String?
    /// Per-article reports instead of events.
    public var reports = false

    public init() {}

    public var hasPlace: Bool { !pcodes.isEmpty || !placeKeys.isEmpty }
}

/// How `query` groups its rows.
public enum Grouping: String, CaseIterable, Sendable {
    case region, actor, place, type, month
}

/// One row of `query`.
public struct AggregateRow: Sendable, Equatable {
    public var keys: [String]
    public var incidents: Int
    /// Sum of the known figures.
    public var killed: Int
    public var wounded: Int
    /// Incidents that report deaths (or injuries) without a number.
    public var killedUnknown: Int
    public var woundedUnknown: Int
    /// Incidents dated only to the week (`time_precision` 2: the publication day stands
    /// for the day) or to the month (3), and placed only by their governorate
    /// (`geo_precision` 3).
    public var weekDated = 0
    public var monthDated = 0
    /// Incidents with no date at all (no day in the text, no publication day).
    public var undated = 0
    public var governorateOnly = 0

    public init(keys: [String], incidents: Int, killed: Int, wounded: Int, killedUnknown: Int, woundedUnknown: Int) {
        self.keys = keys
        self.incidents = incidents
        self.killed = killed
        self.wounded = wounded
        self.killedUnknown = killedUnknown
        self.woundedUnknown = woundedUnknown
    }
}
