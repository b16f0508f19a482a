public import IncidentsSQLite

/// The columns of `incidents export`, in one list: the SQL that selects each (over the
/// unit row `u` of `IncidentQueries.units`, its actor `ac` and, for the CSV, the places
/// `pd` (district), `ps` (subdistrict) and `pl` (the place) for English names), its JSON key and how JSON writes it. The SELECT, the JSON
/// writer and `ExportRow` (which the CSV reads by field name) all follow this list, so a
/// column is added here once. The case order is the SELECT's column order and the JSON key
/// order.
public enum ExportColumn: Int32, CaseIterable, Sendable {
    case id, article, eventType, subEventType, actor, actorName, actor2, target, place,
        governorate, district, lat, lon, date, dateText, killed, killedQualifier, wounded,
        woundedQualifier, evidence, evidenceStart, evidenceEnd, killedLow, killedHigh,
        woundedLow, woundedHigh, reportCount, pcode, eventDate, timePrecision,
        geoPrecision, outlet, url, outlets, storedAt, governoratePcode, districtEn,
        subdistrictEn, placeEn, corrected

    /// How JSON writes a column's value; null when unknown unless a fallback is given.
    enum JSONKind {
        case text(orElse: StaticString?)
        case int(nullable: Bool)
        case double
    }

    /// The column's position in the SELECT.
    var index: Int32 { rawValue }

    /// The SQL expression of the column. `english: false` leaves out the English place
    /// names (NULL), which need three more joins.
    func sql(english: Bool) -> String {
        switch self {
        case .id: return "u.id"
        case .article: return "u.article"
        case .eventType: return "u.event_type"
        case .subEventType: return "u.sub_event_type"
        case .actor: return "u.actor"
        case .actorName: return "ac.name_en"
        case .actor2: return "u.actor2"
        case .target: return "u.target"
        case .place: return "u.place"
        case .governorate: return "u.governorate"
        case .district: return "u.district"
        case .lat: return "u.lat"
        case .lon: return "u.lon"
        case .date: return "u.date"
        case .dateText: return "u.date_text"
        case .killed: return "u.killed"
        case .killedQualifier: return "u.killed_qualifier"
        case .wounded: return "u.wounded"
        case .woundedQualifier: return "u.wounded_qualifier"
        case .evidence: return "u.evidence"
        case .evidenceStart: return "u.evidence_start"
        case .evidenceEnd: return "u.evidence_end"
        case .killedLow: return "u.killed_low"
        case .killedHigh: return "u.killed_high"
        case .woundedLow: return "u.wounded_low"
        case .woundedHigh: return "u.wounded_high"
        case .reportCount: return "u.report_count"
        case .corrected: return "u.corrected"
        case .pcode: return "u.pcode"
        case .eventDate: return "u.day"
        case .timePrecision: return "u.time_precision"
        case .geoPrecision: return "u.geo_precision"
        case .outlet: return "u.outlet"
        case .url: return "u.url"
        case .outlets: return english ? "u.outlets" : "NULL"
        case .storedAt: return "CAST(strftime('%s', u.stored_at) AS INTEGER)"
        case .governoratePcode: return "u.governorate_pcode"
        case .districtEn: return english ? "pd.name_en" : "NULL"
        case .subdistrictEn: return english ? "ps.name_en" : "NULL"
        case .placeEn: return english ? "pl.name_en" : "NULL"
        }
    }

    /// The JSON key and kind; nil for the columns JSON leaves out. `eventsOnly`: written
    /// only when the rows are events.
    var json: (key: StaticString, kind: JSONKind, eventsOnly: Bool)? {
        switch self {
        case .id: return ("id", .int(nullable: false), false)
        case .article: return ("article", .text(orElse: ""), false)
        case .eventType: return ("event_type", .text(orElse: ""), false)
        case .subEventType: return ("sub_event_type", .text(orElse: ""), false)
        case .actor: return ("actor", .text(orElse: "unknown"), false)
        case .actorName: return ("actor_name", .text(orElse: nil), false)
        case .target: return ("target", .text(orElse: nil), false)
        case .place: return ("place", .text(orElse: nil), false)
        case .governorate: return ("governorate", .text(orElse: nil), false)
        case .district: return ("district", .text(orElse: nil), false)
        case .lat: return ("lat", .double, false)
        case .lon: return ("lon", .double, false)
        case .date: return ("date", .text(orElse: nil), false)
        case .dateText: return ("date_text", .text(orElse: nil), false)
        case .killed: return ("killed", .int(nullable: true), false)
        case .killedQualifier: return ("killed_qualifier", .text(orElse: nil), false)
        case .wounded: return ("wounded", .int(nullable: true), false)
        case .woundedQualifier: return ("wounded_qualifier", .text(orElse: nil), false)
        case .evidence: return ("evidence", .text(orElse: ""), false)
        case .evidenceStart: return ("evidence_start", .int(nullable: false), false)
        case .evidenceEnd: return ("evidence_end", .int(nullable: false), false)
        case .killedLow: return ("killed_low", .int(nullable: true), true)
        case .killedHigh: return ("killed_high", .int(nullable: true), true)
        case .woundedLow: return ("wounded_low", .int(nullable: true), true)
        case .woundedHigh: return ("wounded_high", .int(nullable: true), true)
        case .reportCount: return ("reports", .int(nullable: false), true)
        case .actor2: return ("actor2", .text(orElse: nil), false)
        case .eventDate: return ("event_date", .text(orElse: nil), false)
        case .timePrecision: return ("time_precision", .int(nullable: true), false)
        case .geoPrecision: return ("geo_precision", .int(nullable: true), false)
        case .outlet: return ("outlet", .text(orElse: nil), false)
        case .url: return ("url", .text(orElse: nil), false)
        case .corrected: return ("corrected", .int(nullable: false), false)
        case .pcode, .outlets, .storedAt, .governoratePcode, .districtEn, .subdistrictEn,
            .placeEn:
            return nil
        }
    }

    /// The select list of every column, in order.
    static func selectList(english: Bool) -> String {
        allCases.map { $0.sql(english: english) }.joined(separator: ", ")
    }
}

/// One exported incident (or event), its fields read from the row by column name.
public struct ExportRow: Sendable {
    public var id: Int
    public var article: String
    public var eventType: String
    public var subEventType: String
    public var actor: String
    public var actorName: String?
    public var actor2: String?
    public var target: String?
    public var place: String?
    public var governorate: String?
    public var district: String?
    public var lat: Double?
    public var lon: Double?
    public var date: String?
    public var dateText: String?
    public var killed: Int?
    public var killedQualifier: String?
    public var wounded: Int?
    public var woundedQualifier: String?
    public var evidence: String
    public var evidenceStart: Int
    public var evidenceEnd: Int
    public var killedLow: Int?
    public var killedHigh: Int?
    public var woundedLow: Int?
    public var woundedHigh: Int?
    public var reportCount: Int
    /// Whether a reviewer corrected the row (for an event: one of its reports).
    public var corrected: Bool
    /// The gazetteer code of `place` (`LOC:…` for a place outside the gazetteer).
    public var pcode: String?
    /// The day it is dated to (`time_precision` says how precisely) and how precisely it
    /// is placed (ACLED's codes, 1-3).
    public var eventDate: String?
    public var timePrecision: Int?
    public var geoPrecision: Int?
    /// The outlet and address of the (lead) article; `outlets`: every outlet reporting it.
    public var outlet: String?
    public var url: String?
    public var outlets: String?
    /// When the (lead) article was stored, Unix time.
    public var storedAt: Int?
    public var governoratePcode: String?
    /// English names of the district, subdistrict and place, when the gazetteer has them.
    public var districtEn: String?
    public var subdistrictEn: String?
    public var placeEn: String?

    /// The fields of a row selected with `ExportColumn.selectList`.
    public init(_ r: Row) {
        func text(_ c: ExportColumn) -> String? { r.string(c.index) }
        func int(_ c: ExportColumn) -> Int? { r.isNull(c.index) ? nil : r.int(c.index) }
        func double(_ c: ExportColumn) -> Double? { r.isNull(c.index) ? nil : r.double(c.index) }
        id = r.int(ExportColumn.id.index)
        article = text(.article) ?? ""
        eventType = text(.eventType) ?? ""
        subEventType = text(.subEventType) ?? ""
        actor = text(.actor) ?? "unknown"
        actorName = text(.actorName)
        actor2 = text(.actor2)
        target = text(.target)
        place = text(.place)
        governorate = text(.governorate)
        district = text(.district)
        lat = double(.lat)
        lon = double(.lon)
        date = text(.date)
        dateText = text(.dateText)
        killed = int(.killed)
        killedQualifier = text(.killedQualifier)
        wounded = int(.wounded)
        woundedQualifier = text(.woundedQualifier)
        evidence = text(.evidence) ?? ""
        evidenceStart = r.int(ExportColumn.evidenceStart.index)
        evidenceEnd = r.int(ExportColumn.evidenceEnd.index)
        killedLow = int(.killedLow)
        killedHigh = int(.killedHigh)
        woundedLow = int(.woundedLow)
        woundedHigh = int(.woundedHigh)
        reportCount = r.int(ExportColumn.reportCount.index)
        corrected = r.int(ExportColumn.corrected.index) == 1
        pcode = text(.pcode)
        eventDate = text(.eventDate)
        timePrecision = int(.timePrecision)
        geoPrecision = int(.geoPrecision)
        outlet = text(.outlet)
        url = text(.url)
        outlets = text(.outlets)
        storedAt = int(.storedAt)
        governoratePcode = text(.governoratePcode)
        districtEn = text(.districtEn)
        subdistrictEn = text(.subdistrictEn)
        placeEn = text(.placeEn)
    }
}
