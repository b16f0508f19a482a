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
        /// The event's day, or the publication day when the text gives none.
        var day: String?
        var civilians: Bool
        var inter1: String
        var inter2: String
        var actor2Name: String?

        init(_ r: ExportRow, actors: Actors) {
            self.r = r
            day = r.date ?? r.day
            civilians = ACLEDFormat.civilianTargets.contains(r.target ?? "")
            actor2Name = r.actor2.flatMap { actors.namesEn[$0] } ?? (civilians ? "Civilians (Syria)" : nil)
            inter1 = ACLEDFormat.inter(actors.kinds[r.actor])
            inter2 = r.actor2.map { ACLEDFormat.inter(actors.kinds[$0]) } ?? (civilians ? "Civilians" : "")
        }
    }

    /// The CSV: ACLED's columns in ACLED's order, then ours (the text's own figures and
    /// provenance), each with its value. Header and values come from this one list.
    static let table: [(name: String, value: @Sendable (Fields) -> String?)] = [
        ("event_id_cnty", { "SYR-INC\($0.r.id)" }),
        ("event_date", { $0.day }),
        ("year", { $0.day.map { String($0.prefix(4)) } }),
        ("time_precision", { $0.r.date != nil ? "1" : ($0.day != nil ? "2" : "") }),
        ("disorder_type", { disorderType($0.r.eventType) }),
        ("event_type", { $0.r.eventType }),
        ("sub_event_type", { $0.r.subEventType }),
        ("actor1", { $0.r.actorName ?? $0.r.actor }),
        ("assoc_actor_1", { _ in "" }),
        ("inter1", { $0.inter1 }),
        ("actor2", { $0.actor2Name }),
        ("assoc_actor_2", { _ in "" }),
        ("inter2", { $0.inter2 }),
        ("interaction", { $0.inter2.isEmpty ? $0.inter1 : $0.inter1 + "-" + $0.inter2 }),
        ("civilian_targeting", { $0.civilians ? "Civilians targeted" : "" }),
        ("iso", { _ in "760" }),
        ("region", { _ in "Middle East" }),
        ("country", { _ in "Syria" }),
        ("admin1", { $0.r.governorate }),
        ("admin2", { $0.r.district }),
        ("admin3", { _ in "" }),
        ("location", { $0.r.place }),
        ("latitude", { $0.r.lat.map(format4) }),
        ("longitude", { $0.r.lon.map(format4) }),
        ("geo_precision", { geoPrecision($0.r) }),
        ("source", { $0.r.article }),
        ("source_scale", { _ in "" }),
        ("notes", { $0.r.evidence }),
        ("fatalities", { String(fatalities($0.r.killed, qualifier: $0.r.killedQualifier)) }),
        ("tags", { _ in "" }),
        ("timestamp", { _ in "" }),
        ("killed", { $0.r.killed.map(String.init) }),
        ("killed_qualifier", { $0.r.killedQualifier }),
        ("wounded", { $0.r.wounded.map(String.init) }),
        ("wounded_qualifier", { $0.r.woundedQualifier }),
        ("article", { $0.r.article }),
        ("evidence_start", { String($0.r.evidenceStart) }),
        ("evidence_end", { String($0.r.evidenceEnd) }),
    ]

    /// The CSV header.
    public static let columns = table.map(\.name)

    /// The CSV fields of one row, in `columns` order.
    public static func row(_ r: ExportRow, actors: Actors) -> [String?] {
        let fields = Fields(r, actors: actors)
        return table.map { $0.value(fields) }
    }

    /// Targets ACLED codes as civilian targeting.
    static let civilianTargets: Set<String> = ["civilians", "children", "medical", "protesters"]

    /// ACLED's geo_precision: 1 the coordinates of the town itself, 2 of a town or area
    /// near the place (a subdistrict, or the town a local place lies in), 3 of a larger
    /// region (a governorate or district, or the one a local place was only placed in).
    /// Decided by the kind of place (pcode), not its name: «الرقة» is a town and a
    /// governorate.
    static func geoPrecision(_ r: ExportRow) -> String {
        guard r.lat != nil, r.lon != nil else { return "" }
        guard let pcode = r.pcode else { return "2" }
        if pcode.hasPrefix("GN:") { return "1" }
        if pcode.hasPrefix("LOC:") { return (r.containerLevel ?? 1) <= 2 ? "3" : "2" }
        switch pcode.count {
        case ...6: return "3"  // SY02 governorate, SY0200 district
        case 8: return "2"  // subdistrict
        default: return "1"
        }
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
