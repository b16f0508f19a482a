/// One incident as one article reports it: what the extractor produces and the store keeps.
public struct ExtractedIncident: Sendable, Equatable {
    /// ACLED event type as stored: an `EventType` raw value («Battles», «Explosions/Remote
    /// violence», «Violence against civilians», «Protests», «Strategic developments»).
    public var eventType: String
    /// ACLED sub event type as stored: a `SubEventType` raw value («Air/drone strike»,
    /// «Armed clash», ...).
    public var subEventType: String
    /// Canonical slug of who did it («coalition», «regime», «unknown»).
    public var actor: String
    /// The other side of a clash, when there is one.
    public var actor2: String?
    /// Who or what was hit: «civilians», «children», «protesters», «medical» or an actor slug.
    public var target: String?
    /// The most specific place named, as the gazetteer names it or as written.
    public var place: String?
    /// Gazetteer code of `place` (or of the nearest enclosing unit that was resolved).
    public var pcode: String?
    /// Arabic governorate name, when the text supports one.
    public var governorate: String?
    /// Gazetteer code of `governorate`: the store takes it as given (without it, the
    /// store resolves the name).
    public var governoratePcode: String?
    /// Arabic district name, when known.
    public var district: String?
    /// Gazetteer code of `district` (without it, the store resolves the name).
    public var districtPcode: String?
    public var lat: Double?
    public var lon: Double?
    /// The words of the text about when («ظهر الخميس», «أمس»).
    public var dateText: String?
    /// The calendar date `YYYY-MM-DD` those words resolve to, when the publication date is known.
    public var date: String?
    /// The day the event is dated to and how precisely (`EventDate.of`): the day above, or
    /// the month the text gives, or the publication day.
    public var eventDate: String?
    public var timePrecision: TimePrecision?
    /// How precisely `lat`/`lon` place it (`Gazetteer.geoPrecision`).
    public var geoPrecision: GeoPrecision?
    public var killed: Casualty
    public var wounded: Casualty
    /// The sentence (clause) the incident was read from, as written in the article.
    public var evidence: String
    /// Offsets of `evidence` in the article text, in unicode scalars (Python string indices).
    public var evidenceStart: Int
    public var evidenceEnd: Int

    public init(
        eventType: String, subEventType: String, actor: String, actor2: String? = nil,
        target: String? = nil, place: String? = nil, pcode: String? = nil,
        governorate: String? = nil, governoratePcode: String? = nil, district: String? = nil,
        districtPcode: String? = nil, lat: Double? = nil,
        lon: Double? = nil, dateText: String? = nil, date: String? = nil,
        eventDate: String? = nil, timePrecision: TimePrecision? = nil,
        geoPrecision: GeoPrecision? = nil, killed: Casualty = .none, wounded: Casualty = .none, evidence: String,
        evidenceStart: Int, evidenceEnd: Int
    ) {
        self.eventType = eventType
        self.subEventType = subEventType
        self.actor = actor
        self.actor2 = actor2
        self.target = target
        self.place = place
        self.pcode = pcode
        self.governorate = governorate
        self.governoratePcode = governoratePcode
        self.district = district
        self.districtPcode = districtPcode
        self.lat = lat
        self.lon = lon
        self.dateText = dateText
        self.date = date
        self.eventDate = eventDate
        self.timePrecision = timePrecision
        self.geoPrecision = geoPrecision
        self.killed = killed
        self.wounded = wounded
        self.evidence = evidence
        self.evidenceStart = evidenceStart
        self.evidenceEnd = evidenceEnd
    }
}
