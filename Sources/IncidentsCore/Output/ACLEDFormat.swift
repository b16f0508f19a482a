/// ACLED conventions for the CSV export, so rows merge with ACLED data.
public enum ACLEDFormat {
    /// What a row does not say about its actors: kind (`ActorInfo.Kind` raw value) and
    /// ACLED-style English name, by slug.
    public struct Actors: Sendable {
        public var kinds: [String: String]
        public var namesEn: [String: String]

        public init(kinds: [String: String], namesEn: [String: String]) {
            self.kinds = kinds
            self.namesEn = namesEn
        }
    }

    /// One exported row with what several columns derive from it.
    struct Fields {
        var r: ExportRow
        /// The day the event is dated to (`time_precision` says how precisely).
        var day: String?
        var civilians: Bool
        var inter1: String
        var inter2: String
        var actor2Name: String?
        /// `ACLEDFormat.outletList`, read once per row.
        var outlets: [String]

        init(_ r: ExportRow, actors: Actors) {
            self.r = r
            day = r.eventDate
            outlets = ACLEDFormat.outletList(r)
            civilians = CivilianTargets.categories.contains(r.target ?? "")
            actor2Name = r.actor2.flatMap { actors.namesEn[$0] } ?? (civilians ? "Civilians (Syria)" : nil)
            inter1 = ACLEDFormat.inter(actors.kinds[r.actor])
            inter2 = r.actor2.map { ACLEDFormat.inter(actors.kinds[$0]) } ?? (civilians ? "Civilians" : "")
        }
    }

    /// The CSV: ACLED's columns in ACLED's order, then ours (the text's own figures and
    /// provenance), each with its value. Header and values come from this one list. (An
    /// enum, not a list of closures: a switch per field keeps a large export fast.)
    enum Column: CaseIterable {
        case eventIdCnty, eventDate, year, timePrecision, disorderType, eventType, subEventType, actor1, assocActor1, inter1, actor2, assocActor2, inter2, interaction, civilianTargeting, iso, region, country, admin1, admin2, admin3, location, latitude, longitude, geoPrecision, source, sourceScale, notes, fatalities, tags, timestamp, killed, killedQualifier, wounded, woundedQualifier, admin1Ar, admin2Ar, locationAr, article, url, evidenceStart, evidenceEnd, corrected

        /// The header.
        var name: String {
            switch self {
            case .eventIdCnty: return "event_id_cnty"
            case .eventDate: return "event_date"
            case .year: return "year"
            case .timePrecision: return "time_precision"
            case .disorderType: return "disorder_type"
            case .eventType: return "event_type"
            case .subEventType: return "sub_event_type"
            case .actor1: return "actor1"
            case .assocActor1: return "assoc_actor_1"
            case .inter1: return "inter1"
            case .actor2: return "actor2"
            case .assocActor2: return "assoc_actor_2"
            case .inter2: return "inter2"
            case .interaction: return "interaction"
            case .civilianTargeting: return "civilian_targeting"
            case .iso: return "iso"
            case .region: return "region"
            case .country: return "country"
            case .admin1: return "admin1"
            case .admin2: return "admin2"
            case .admin3: return "admin3"
            case .location: return "location"
            case .latitude: return "latitude"
            case .longitude: return "longitude"
            case .geoPrecision: return "geo_precision"
            case .source: return "source"
            case .sourceScale: return "source_scale"
            case .notes: return "notes"
            case .fatalities: return "fatalities"
            case .tags: return "tags"
            case .timestamp: return "timestamp"
            case .killed: return "killed"
            case .killedQualifier: return "killed_qualifier"
            case .wounded: return "wounded"
            case .woundedQualifier: return "wounded_qualifier"
            case .admin1Ar: return "admin1_ar"
            case .admin2Ar: return "admin2_ar"
            case .locationAr: return "location_ar"
            case .article: return "article"
            case .url: return "url"
            case .evidenceStart: return "evidence_start"
            case .evidenceEnd: return "evidence_end"
            case .corrected: return "corrected"
            }
        }

        func value(_ f: Fields) -> String? {
            switch self {
            case .eventIdCnty: return "SYR-INC\(f.r.id)"
            case .eventDate: return f.day
            case .year: return f.day.map { String($0.prefix(4)) }
            case .timePrecision: return f.r.timePrecision.map(String.init)
            case .disorderType: return ACLEDFormat.disorderType(f.r.eventType)
            case .eventType: return f.r.eventType
            case .subEventType: return f.r.subEventType
            case .actor1: return f.r.actorName ?? f.r.actor
            case .assocActor1: return ""
            case .inter1: return f.inter1
            case .actor2: return f.actor2Name
            case .assocActor2: return ""
            case .inter2: return f.inter2
            case .interaction: return f.inter2.isEmpty ? f.inter1 : f.inter1 + "-" + f.inter2
            case .civilianTargeting: return f.civilians ? "Civilian targeting" : ""
            case .iso: return "760"
            case .region: return "Middle East"
            case .country: return "Syria"
            case .admin1: return f.r.governoratePcode.flatMap { PlaceAliases.acledAdmin1[$0] } ?? f.r.governorate
            case .admin2: return f.r.districtEn ?? f.r.district.map(Romanizer.latin)
            case .admin3: return f.r.subdistrictEn ?? ""
            case .location: return ACLEDFormat.location(f.r)
            case .latitude: return f.r.lat.map(ACLEDFormat.format4)
            case .longitude: return f.r.lon.map(ACLEDFormat.format4)
            case .geoPrecision: return f.r.geoPrecision.map(String.init)
            case .source: return f.outlets.isEmpty ? f.r.article : f.outlets.joined(separator: "; ")
            case .sourceScale: return ACLEDFormat.sourceScale(f.outlets)
            case .notes: return f.r.evidence
            case .fatalities: return String(ACLEDFormat.fatalities(f.r.killed, qualifier: f.r.killedQualifier))
            case .tags: return ""
            case .timestamp: return f.r.storedAt.map(String.init)
            case .killed: return f.r.killed.map(String.init)
            case .killedQualifier: return f.r.killedQualifier
            case .wounded: return f.r.wounded.map(String.init)
            case .woundedQualifier: return f.r.woundedQualifier
            case .admin1Ar: return f.r.governorate
            case .admin2Ar: return f.r.district
            case .locationAr: return f.r.place
            case .article: return f.r.article
            case .url: return f.r.url
            case .evidenceStart: return String(f.r.evidenceStart)
            case .evidenceEnd: return String(f.r.evidenceEnd)
            case .corrected: return f.r.corrected ? "1" : "0"
            }
        }
    }

    /// The CSV header.
    public static let columns = Column.allCases.map(\.name)

    /// The CSV fields of one row, in `columns` order.
    public static func row(_ r: ExportRow, actors: Actors) -> [String?] {
        let fields = Fields(r, actors: actors)
        return Column.allCases.map { $0.value(fields) }
    }

    /// ACLED's `location`: the place's English name (a governorate's in ACLED's spelling,
    /// a named region's, a town's), else its Arabic name in Latin letters (`Romanizer`).
    static func location(_ r: ExportRow) -> String? {
        if let g = r.governoratePcode, r.pcode == g || r.pcode == nil { return PlaceAliases.acledAdmin1[g] ?? r.placeEn }
        if let en = r.placeEn, !en.isEmpty { return en }
        return r.place.map(Romanizer.latin)
    }

    /// The outlets that report an event (the `outlets` column: SQLite's comma-joined
    /// list), sorted and unique. Split on bytes: most events have one outlet, and
    /// Character-level trimming of a long list cost half of a CSV export.
    static func outletList(_ r: ExportRow) -> [String] {
        guard let joined = r.outlets ?? r.outlet, !joined.isEmpty else { return [] }
        guard joined.utf8.contains(UInt8(ascii: ",")) else { return [joined] }
        var out = Set<String>()
        for part in joined.utf8.split(separator: UInt8(ascii: ",")) {
            var lo = part.startIndex, hi = part.endIndex
            while lo < hi, part[lo] == UInt8(ascii: " ") { lo = part.index(after: lo) }
            while hi > lo, part[part.index(before: hi)] == UInt8(ascii: " ") { hi = part.index(before: hi) }
            if lo < hi { out.insert(String(decoding: part[lo..<hi], as: UTF8.self)) }
        }
        return out.sorted()
    }

    /// ACLED's `source_scale` from the outlets' scales (`OutletScale`): one scale, or two
    /// joined as ACLED writes them ("Regional-International"); blank when unknown.
    static func sourceScale(_ outlets: [String]) -> String {
        if outlets.count == 1 { return OutletScale.of(outlets[0]) ?? "" }
        let scales = Set(outlets.compactMap { OutletScale.of($0) })
        return OutletScale.order.filter(scales.contains).joined(separator: "-")
    }

    /// A coordinate rounded to 4 decimals (about 10 m), as Swift prints a Double.
    static func format4(_ d: Double) -> String {
        let scaled = (d * 10000).rounded() / 10000
        return String(scaled)
    }

    /// ACLED's single fatality figure: the text's number when it gives one; «عشرات» 12
    /// (dozens), «مئات» 100, «آلاف» 1000, a few / several 3; a number stripped from the source
    /// 3 (plural deaths, number unknown); deaths not mentioned, or only «casualties», 0.
    public static func fatalities(_ value: Int?, qualifier: String?) -> Int {
        if let value { return value }
        guard let q = qualifier.flatMap(Casualty.Qualifier.init(code:)) else { return 0 }
        switch q {
        case .vague(let word):
            let k = ArabicNormalizer.key(word)
            if k.contains("الاف") || k.contains("الوف") { return k.contains("عشرات") ? 10000 : k.contains("مئات") ? 100000 : 1000 }
            if k.contains("مئات") || k.contains("مييات") { return 100 }
            if k.contains("عشرات") { return 12 }
            return 3
        case .digitsMissing: return 3
        case .unspecified, .atLeast, .moreThan, .about: return 0
        }
    }

    public static func disorderType(_ eventType: String) -> String {
        switch eventType {
        case "Protests": return "Demonstrations"
        case "Strategic developments": return "Strategic developments"
        default: return "Political violence"
        }
    }

    /// ACLED's actor type (`inter1`) for our actor kinds.
    public static func inter(_ kind: String?) -> String {
        switch kind {
        case "state": return "State forces"
        case "foreign_state": return "External/Other forces"
        case "rebel", "jihadist": return "Rebel group"
        case "militia", "unknown": return "Political militia"
        case "civilians": return "Civilians"
        default: return ""
        }
    }
}
