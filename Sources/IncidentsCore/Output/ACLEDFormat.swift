/// ACLED conventions for the CSV export, so rows merge with ACLED data.
public enum ACLEDFormat {
    /// ACLED's columns in ACLED's order, then ours (the text's own figures and provenance).
    public static let columns = [
        "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
        "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
        "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2",
        "admin3", "location", "latitude", "longitude", "geo_precision", "source", "source_scale",
        "notes", "fatalities", "tags", "timestamp",
        "killed", "killed_qualifier", "wounded", "wounded_qualifier", "article", "evidence_start",
        "evidence_end",
    ]

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
