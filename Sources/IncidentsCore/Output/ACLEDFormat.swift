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

        /// Appends the column's value for one row (no separator).
        func write(_ f: borrowing ACLEDWriter.Fields, into out: inout [UInt8]) {
            switch self {
            case .eventIdCnty:
                out.append(contentsOf: "SYR-INC".utf8)
                JSONValue.appendInt(f.id, to: &out)
            case .eventDate: f.text(.eventDate, into: &out)
            case .year: f.year(into: &out)
            case .timePrecision: f.int(.timePrecision, into: &out)
            case .disorderType: CSVText.write(ACLEDFormat.disorderType(f.eventType), into: &out)
            case .eventType: f.text(.eventType, into: &out)
            case .subEventType: f.text(.subEventType, into: &out)
            case .actor1: f.actor1(into: &out)
            case .assocActor1, .assocActor2, .tags: break
            case .inter1: CSVText.write(f.inter1, into: &out)
            case .actor2: if let name = f.actor2Name { CSVText.write(name, into: &out) }
            case .inter2: CSVText.write(f.inter2, into: &out)
            case .interaction:
                // "inter1-inter2" (ACLED's interaction), written in parts: no String per row.
                CSVText.write(f.inter1, into: &out)
                if !f.inter2.isEmpty {
                    out.append(UInt8(ascii: "-"))
                    CSVText.write(f.inter2, into: &out)
                }
            case .civilianTargeting: if f.civilians { out.append(contentsOf: "Civilian targeting".utf8) }
            case .iso: out.append(contentsOf: "760".utf8)
            case .region: out.append(contentsOf: "Middle East".utf8)
            case .country: out.append(contentsOf: "Syria".utf8)
            case .admin1:
                if let name = f.governoratePcode.flatMap({ PlaceAliases.acledAdmin1[$0] }) {
                    CSVText.write(name, into: &out)
                } else {
                    f.text(.governorate, into: &out)
                }
            case .admin2: if let name = f.admin2 { CSVText.write(name, into: &out) }
            case .admin3: if let name = f.admin3 { CSVText.write(name, into: &out) }
            case .location: if let name = f.location { CSVText.write(name, into: &out) }
            case .latitude: f.coordinate(.lat, into: &out)
            case .longitude: f.coordinate(.lon, into: &out)
            case .geoPrecision: f.int(.geoPrecision, into: &out)
            case .source:
                if let source = f.outlets.source { CSVText.write(source, into: &out) } else { f.text(.article, into: &out) }
            case .sourceScale: CSVText.write(f.outlets.scale, into: &out)
            case .notes: f.text(.evidence, into: &out)
            case .fatalities: JSONValue.appendInt(f.fatalities, to: &out)
            case .timestamp: f.int(.storedAt, into: &out)
            case .killed: f.int(.killed, into: &out)
            case .killedQualifier: f.text(.killedQualifier, into: &out)
            case .wounded: f.int(.wounded, into: &out)
            case .woundedQualifier: f.text(.woundedQualifier, into: &out)
            case .admin1Ar: f.text(.governorate, into: &out)
            case .admin2Ar: f.text(.district, into: &out)
            case .locationAr: f.text(.place, into: &out)
            case .article: f.text(.article, into: &out)
            case .url: f.text(.url, into: &out)
            case .evidenceStart: JSONValue.appendInt(f.r.int(ExportColumn.evidenceStart.index), to: &out)
            case .evidenceEnd: JSONValue.appendInt(f.r.int(ExportColumn.evidenceEnd.index), to: &out)
            case .corrected: out.append(f.r.int(ExportColumn.corrected.index) == 1 ? UInt8(ascii: "1") : UInt8(ascii: "0"))
            }
        }
    }

    /// The CSV header.
    public static let columns = Column.allCases.map(\.name)

    /// ACLED's `location`: the place's English name (a governorate's in ACLED's spelling,
    /// a named region's, a town's), else its Arabic name in Latin letters (`Romanizer`,
    /// through `romanized`).
    static func location(
        pcode: String?, governoratePcode: String?, placeEn: String?, place: () -> String?,
        romanized: (String) -> String
    ) -> String? {
        if let g = governoratePcode, pcode == g || pcode == nil { return PlaceAliases.acledAdmin1[g] ?? placeEn }
        if let en = placeEn, !en.isEmpty { return en }
        return place().map(romanized)
    }

    /// The outlets that report an event (the `outlets` column: SQLite's comma-joined
    /// list), sorted and unique. Split on bytes: most events have one outlet, and
    /// Character-level trimming of a long list cost half of a CSV export.
    static func outletList(_ joined: String?) -> [String] {
        guard let joined, !joined.isEmpty else { return [] }
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
