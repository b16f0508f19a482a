/// What `incidents report` shows, read from the store by `ReportReader` and written as a
/// page by `ReportPage`. Figures follow `query`'s rules: killed adds up the numbers given;
/// `killedUnnumbered` counts the units whose reports mention deaths without a number
/// («عشرات»), which are unknown, not zero.
public struct ReportData: Sendable {
    /// The header: what the page covers and what stands behind it.
    public struct Header: Sendable {
        /// The filters as the user gave them (label, value), e.g. ("--place", "الرقة").
        public var filters: [(String, String)] = []
        public var database = ""
        /// Counting events (reports merged) or every article's report (`--reports`).
        public var reportsMode = false
        public var firstDay: String?
        public var lastDay: String?
        /// Units shown (events, or reports with --reports).
        public var units = 0
        /// Articles and per-article reports behind those units.
        public var articles = 0
        public var reports = 0
        /// Units whose date is only approximate (see ReportPrecision).
        public var approximate = 0
        /// Units without any date, or without coordinates (not on the map).
        public var undated = 0
        public var unlocated = 0
        /// Units placed only to a governorate (see ReportPrecision).
        public var governorateOnly = 0

        public init() {}
    }

    /// Known figures and the count of «mentioned without a number».
    public struct Tally: Sendable, Equatable {
        public var units = 0
        public var killed = 0
        public var killedUnnumbered = 0
        public var wounded = 0
        public var woundedUnnumbered = 0

        mutating func add(_ u: Unit) {
            units += 1
            if let k = u.killed { killed += k } else if u.killedMentioned { killedUnnumbered += 1 }
            if let w = u.wounded { wounded += w } else if u.woundedMentioned { woundedUnnumbered += 1 }
        }
    }

    /// One event (or report) as the reader streams it.
    struct Unit {
        var day: String?
        var approximate: Bool
        var governorateOnly: Bool
        var actor: String
        var place: String?
        var governoratePcode: String?
        var lat: Double?
        var lon: Double?
        var killed: Int?
        var killedMentioned: Bool
        var wounded: Int?
        var woundedMentioned: Bool
    }

    /// Units at one spot, by one actor, at one precision: one point on the map. (Events at
    /// the same coordinates would be drawn on top of each other; one point per spot keeps
    /// the page small however many events there are, and its hover lists them.)
    public struct Point: Sendable {
        public var lat: Double
        public var lon: Double
        public var actor: String
        public var governorateOnly: Bool
        public var place: String
        /// Other place names met at the same spot (local places share their container's
        /// coordinates).
        public var otherPlaces = 0
        public var tally = Tally()
        public var firstDay: String?
        public var lastDay: String?
        public var approximate = 0
    }

    /// One month's bar: units and killed per actor.
    public struct Month: Sendable, Equatable {
        public var month: String
        public var units: [String: Int] = [:]
        public var killed: [String: Int] = [:]
        public var approximate = 0
        public var total: Int { units.values.reduce(0, +) }
        public var totalKilled: Int { killed.values.reduce(0, +) }
    }

    /// A row of the deadliest-events table.
    public struct Deadly: Sendable {
        public var id: Int
        public var day: String?
        public var approximate: Bool
        public var eventType: String
        public var subEventType: String
        public var actor: String
        public var place: String?
        public var governorate: String?
        public var killed: Int
        public var killedQualifier: String?
        public var killedLow: Int?
        public var killedHigh: Int?
        public var wounded: Int?
        public var evidence: String
        public var reportCount: Int
        public var outlet: String?
        public var title: String?
        public var url: String?
    }

    public var header = Header()
    /// By governorate P-code (SY01..SY14).
    public var governorates: [String: Tally] = [:]
    public var points: [Point] = []
    /// Every month from the first to the last, in order (empty months included).
    public var months: [Month] = []
    /// `query --by actor` and `query --by type` on the same filter.
    public var actors: [AggregateRow] = []
    public var types: [AggregateRow] = []
    public var deadliest: [Deadly] = []

    public init() {}

    /// The actors drawn in their own colour, most frequent first; the rest share one.
    public var colouredActors: [String] {
        Array(actors.map { $0.keys.first ?? "" }.prefix(ReportStyle.actorColours.count))
    }
}
